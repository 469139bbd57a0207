/**
 * Embed code fields: the theme choice swaps the code, and Copy copies it. Without JavaScript
 * the fields are plain read-only text to select, and the copy buttons stay hidden.
 */
for (const box of document.querySelectorAll<HTMLDetailsElement>("details.embed-code")) {
  const field = (kind: string) => box.querySelector<HTMLTextAreaElement>(`textarea[data-embed-kind="${kind}"]`)!;
  // Each theme's codes are on its choice, written at build by src/publish/embed-code.ts.
  box.addEventListener("change", (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== "radio") return;
    field("script").value = input.dataset["script"] ?? field("script").value;
    field("iframe").value = input.dataset["iframe"] ?? field("iframe").value;
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
