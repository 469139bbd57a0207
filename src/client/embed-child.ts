// Runs inside every embed page (/embed/<id>/): tells the host page how tall the chart is, so the
// host's iframe fits it exactly (AMP, Datawrapper, Pym and WordPress formats), and makes links
// leave the iframe. The page must set
// <html data-embed-id="<id>">. No imports: Astro bundles this into the embed page as-is.

/** The messages a host may be listening for, for one height. Pure: used by the script and tests. */
export function messagesFor(id: string, height: number, pymId: string = id): unknown[] {
  return [
    // AMP: <amp-iframe resizable> and our /embed.js loader listen for this.
    { sentinel: "amp", type: "embed-size", height },
    // Datawrapper: hosts running Datawrapper's responsive-embed snippet listen for this.
    { "datawrapper-height": { [id]: height } },
    // Pym.js: a pym.Parent on the host (and /embed.js) listens for this string.
    `pymxPYMx${pymId}xPYMxheightxPYMx${height}`,
  ];
}

/**
 * WordPress's embed protocol (WordPress 4.4+; wp-includes/js/wp-embed.js on the host). For an
 * oEmbed provider it does not know, WordPress frames the embed page in a sandbox with a secret in
 * the URL fragment (`#?secret=<alphanumeric>`), keeps the frame hidden (its blockquote shows)
 * until the frame posts `{message: "height", value, secret}`, and then sets the frame's height to
 * the value, clamped to 200-1000 px. It posts `{message: "ready", secret}` when it starts, in
 * case the frame spoke before it listened; `{message: "link", value: url, secret}` asks it to
 * open a link of the frame's own host in the top window (the sandbox blocks target=_top).
 */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** The secret WordPress put in the frame's URL fragment, if any. */
export function wordpressSecret(hash: string): string | undefined {
  return /[#?&]secret=([a-zA-Z0-9]+)/.exec(hash)?.[1];
}

/** WordPress's height message. */
export function wordpressHeight(height: number, secret: string): { message: "height"; value: number; secret: string } {
  return { message: "height", value: height, secret };
}

function start(): void {
  const root = document.documentElement;
  const id = root.dataset["embedId"];
  if (!id) return;
  // Pym convention: a pym.Parent puts its own id in ?childId=; otherwise the chart id is used.
  const pymId = new URLSearchParams(location.search).get("childId") || id;

  // Links open in the host's window, not inside the iframe. The embed page can set this itself;
  // a <base target> covers links added later too (an <a> with its own target keeps it).
  if (!document.querySelector("base[target]")) {
    const base = document.createElement("base");
    base.target = "_top";
    document.head.appendChild(base);
  }

  if (window.parent === window) return; // opened directly, not embedded: nobody to tell

  // WordPress: the secret arrives in the fragment, possibly after load (wp-embed.js adds it to
  // frames that have none), or with its "ready" message.
  // A chart taller than WordPress's 1,000 px cap scrolls inside its frame, so nothing is cut
  // off: the oEmbed iframe does not say scrolling="no", and the page lets its document scroll.
  let secret = wordpressSecret(location.hash);

  let last = -1;
  const send = (force: boolean): void => {
    // The document element's box includes body margins; body.offsetHeight would miss them.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // "*": the host may be any site, and a height is not a secret. The host side checks
    // event.origin and event.source before acting on it.
    for (const m of messagesFor(id, height, pymId)) window.parent.postMessage(m, "*");
    if (secret) window.parent.postMessage(wordpressHeight(height, secret), "*");
  };

  // Fires once on observe, then on every grow or shrink (content, fonts, iframe width).
  new ResizeObserver(() => send(false)).observe(root, { box: "border-box" });
  // But a host that keeps the frame hidden until it speaks (WordPress does) gets it throttled by
  // the browser: no rendering updates, so no ResizeObserver. Measuring forces layout anyway, so
  // speak now and once everything has loaded; the observer takes over once the frame shows.
  send(true);
  window.addEventListener("load", () => send(true));

  window.addEventListener("hashchange", () => {
    const next = wordpressSecret(location.hash);
    if (next && next !== secret) {
      secret = next;
      send(true);
    }
  });

  // In WordPress's sandbox (no allow-top-navigation) a link cannot leave the frame by itself:
  // WordPress opens links of the frame's own host when asked (story, CSV, JSON). Only plain
  // clicks, as WordPress's own embed template does; other links stay as they are.
  document.addEventListener("click", (e) => {
    const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (
      !secret ||
      !(a instanceof HTMLAnchorElement) ||
      e.button !== 0 ||
      e.altKey ||
      e.ctrlKey ||
      e.metaKey ||
      e.shiftKey
    )
      return;
    if (a.host !== location.host || !/^https?:$/.test(a.protocol)) return;
    e.preventDefault();
    window.parent.postMessage({ message: "link", value: a.href, secret }, "*");
  });

  // Pym's width message ("pymxPYMx<id>xPYMxwidthxPYMx<w>", from a pym.Parent, or from /embed.js
  // when it arrived after we first spoke) asks for the height again. We answer only our parent
  // (which addresses only us), so the id is not checked; the message only triggers a resend.
  // WordPress's "ready" (from our parent only) asks for the height again; it carries the secret,
  // which we take if the fragment has not brought it yet.
  window.addEventListener("message", (e) => {
    if (e.source !== window.parent) return;
    const data: unknown = e.data;
    if (typeof data === "string" && /^pymxPYMx.*xPYMxwidthxPYMx/.test(data)) send(true);
    else if (typeof data === "object" && data !== null && (data as { message?: unknown }).message === "ready") {
      const given = (data as { secret?: unknown }).secret;
      if (typeof given === "string" && /^[a-zA-Z0-9]+$/.test(given) && (!secret || given === secret)) {
        secret = given;
        send(true);
      }
    }
  });
}

if (typeof window !== "undefined" && typeof document !== "undefined") start();
