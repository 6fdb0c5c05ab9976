/**
 * Accessible tooltips for chart marks. Any SVG element inside `.chart-svg` with a `<title>`
 * child gets one shared tooltip on hover, tap and keyboard focus; Escape hides it.
 * Positioning uses the CSSOM (allowed by the CSP, unlike inline `style=""` markup).
 */
const MARK_SELECTOR = "[data-tip]";

export function initTooltips(root: HTMLElement): void {
  if (root.dataset.tooltips === "on") return;
  root.dataset.tooltips = "on";
  const tip = document.createElement("div");
  tip.className = "chart-tooltip";
  tip.id = "chart-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.append(tip);

  // Marks are the parents of SVG <title>s (selector kept simple for older WebViews: no :has()).
  for (const title of root.querySelectorAll(".chart-svg svg title")) {
    const mark = title.parentElement;
    if (!mark || mark.tagName.toLowerCase() === "svg") continue;
    mark.setAttribute("data-tip", "");
    if (!mark.hasAttribute("tabindex")) mark.setAttribute("tabindex", "0");
  }

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<SVGElement>(MARK_SELECTOR) : null;

  const show = (mark: SVGElement, x: number, y: number) => {
    const text = mark.querySelector(":scope > title")?.textContent?.trim();
    if (!text) return;
    tip.textContent = text;
    tip.hidden = false;
    mark.setAttribute("aria-describedby", tip.id);
    const w = tip.offsetWidth;
    const left = Math.max(8, Math.min(x - w / 2, document.documentElement.clientWidth - w - 8));
    tip.style.left = `${left + scrollX}px`;
    tip.style.top = `${y + scrollY - tip.offsetHeight - 12}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };

  root.addEventListener("pointerover", (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark, e.clientX, e.clientY);
  });
  root.addEventListener("pointerout", (e) => {
    if (markOf(e.target) && e.pointerType === "mouse") hide();
  });
  root.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    show(mark, box.left + box.width / 2, box.top);
  });
  root.addEventListener("focusout", hide);
  addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
  });
  addEventListener("scroll", hide, { passive: true });
}
