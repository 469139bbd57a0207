// Embed loader: [data-arms-embed] -> iframe of /embed/<id>/ (/es/ if data-lang=es); auto-height
(() => {
  const d = document, s = d.currentScript || [...d.querySelectorAll('script[src$="/embed.js"]')].pop();
  if (!s) return;
  const O = new URL(s.src).origin, K = "armsEmbed " + O;
  const ours = () => [...d.querySelectorAll("iframe")].filter((f) => /^\/(es\/)?embed\//.test(f.src.slice(O.length)) && !f.src.indexOf(O));
  const px = (h) => Math.min(1e4, Math.max(50, Math.ceil(h))) + "px";

  if (!window[K]) {
    window[K] = 1;
    addEventListener("message", (e) => {
      // Our origin and iframes first; then read, never convert
      const f = e.origin == O && ours().find((f) => f.contentWindow == e.source), v = e.data, o = v && typeof v == "object", w = o && v["datawrapper-height"];
      const h = f && (o ? v.sentinel === "amp" && v.type === "embed-size" ? v.height : w && Object.values(w)[0]
        : +(/^pymxPYMx.+xPYMxheightxPYMx(\d+)$/.exec(v) || [])[1]);
      if (typeof h == "number" && isFinite(h)) f.style.height = px(h);
    });
  }

  // Pasted iframes may have spoken before we listened: ask again (Pym width)
  for (const f of ours()) f.contentWindow.postMessage("pymxPYMxarmsxPYMxwidthxPYMx" + f.offsetWidth, "*");

  for (const el of d.querySelectorAll("[data-arms-embed]:not([data-arms-done])")) {
    const a = el.dataset, id = a.armsEmbed, t = a.theme, f = d.createElement("iframe");
    if (!/^[a-z0-9-]+$/.test(id)) continue;
    a.armsDone = "";
    f.setAttribute("loading", "lazy");
    f.setAttribute("scrolling", "no");
    f.title = a.title || "Chart: " + id;
    f.style.cssText = "width:100%;border:0;height:" + px(+a.height || 400);
    f.src = O + (a.lang == "es" ? "/es" : "") + "/embed/" + id + "/" + (/^(light|dark|auto)$/.test(t) ? "?theme=" + t : "");
    el.replaceChildren(f);
  }
})();
