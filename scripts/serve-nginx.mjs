// @ts-check
/**
 * `npm run serve:nginx`: serves dist/ with deploy/nginx.conf on http://127.0.0.1:$PORT (8080 by
 * default), as the deploy server will, until Ctrl-C. Build first: `STORY_SITE=... npm run build`.
 */
import { startNginx } from "./nginx.mjs";

const port = Number(process.env.PORT ?? 8080);
const server = await startNginx({ port, root: process.env.STORY_DIST ?? "dist" });
console.log(`nginx serves dist/ on ${server.url}/ with deploy/nginx.conf (Ctrl-C stops it)`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void server.stop().then(() => process.exit(0)));
