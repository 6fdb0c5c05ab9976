/**
 * Accessible tooltips for chart marks. Any SVG element inside `.chart-svg` with a `<title>`
 * child gets one shared tooltip on hover, tap and keyboard focus; Escape, a tap elsewhere or
 * scrolling hides it. Charts put titles on one element per item (a bar, a card, a group of dots),
 * so each item is one tab stop. The tooltip appears without animation (nothing to reduce for
 * prefers-reduced-motion) and is kept inside the viewport, flipping below the mark near the top.
 * Positioning uses the CSSOM (allowed by the CSP, unlike inline `style=""` markup).
 */
const MARK_SELECTOR = "[data-tip]";
const EDGE = 8;
const OFFSET = 12;

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

  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>(MARK_SELECTOR) : null);
  let current: SVGElement | null = null;

  /** Shows the mark's title centred on x, above y (or below `below` when there is no room above). */
  const show = (mark: SVGElement, x: number, y: number, below: number) => {
    const text = mark.querySelector(":scope > title")?.textContent?.trim();
    if (!text) return;
    if (current && current !== mark) current.removeAttribute("aria-describedby");
    current = mark;
    tip.textContent = text;
    tip.hidden = false;
    mark.setAttribute("aria-describedby", tip.id);
    const viewport = document.documentElement.clientWidth;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(EDGE, Math.min(x - w / 2, viewport - w - EDGE));
    const top = y - h - OFFSET >= EDGE ? y - h - OFFSET : below + OFFSET;
    tip.style.left = `${left + scrollX}px`;
    tip.style.top = `${top + scrollY}px`;
  };
  const hide = () => {
    tip.hidden = true;
    current?.removeAttribute("aria-describedby");
    current = null;
  };
  const showAtPointer = (mark: SVGElement, e: PointerEvent) => {
    const box = mark.getBoundingClientRect();
    // A finger covers the mark: on touch the tooltip goes above the mark itself, not the contact point.
    if (e.pointerType === "mouse") show(mark, e.clientX, e.clientY, e.clientY + 16);
    else show(mark, box.left + box.width / 2, box.top, box.bottom);
  };

  root.addEventListener("pointerover", (e) => {
    const mark = markOf(e.target);
    if (mark) showAtPointer(mark, e);
  });
  root.addEventListener("pointerout", (e) => {
    if (markOf(e.target) && e.pointerType === "mouse" && !markOf(e.relatedTarget)) hide();
  });
  // Touch: a tap on a mark shows it (pointerover may not fire again for the same mark); a tap elsewhere hides.
  document.addEventListener("pointerdown", (e) => {
    const mark = markOf(e.target);
    if (mark) showAtPointer(mark, e);
    else hide();
  });
  root.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    show(mark, box.left + box.width / 2, box.top, box.bottom);
  });
  root.addEventListener("focusout", (e) => {
    if (markOf(e.target)) hide();
  });
  addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
  });
  addEventListener("scroll", () => {
    if (!tip.hidden && current && document.activeElement !== current) hide();
  }, { passive: true });
}
