/**
 * A thin observer around the steps: it reports the active step and shows that step's
 * pre-rendered state. Nothing else — no chart library on the client.
 * Contract: `root` holds `.step[data-step]` and `.state[data-step]` with matching numbers.
 */
const ACTIVE = "is-active";

export function initScrolly(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>(".step[data-step]")];
  const states = [...root.querySelectorAll<HTMLElement>(".state[data-step]")];
  let current = "";

  const activate = (n: string, animate: boolean) => {
    if (n === current) return;
    current = n;
    root.classList.toggle("no-anim", !animate);
    for (const el of steps) el.classList.toggle(ACTIVE, el.dataset.step === n);
    for (const el of states) el.classList.toggle(ACTIVE, el.dataset.step === n);
    root.dataset.activeStep = n;
  };

  // A #step-N deep link shows that state at once, without replaying the earlier steps.
  const fromHash = () => {
    const target = location.hash ? steps.find((s) => `#${s.id}` === location.hash) : undefined;
    if (target?.dataset.step) activate(target.dataset.step, false);
  };
  fromHash();
  addEventListener("hashchange", fromHash);

  // A step is active while it crosses the middle of the viewport.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const n = (entry.target as HTMLElement).dataset.step;
        if (entry.isIntersecting && n) activate(n, true);
      }
    },
    { rootMargin: "-50% 0px -49% 0px" },
  );
  for (const step of steps) observer.observe(step);
}
