/**
 * Structure checks on one page's HTML (no browser): the heading outline, and each chart figure's
 * text alternative and data table. Each returns every problem found, as readable lines.
 */
import { parseHTML } from "linkedom";

/** Exactly one <h1>, and no heading deeper than one level below the previous one (h2 → h4 is a skip). */
export function checkHeadingOutline(html: string): string[] {
  const { document } = parseHTML(html);
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => ({
    level: Number(h.tagName.slice(1)),
    text: (h.textContent ?? "").trim().slice(0, 30),
  }));
  const problems: string[] = [];
  const h1s = headings.filter((h) => h.level === 1).length;
  if (h1s !== 1) problems.push(`expected exactly one <h1>, found ${h1s}`);
  let previous = 0;
  for (const h of headings) {
    if (h.level > previous + 1) {
      problems.push(`<h${h.level}> "${h.text}" follows ${previous === 0 ? "no heading" : `an <h${previous}>`}: level h${previous + 1} skipped`);
    }
    previous = h.level;
  }
  return problems;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/**
 * Every `figure.chart-figure` (and every story chart's `details.chart-tools` control) carries, inside a <details>, a text alternative (a <p> that says more
 * than the title and, when the table has numeric columns, quotes at least one of their values) and
 * an accessible table: a non-empty <caption> or aria-label, and `scope` on every <th>.
 * Scrollytelling states (`figure.state`) need a non-empty text alternative in their figcaption.
 */
export function checkChartAlternatives(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  for (const figure of document.querySelectorAll("figure.chart-figure, details.chart-tools")) {
    const tools = figure.matches("details.chart-tools");
    const id = (tools ? figure.closest("[id]")?.getAttribute("id") : figure.getAttribute("id")) ?? "(no id)";
    const title = text(tools ? figure.querySelector(":scope > summary .visually-hidden") : figure.querySelector("h1, h2, h3, h4")).replace(/^：/, "");
    const details = tools ? figure : figure.querySelector("details:not(.embed-control)");
    const alt = text(details?.querySelector(":scope > p"));
    const table = details?.querySelector("table");
    if (!details) problems.push(`#${id}: no <details> with the text alternative and data table`);
    if (!alt) problems.push(`#${id}: no text alternative paragraph`);
    else if (alt === title) problems.push(`#${id}: the text alternative only repeats the title`);
    if (!table) {
      problems.push(`#${id}: no data <table>`);
      continue;
    }
    const label = text(table.querySelector("caption")) || (table.getAttribute("aria-label") ?? "").trim();
    if (!label) problems.push(`#${id}: the table has no <caption> or aria-label`);
    const headers = [...table.querySelectorAll("th")];
    if (headers.length === 0) problems.push(`#${id}: the table has no <th> header cells`);
    const unscoped = headers.filter((th) => !/^(col|row|colgroup|rowgroup)$/.test(th.getAttribute("scope") ?? ""));
    if (unscoped.length > 0) problems.push(`#${id}: ${unscoped.length} <th> without a valid scope (first "${text(unscoped[0])}")`);
    const numbers = [...table.querySelectorAll("td.n")].map(text).filter((v) => /\d/.test(v));
    if (alt && numbers.length > 0 && !numbers.some((n) => alt.includes(n))) {
      problems.push(`#${id}: the text alternative states none of the table's figures (e.g. ${numbers.slice(0, 3).join(", ")})`);
    }
  }
  for (const [i, state] of [...document.querySelectorAll("figure.state")].entries()) {
    if (!text(state.querySelector("figcaption"))) problems.push(`scrolly state #${i + 1}: empty figcaption (no text alternative)`);
  }
  return problems;
}
