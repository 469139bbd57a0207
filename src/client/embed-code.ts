/**
 * Embed code fields: the theme choice swaps the code, and Copy copies it. Without JavaScript
 * the fields are plain read-only text to select, and the copy buttons stay hidden.
 */
for (const box of document.querySelectorAll<HTMLDetailsElement>("details.embed-code")) {
  const field = (kind: string) => box.querySelector<HTMLTextAreaElement>(`textarea[data-embed-kind="${kind}"]`)!;
  const light = { script: field("script").value, iframe: field("iframe").value };
  // The same codes as src/publish/embed-code.ts writes for a theme: data-theme on the div, ?theme= on the iframe.
  box.addEventListener("change", (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== "radio") return;
    const t = input.value;
    field("script").value =
      t === "light" ? light.script : light.script.replace(/^(<div data-arms-embed="[^"]+")/, `$1 data-theme="${t}"`);
    field("iframe").value =
      t === "light" ? light.iframe : light.iframe.replace(/(\/embed\/[a-z0-9-]+\/)"/, `$1?theme=${t}"`);
  });
  for (const button of box.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener("click", async () => {
      const text = field(button.dataset["copy"]!);
      text.select();
      try {
        await navigator.clipboard.writeText(text.value);
      } catch {
        document.execCommand("copy");
      }
      const done = box.querySelector<HTMLButtonElement>("button[data-done]")?.dataset["done"] ?? label;
      button.textContent = done;
      // Announced to screen readers too: the button's new label alone is not.
      const status = box.querySelector("[data-copy-status]");
      if (status) status.textContent = done;
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
