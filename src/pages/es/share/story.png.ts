import type { APIRoute } from "astro";
import { shareCardPng } from "../../../publish/share-card.ts";

export const GET: APIRoute = () =>
  new Response(new Uint8Array(shareCardPng("es")), { headers: { "content-type": "image/png" } });
