// Runs inside every embed page (/embed/<id>/): tells the host page how tall the chart is, so the
// host's iframe fits it exactly, and makes links leave the iframe. The page must set
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

  let last = -1;
  const send = (force: boolean): void => {
    // The document element's box includes body margins; body.offsetHeight would miss them.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // "*": the host may be any site, and a height is not a secret. The host side checks
    // event.origin and event.source before acting on it.
    for (const m of messagesFor(id, height, pymId)) window.parent.postMessage(m, "*");
  };

  // Fires once on observe, then on every grow or shrink (content, fonts, iframe width).
  new ResizeObserver(() => send(false)).observe(root, { box: "border-box" });

  // Pym's width message ("pymxPYMx<id>xPYMxwidthxPYMx<w>", from a pym.Parent, or from /embed.js
  // when it arrived after we first spoke) asks for the height again. We answer only our parent
  // (which addresses only us), so the id is not checked; the message only triggers a resend.
  window.addEventListener("message", (e) => {
    if (e.source === window.parent && typeof e.data === "string" && /^pymxPYMx.*xPYMxwidthxPYMx/.test(e.data)) send(true);
  });
}

if (typeof window !== "undefined" && typeof document !== "undefined") start();
