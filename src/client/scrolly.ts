/**
 * A thin observer around the steps: it reports the active step and shows that step's
 * pre-rendered state. Nothing else — no chart library on the client.
 * Contract: `root` holds `.step[data-step]` (each with a `.step__card`) and `.state[data-step]` with
 * matching numbers.
 *
 * Step k becomes active when the top of its card (not the space around it) reaches its trigger line.
 * On phones the graphic sticks above the cards, so the line lies just below the taller of the graphics
 * of steps k-1 and k: the card is never under the graphic it switches, and the new graphic is shown
 * whole, above the card that talks about it. Side by side (desktop) the line is at 60% of the screen.
 */
const ACTIVE = "is-active";
/** Space between the graphic's lower edge and the trigger line, px. */
const CLEARANCE = 12;
/** The trigger line never drops so low that less than this much of the card is on screen, px. */
const CARD_ROOM = 140;
/** Space kept after the last card besides what it needs to reach its trigger line, px. */
const TAIL = 24;

export function initScrolly(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>(".step[data-step]")];
  const states = [...root.querySelectorAll<HTMLElement>(".state[data-step]")];
  if (steps.length === 0) return;
  const cards = steps.map((s) => s.querySelector<HTMLElement>(".step__card") ?? s);
  const graphic = root.querySelector<HTMLElement>(".scrolly__graphic");
  let current = "";
  let pending = false;
  /** Trigger line of each step, in px from the top of the viewport. */
  let lines: number[] = [];

  const measure = () => {
    const beside = !!graphic && graphic.getBoundingClientRect().left >= cards[0]!.getBoundingClientRect().right;
    const top = graphic ? parseFloat(getComputedStyle(graphic).top) || 0 : 0;
    const heightOf = (n: number) => states.find((s) => s.dataset.step === String(n))?.offsetHeight ?? 0;
    lines = steps.map((_, i) => {
      if (beside || !graphic) return innerHeight * 0.6;
      const h = Math.max(heightOf(i), heightOf(i + 1));
      return Math.min(top + h + CLEARANCE, innerHeight - CARD_ROOM);
    });
    // Room after the last card: only what it needs to reach its trigger line (the page below the
    // story often gives it all), instead of a fixed stretch of blank screen.
    const list = root.querySelector<HTMLElement>(".scrolly__steps");
    const last = cards[cards.length - 1]!;
    if (list) {
      list.style.paddingBottom = "0px";
      const below = document.documentElement.scrollHeight - (last.getBoundingClientRect().top + scrollY);
      list.style.paddingBottom = `${Math.max(0, Math.ceil(innerHeight - lines[lines.length - 1]! - below)) + TAIL}px`;
    }
  };

  const activate = (n: string, animate: boolean) => {
    if (n === current) return;
    current = n;
    root.classList.toggle("no-anim", !animate);
    for (const el of steps) el.classList.toggle(ACTIVE, el.dataset.step === n);
    for (const el of states) el.classList.toggle(ACTIVE, el.dataset.step === n);
    root.dataset.activeStep = n;
    // The language switch keeps the reader's place: step ids are the same in every language.
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")) a.hash = `step-${n}`;
  };

  // Keyboard focus wins over scroll position: focus on a step shows its state, and while focus is
  // on a mark inside a state that state stays shown (focusing it may scroll the page; without the
  // hold the state would hide under the focused mark and focus would fall back to <body>).
  let held: string | null = null;
  const stepOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(".step[data-step], .state[data-step]") : null;

  const fromPosition = (animate: boolean) => {
    if (held) return;
    let active = steps[0]!;
    cards.forEach((card, i) => {
      if (card.getBoundingClientRect().top <= lines[i]!) active = steps[i]!;
    });
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

  // A #step-N (or #chart-<id>, on a card) deep link shows that state at once, without replaying the earlier steps.
  const fromHash = () => {
    const target = location.hash ? steps.find((s) => `#${s.id}` === location.hash || `#${s.querySelector(".step__card[id]")?.id}` === location.hash) : undefined;
    if (target?.dataset.step) activate(target.dataset.step, false);
    else fromPosition(false);
  };
  measure();
  fromHash();
  addEventListener("hashchange", fromHash);
  addEventListener("resize", () => {
    measure();
    onScroll();
  });

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

  addEventListener("scroll", onScroll, { passive: true });
}
