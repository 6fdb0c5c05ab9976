/**
 * Phone reading checks, each a plain `(page) => problems[]` run on a page already open in Chromium,
 * so one visit per scheme × width can run them all. An empty list means the page passes.
 *
 *  - chartTextProblems: every chart text renders at ≥ 12 CSS px (font size × the SVG's screen scale);
 *    chart pictures shown as <img> are never drawn smaller than their own size.
 *  - splitNumberProblems: no run of digits (with its decimal point) is broken across two line boxes.
 *  - chartFitProblems: every chart text lies inside its SVG's viewBox, and no two chart texts overlap.
 *  - headlineProblems: no h1 ends with a line holding a single character.
 *  - choreographyProblems: at every step change the graphic shown is ≥ 75 % on screen and ≤ 10 %
 *    covered by anything painted over it, the card that triggered the change is on screen, and the
 *    gap between consecutive cards is at most half a screen. Needs JavaScript; run with reduced motion.
 */
import type { Page } from "playwright-core";

export const MIN_CHART_TEXT_PX = 12;

/** Chart text drawn below `minPx` CSS pixels, one line per chart, naming the smallest text. */
export async function chartTextProblems(page: Page, minPx = MIN_CHART_TEXT_PX): Promise<string[]> {
  return page.evaluate((minPx) => {
    const problems: string[] = [];
    const worst = new Map<string, { px: number; text: string }>();
    for (const text of document.querySelectorAll<SVGTextElement>("svg text")) {
      const svg = text.ownerSVGElement;
      if (!svg || !text.textContent?.trim()) continue;
      const style = getComputedStyle(text);
      if (style.display === "none") continue;
      const ctm = text.getScreenCTM();
      if (!ctm) continue;
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not laid out (e.g. inside closed <details>)
      const scale = Math.hypot(ctm.a, ctm.b);
      const px = parseFloat(style.fontSize) * scale;
      const key = svg.id || svg.closest("[id]")?.id || "svg";
      const seen = worst.get(key);
      if (!seen || px < seen.px) worst.set(key, { px, text: text.textContent.trim().slice(0, 20) });
    }
    for (const [key, { px, text }] of worst) {
      if (px < minPx - 0.05) problems.push(`chart ${key}: text "${text}" renders at ${px.toFixed(1)} px (< ${minPx})`);
    }
    for (const img of document.querySelectorAll<HTMLImageElement>("img[src$='.svg']")) {
      const natural = Number(img.getAttribute("width"));
      const shown = img.getBoundingClientRect().width;
      if (natural > 0 && shown > 0 && shown < natural - 0.5) {
        problems.push(`image ${img.getAttribute("src")}: drawn ${shown.toFixed(0)} px wide, smaller than its ${natural} px (its text shrinks below its size)`);
      }
    }
    return problems;
  }, minPx);
}

/** How far (in the chart's own px) a text may reach past the viewBox or into another text: anti-aliasing, not layout. */
export const CHART_FIT_TOLERANCE = 1;

/**
 * Chart texts that run past their SVG's viewBox or overlap another text of the same chart, measured
 * on the glyph boxes Chromium lays out (getBoundingClientRect, scaled back to the viewBox's units).
 * Every chart on the page is measured, including step states not shown yet (they are laid out,
 * only hidden), so one visit covers every state of a story. One line per offending text or pair.
 */
export async function chartFitProblems(page: Page, tolerance = CHART_FIT_TOLERANCE): Promise<string[]> {
  return page.evaluate((tol) => {
    const MIN_GAP = 2;
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart")) {
      const vb = svg.viewBox.baseVal;
      const frame = svg.getBoundingClientRect();
      if (!vb || vb.width === 0 || frame.width === 0 || frame.height === 0) continue;
      const sx = frame.width / vb.width;
      const sy = frame.height / vb.height;
      const name = svg.id || svg.closest("[id]")?.id || "svg";
      const boxes: { text: string; x0: number; y0: number; x1: number; y1: number }[] = [];
      for (const el of svg.querySelectorAll<SVGTextElement>("text")) {
        // The text as drawn: a mark's <title> (its tooltip) is not drawn.
        const full = Array.from(el.childNodes).filter((n) => n.nodeName !== "title").map((n) => n.textContent ?? "").join("").trim();
        const text = full.length > 40 ? `${full.slice(0, 39)}…` : full;
        if (!text || getComputedStyle(el).display === "none") continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const box = { text, x0: vb.x + (r.left - frame.left) / sx, y0: vb.y + (r.top - frame.top) / sy, x1: vb.x + (r.right - frame.left) / sx, y1: vb.y + (r.bottom - frame.top) / sy };
        const over = [
          vb.x - box.x0 > tol ? `left by ${(vb.x - box.x0).toFixed(0)}` : "",
          box.x1 - (vb.x + vb.width) > tol ? `right by ${(box.x1 - vb.x - vb.width).toFixed(0)}` : "",
          vb.y - box.y0 > tol ? `top by ${(vb.y - box.y0).toFixed(0)}` : "",
          box.y1 - (vb.y + vb.height) > tol ? `bottom by ${(box.y1 - vb.y - vb.height).toFixed(0)}` : "",
        ].filter(Boolean);
        if (over.length) problems.push(`chart ${name}: text "${text}" runs past the ${over.join(", ")} px (x ${box.x0.toFixed(0)}–${box.x1.toFixed(0)} of ${vb.width})`);
        boxes.push(box);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (w > tol && h > tol) problems.push(`chart ${name}: texts "${a.text}" and "${b.text}" overlap by ${w.toFixed(0)}×${h.toFixed(0)} px`);
          // Side by side on one line, less than a space apart: they read as one word ("1015").
          else if (h > (a.y1 - a.y0) / 2 && w > -MIN_GAP) problems.push(`chart ${name}: texts "${a.text}" and "${b.text}" are ${Math.max(0, -w).toFixed(0)} px apart on one line (< ${MIN_GAP})`);
        }
      }
    }
    return problems;
  }, tolerance);
}

/** Digit runs (e.g. 82.65, 2024) whose characters sit on more than one line. */
export async function splitNumberProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!parent || parent.closest("svg, script, style, textarea, .visually-hidden, [hidden]")) return NodeFilter.FILTER_REJECT;
        return /\d/.test(node.textContent ?? "") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/\d+(?:[.,:]\d+)*/g)) {
        if (m[0].length < 2) continue;
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const lines = [...tops].sort((a, b) => a - b).filter((t, i, a) => i === 0 || t - a[i - 1]! > 3);
        if (lines.length > 1) {
          const where = node.parentElement?.closest("[id]")?.id ?? node.parentElement?.tagName.toLowerCase();
          problems.push(`"${m[0]}" is split across ${lines.length} lines (in ${where}: "${text.trim().slice(0, 30)}")`);
        }
      }
    }
    return problems;
  });
}

/** Headlines (h1) whose last line holds a single character (punctuation does not count as a character). */
export async function headlineProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const h1 of document.querySelectorAll("h1")) {
      const chars: { ch: string; top: number }[] = [];
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        let i = 0;
        for (const ch of text) {
          range.setStart(node, i);
          range.setEnd(node, i + ch.length);
          const r = [...range.getClientRects()].find((x) => x.width > 0);
          if (r && ch.trim()) chars.push({ ch, top: r.top });
          i += ch.length;
        }
      }
      if (chars.length === 0) continue;
      const lastTop = chars.at(-1)!.top;
      const lines = new Set(chars.map((c) => Math.round(c.top / 4)));
      if (lines.size < 2) continue;
      const last = chars.filter((c) => Math.abs(c.top - lastTop) < 4).map((c) => c.ch).join("");
      const letters = [...last].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
      if (letters.length <= 1) problems.push(`h1 "${h1.textContent?.trim()}" ends with "${last}" alone on its last line`);
    }
    return problems;
  });
}

export interface ChoreographyOptions {
  /** Least share of the shown graphic on screen at a step change. */
  minOnScreen?: number;
  /** Most share of the shown graphic covered by anything painted over it. */
  maxCovered?: number;
  /** Longest gap between two cards, as a share of the viewport height. */
  maxGap?: number;
}

/**
 * Scrolls each scrollytelling block to the exact position where each step becomes active (binary search
 * on the scroll position) and measures the shown graphic there. Call on a page opened with JavaScript
 * and reduced motion (no fades), at a phone viewport.
 */
export async function choreographyProblems(page: Page, options: ChoreographyOptions = {}): Promise<string[]> {
  const { minOnScreen = 0.75, maxCovered = 0.1, maxGap = 0.5 } = options;
  const problems: string[] = [];
  const blocks = await page.locator("[data-scrolly]").count();
  for (let b = 0; b < blocks; b++) {
    const info = await page.evaluate(
      ({ b, maxGap }) => {
        const root = document.querySelectorAll<HTMLElement>("[data-scrolly]")[b]!;
        const cards = [...root.querySelectorAll<HTMLElement>(".step[data-step]")].map((s) => s.querySelector<HTMLElement>(".step__card") ?? s);
        const gaps: string[] = [];
        for (let i = 1; i < cards.length; i++) {
          const gap = cards[i]!.getBoundingClientRect().top - cards[i - 1]!.getBoundingClientRect().bottom;
          if (gap > maxGap * innerHeight) gaps.push(`blank stretch of ${Math.round(gap)} px (> ${Math.round(maxGap * 100)}% of ${innerHeight}) between cards ${i} and ${i + 1}`);
        }
        const top = root.getBoundingClientRect().top + scrollY;
        return { steps: cards.length, gaps, top, bottom: top + root.getBoundingClientRect().height };
      },
      { b, maxGap },
    );
    problems.push(...info.gaps);
    let lo = Math.max(0, Math.floor(info.top - 2000));
    for (let k = 2; k <= info.steps; k++) {
      // Smallest scroll position at which step k (or later) is active, by binary search inside the
      // page: each probe scrolls and waits two animation frames (the scroll event, then the script's
      // requestAnimationFrame update), never a timer, and costs no round trip to the browser.
      const found = await page.evaluate(
        async ({ b, k, from, to }) => {
          const root = document.querySelectorAll<HTMLElement>("[data-scrolly]")[b]!;
          const activeAt = async (y: number) => {
            scrollTo(0, y);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return Number(root.dataset.activeStep ?? "0");
          };
          let hi = to;
          if ((await activeAt(hi)) < k) return null;
          let lo = from;
          while (hi - lo > 2) {
            const mid = Math.floor((lo + hi) / 2);
            if ((await activeAt(mid)) >= k) hi = mid;
            else lo = mid;
          }
          return { at: hi, active: await activeAt(hi) };
        },
        { b, k, from: lo, to: Math.ceil(info.bottom) },
      );
      if (!found) {
        problems.push(`step ${k} never becomes active`);
        continue;
      }
      const { active } = found;
      lo = found.at;
      const m = await page.evaluate(
        ({ b, k }) => {
          const root = document.querySelectorAll<HTMLElement>("[data-scrolly]")[b]!;
          const state = root.querySelector<HTMLElement>(".state.is-active");
          const graphic = state?.querySelector("svg") ?? state;
          const card = root.querySelector<HTMLElement>(`.step[data-step="${k}"] .step__card`);
          if (!state || !graphic || !card) return { error: "no active state or card" };
          const r = graphic.getBoundingClientRect();
          const vw = document.documentElement.clientWidth;
          const vh = innerHeight;
          const visW = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
          const visH = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
          const onScreen = (visW * visH) / (r.width * r.height);
          const transparent = (c: string) => c === "transparent" || /rgba\([^)]*,\s*0\)$/.test(c) || /\/\s*0\)$/.test(c);
          const invisible = (el: Element) => {
            for (let e: Element | null = el; e; e = e.parentElement) {
              const s = getComputedStyle(e);
              if (Number(s.opacity) === 0 || s.visibility === "hidden" || s.display === "none") return true;
            }
            return false;
          };
          const range = document.createRange();
          const paintsAt = (el: Element, x: number, y: number) => {
            const s = getComputedStyle(el);
            if (!transparent(s.backgroundColor) || s.backgroundImage !== "none") return true;
            if (/^(img|svg|canvas|video|iframe|textarea|input|button)$/i.test(el.tagName)) return true;
            for (const node of el.childNodes) {
              if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
              range.selectNodeContents(node);
              for (const t of range.getClientRects()) if (x >= t.left && x <= t.right && y >= t.top && y <= t.bottom) return true;
            }
            return false;
          };
          let samples = 0;
          let covered = 0;
          const coverers = new Set<string>();
          const N = 14;
          for (let i = 0; i < N; i++) {
            for (let j = 0; j < N; j++) {
              const x = r.left + ((i + 0.5) * r.width) / N;
              const y = r.top + ((j + 0.5) * r.height) / N;
              if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
              samples++;
              const stack = document.elementsFromPoint(x, y);
              const at = stack.findIndex((el) => state.contains(el));
              const above = (at < 0 ? stack : stack.slice(0, at)).filter((el) => !el.contains(state) && !invisible(el) && paintsAt(el, x, y));
              if (above.length > 0) {
                covered++;
                coverers.add(above[0]!.className.toString().split(" ")[0] || above[0]!.tagName.toLowerCase());
              }
            }
          }
          const cardTop = card.getBoundingClientRect().top;
          return { onScreen, covered: samples ? covered / samples : 1, coverers: [...coverers], cardTop, vh };
        },
        { b, k },
      );
      const where = `step ${k}${active !== k ? ` (active ${active})` : ""}`;
      if ("error" in m) {
        problems.push(`${where}: ${m.error}`);
        continue;
      }
      if (m.onScreen < minOnScreen) problems.push(`${where}: graphic ${(m.onScreen * 100).toFixed(0)}% on screen (< ${minOnScreen * 100}%)`);
      if (m.covered > maxCovered) problems.push(`${where}: graphic ${(m.covered * 100).toFixed(0)}% covered by ${m.coverers.join(", ")} (> ${maxCovered * 100}%)`);
      if (m.cardTop < 0 || m.cardTop > m.vh - 24) problems.push(`${where}: the card that switched the graphic is off screen (top ${Math.round(m.cardTop)} px)`);
    }
  }
  return problems;
}

/** Number of elements in the document (Lighthouse's DOM size). */
export async function domSize(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName("*").length);
}
