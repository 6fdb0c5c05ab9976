/**
 * One-click copy for embed codes: shows each `button[data-copy-for]` and copies its textarea.
 * Uses the Clipboard API and falls back to selecting the text (the reader then presses Ctrl/⌘+C).
 */
export function enableCopyButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy-for]")) {
    if (button.dataset.ready) continue;
    button.dataset.ready = "1";
    const field = root.getElementById(button.dataset.copyFor ?? "") as HTMLTextAreaElement | null;
    const status = root.getElementById(button.dataset.status ?? "");
    if (!field) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
        if (status) status.textContent = button.dataset.done ?? "已复制";
      } catch {
        if (status) status.textContent = button.dataset.manual ?? "已选中，请按 Ctrl+C（⌘C）复制";
      }
    });
  }
}
