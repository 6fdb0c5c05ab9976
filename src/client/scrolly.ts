/**
 * A thin observer around the steps: it reports the active step and shows that step's
 * pre-rendered state. Nothing else — no chart library on the client.
 * Contract: `root` holds `.step[data-step]` and `.state[data-step]` with matching numbers.
 * The active step is the last one whose top has passed the middle of the viewport (step 1
 * before that); an IntersectionObserver on that line, plus a frame-throttled scroll check for
 * jumps that skip over it, keep it current.
 */
const ACTIVE = "is-active";

export function initScrolly(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>(".step[data-step]")];
  const states = [...root.querySelectorAll<HTMLElement>(".state[data-step]")];
  if (steps.length === 0) return;
  let current = "";
  let pending = false;

  const activate = (n: string, animate: boolean) => {
    if (n === current) return;
    current = n;
    root.classList.toggle("no-anim", !animate);
    for (const el of steps) el.classList.toggle(ACTIVE, el.dataset.step === n);
    for (const el of states) el.classList.toggle(ACTIVE, el.dataset.step === n);
    root.dataset.activeStep = n;
  };

  // Keyboard focus wins over scroll position: focus on a step shows its state, and while focus is
  // on a mark inside a state that state stays shown (focusing it may scroll the page; without the
  // hold the state would hide under the focused mark and focus would fall back to <body>).
  let held: string | null = null;
  const stepOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(".step[data-step], .state[data-step]") : null;

  const fromPosition = (animate: boolean) => {
    if (held) return;
    const middle = innerHeight / 2;
    let active = steps[0]!;
    for (const step of steps) if (step.getBoundingClientRect().top <= middle) active = step;
    activate(active.dataset.step ?? "1", animate);
  };

  const onScroll = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fromPosition(true);
    });
  };

  // A #step-N deep link shows that state at once, without replaying the earlier steps.
  const fromHash = () => {
    const target = location.hash ? steps.find((s) => `#${s.id}` === location.hash) : undefined;
    if (target?.dataset.step) activate(target.dataset.step, false);
    else fromPosition(false);
  };
  fromHash();
  addEventListener("hashchange", fromHash);

  // Only keyboard focus holds: a tap on a mark must not pin the graphic while the reader scrolls on.
  const byKeyboard = (target: EventTarget | null) => {
    try {
      return target instanceof Element && target.matches(":focus-visible");
    } catch {
      return false; // a WebView without :focus-visible keeps the scroll-driven behaviour
    }
  };
  root.addEventListener("focusin", (e) => {
    const el = stepOf(e.target);
    if (!el?.dataset.step || !byKeyboard(e.target)) return;
    held = el.dataset.step;
    activate(held, false);
  });
  root.addEventListener("focusout", (e) => {
    if (stepOf(e.relatedTarget) === null) held = null;
  });

  const observer = new IntersectionObserver(onScroll, { rootMargin: "-50% 0px -50% 0px" });
  for (const step of steps) observer.observe(step);
  addEventListener("scroll", onScroll, { passive: true });
}
