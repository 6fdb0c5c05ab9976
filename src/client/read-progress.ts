/**
 * Reading progress under the sticky header: the bar's width follows how far the page has been read.
 * Browsers with scroll-driven animations draw it in CSS alone (styles/shell.css); this is the fallback.
 */
export function initReadProgress(): void {
  const bar = document.querySelector<HTMLElement>("[data-read-progress]");
  // With reduced motion the CSS animation is switched off (styles/base.css), so the script draws the bar.
  if (!bar || (CSS.supports("animation-timeline: scroll()") && !matchMedia("(prefers-reduced-motion: reduce)").matches)) return;
  let pending = false;
  const update = () => {
    pending = false;
    const max = document.documentElement.scrollHeight - innerHeight;
    bar.style.transform = `scaleX(${max > 0 ? Math.min(1, scrollY / max) : 0})`;
  };
  addEventListener("scroll", () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  update();
}
