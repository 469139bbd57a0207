/**
 * The servers of the WordPress test (scripts/wordpress/test.ts), each on 127.0.0.1 with its own
 * config, data and logs in one temporary folder, so the machine's own services and config are
 * not touched (the one exception: Debian's wp-config.php only reads /etc/wordpress/config-*.php,
 * so one file is written there and removed on stop). Every process started is registered and
 * stopped by stopAll(), also when the test fails.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

const started: { name: string; child: ChildProcess }[] = [];
const cleanups: (() => void)[] = [];

/** Starts a long-running process, its output in <logs>/<name>.log. */
export function startProcess(
  name: string,
  cmd: string,
  args: string[],
  logs: string,
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  const log = openSync(join(logs, `${name}.log`), "a");
  // Its own process group: Apache's prefork signals its whole group when it stops (which would
  // include this test), and a Ctrl-C reaches only the test, which then stops everything in order.
  const child = spawn(cmd, args, {
    stdio: ["ignore", log, log],
    env,
    detached: true,
  });
  started.push({ name, child });
  child.on("exit", (code, signal) => {
    const i = started.findIndex((s) => s.child === child);
    if (i >= 0) started.splice(i, 1);
    if (!stopping) console.error(`  ${name} exited (${signal ?? code}); see ${join(logs, `${name}.log`)}`);
  });
  return child;
}

let stopping = false;

/** Stops every process started here (newest first) and runs the registered clean-ups. */
export async function stopAll(): Promise<void> {
  stopping = true;
  for (const { child } of [...started].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise<void>((res) => child.once("exit", () => res()));
    child.kill("SIGTERM");
    const timeout = new Promise<boolean>((res) => setTimeout(() => res(false), 15_000).unref());
    if ((await Promise.race([exited.then(() => true), timeout])) === false) {
      child.kill("SIGKILL");
      await exited;
    }
  }
  for (const clean of cleanups.splice(0).reverse()) {
    try {
      clean();
    } catch (e) {
      console.error(e);
    }
  }
}

/**
 * Last resort when the test process itself is exiting (nothing can be awaited any more): asks
 * each server to shut down by itself. SIGTERM, not SIGKILL: a killed nginx master or Apache
 * parent would leave its workers running.
 */
export function killAllNow(): void {
  for (const { child } of started) child.kill("SIGTERM");
  for (const clean of cleanups.splice(0).reverse()) {
    try {
      clean();
    } catch {
      // exiting anyway
    }
  }
}

export function onStop(clean: () => void): void {
  cleanups.push(clean);
}

/** A free TCP port on 127.0.0.1 (the deploy server's helper). */
export { freePort } from "../nginx.mjs";
import { freePort } from "../nginx.mjs";

export async function waitFor(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), res(true)));
    s.once("error", () => res(false));
  });
}

function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    env: opts.env ?? process.env,
    input: opts.input,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------
// MariaDB: a data dir of its own, on a Unix socket only (no TCP port at all).

export async function startMariaDb(dir: string, logs: string): Promise<{ socket: string }> {
  const data = join(dir, "mariadb");
  const socket = join(dir, "mysqld.sock");
  mkdirSync(data);
  run("mariadb-install-db", [
    "--no-defaults",
    `--datadir=${data}`,
    "--user=root",
    "--auth-root-authentication-method=normal",
    "--skip-test-db",
  ]);
  startProcess(
    "mariadb",
    "mariadbd",
    [
      "--no-defaults",
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, "mysqld.pid")}`,
      "--skip-networking",
      "--user=root",
      "--innodb-buffer-pool-size=32M",
      "--performance-schema=OFF",
    ],
    logs,
  );
  await waitFor(
    "MariaDB",
    () => spawnSync("mariadb-admin", ["--no-defaults", `--socket=${socket}`, "-uroot", "ping"]).status === 0,
  );
  run("mariadb", ["--no-defaults", `--socket=${socket}`, "-uroot", "-e", "CREATE DATABASE wordpress"]);
  return { socket };
}

// ---------------------------------------------------------------------------------------------
// WordPress: Debian's package as installed (/usr/share/wordpress), with its wp-content, config
// and mu-plugins in the temporary folder, served by Apache with mod_php.

export const WP_CONFIG_NAME = "arms-embed-test";
const WP_CONFIG_FILE = `/etc/wordpress/config-${WP_CONFIG_NAME}.php`;

export interface WordPress {
  url: string;
  host: string;
  content: string;
  /** Runs scripts/wordpress/wp.php with the test's config; returns its JSON output. */
  cli: (...args: string[]) => unknown;
}

export async function startWordPress(
  dir: string,
  logs: string,
  db: { socket: string },
  chartSite: { host: string; connect: string },
  phpDir: string,
): Promise<WordPress> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const content = join(dir, "wp-content");
  mkdirSync(join(content, "themes"), { recursive: true });
  mkdirSync(join(content, "mu-plugins"));
  mkdirSync(join(content, "uploads"));
  for (const theme of readdirSync("/usr/share/wordpress/wp-content/themes")) {
    symlinkSync(`/usr/share/wordpress/wp-content/themes/${theme}`, join(content, "themes", theme));
  }
  cpSync(join(phpDir, "chart-host.php"), join(content, "mu-plugins", "chart-host.php"));
  writeFileSync(join(content, "chart-host.log"), "", { mode: 0o666 }); // written by Apache and by the CLI
  run("chown", ["-R", "www-data:www-data", content]);

  if (existsSync(WP_CONFIG_FILE))
    throw new Error(`${WP_CONFIG_FILE} exists: another test running, or a stale one? Remove it.`);
  const salt = () => randomBytes(32).toString("hex");
  const php = (v: string) => `'${v.replace(/[\\']/g, "\\$&")}'`;
  const defines: Record<string, string | boolean> = {
    DB_NAME: "wordpress",
    DB_USER: "root",
    DB_PASSWORD: "",
    DB_HOST: `localhost:${db.socket}`,
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: content,
    WP_CONTENT_URL: `${url}/wp-content`,
    // No cron requests, no update checks, and no requests out except to the chart site.
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    WP_HTTP_BLOCK_EXTERNAL: true,
    WP_ACCESSIBLE_HOSTS: chartSite.host,
    // Read by mu-plugins/chart-host.php (test only): where the chart site really listens.
    CHART_SITE_HOST: chartSite.host,
    CHART_SITE_CONNECT: chartSite.connect,
  };
  for (const k of [
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
  ]) {
    defines[k] = salt();
  }
  const config =
    `<?php\n// Written by scripts/wordpress/test.ts for one test run; removed when the test stops.\n` +
    Object.entries(defines)
      .map(([k, v]) => `define('${k}', ${typeof v === "boolean" ? String(v) : php(v)});`)
      .join("\n") +
    "\n";
  writeFileSync(WP_CONFIG_FILE, config, { mode: 0o640 });
  onStop(() => rmSync(WP_CONFIG_FILE, { force: true }));
  run("chgrp", ["www-data", WP_CONFIG_FILE]);

  const apache = join(dir, "apache");
  mkdirSync(apache);
  const modules = "/usr/lib/apache2/modules";
  const libphp = readdirSync(modules).find((f) => /^libphp[\d.]*\.so$/.test(f));
  if (!libphp) throw new Error("no mod_php in /usr/lib/apache2/modules (apt-get install libapache2-mod-php)");
  const conf = join(apache, "apache2.conf");
  writeFileSync(
    conf,
    `# Apache for the WordPress test only (scripts/wordpress/services.ts).
ServerRoot ${apache}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${apache}/apache2.pid
DefaultRuntimeDir ${apache}
Mutex file:${apache} default
ErrorLog ${logs}/apache-error.log
LogFormat "%h %t \\"%r\\" %>s %b" common
CustomLog ${logs}/apache-access.log common
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${modules}/${libphp}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
User www-data
Group www-data
TypesConfig /etc/mime.types
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
Alias /wp-content ${content}
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
# Debian's wp-config.php then reads /etc/wordpress/config-${WP_CONFIG_NAME}.php
SetEnv WORDPRESS_CONFIG ${WP_CONFIG_NAME}
`,
  );
  startProcess("apache", "apache2", ["-f", conf, "-DFOREGROUND"], logs, {
    ...process.env,
    APACHE_LOG_DIR: logs,
  });
  await waitFor("Apache", () => portOpen(port));

  const cli = (...args: string[]): unknown =>
    JSON.parse(
      run("php", [join(phpDir, "wp.php"), ...args], {
        env: {
          ...process.env,
          WORDPRESS_CONFIG: WP_CONFIG_NAME,
          WP_TEST_HOST: host,
        },
      }),
    );
  return { url, host, content, cli };
}
