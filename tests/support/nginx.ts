import { startNginx } from "../../scripts/nginx.mjs";
import { SITE_HOST } from "./site.ts";

export type DeployServer = Awaited<ReturnType<typeof startNginx>>;

/**
 * dist/ served as it is deployed: deploy/nginx.conf on 127.0.0.1, over plain http (for reading
 * headers) and over TLS as the site's public host (for the browser, whose resolver maps that
 * host here: tests/support/browser.ts).
 */
export const startDeployServer = (): Promise<DeployServer> => startNginx({ tls: { host: SITE_HOST } });
