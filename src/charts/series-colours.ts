/**
 * Colour means one thing: a mark that stands for a review-year actual, a plan-year target or a
 * national value carries its kind as a class (`s-actual`, `s-target`, `s-national`, see palette.ts)
 * and exactly the colour of that kind. These checks read a rendered SVG; the story test runs them
 * over every chart and step state, and compares the kinds drawn with the figures the chart draws.
 */
import { parseHTML } from "linkedom";
import { SERIES_COLOR_CLASS, SERIES_KINDS, type SeriesKind } from "./shared/palette";

const COLOUR = /^c-(?!text$|grid$)/;
const kindOf = (classes: string[]): SeriesKind[] => SERIES_KINDS.filter((k) => classes.includes(`s-${k}`));
const colourClasses = (classes: string[]) => classes.filter((c) => COLOUR.test(c));
const SERIES_COLOURS = new Map(SERIES_KINDS.map((k) => [SERIES_COLOR_CLASS[k], k] as const));

/** The series kinds an SVG draws. */
export function seriesKindsIn(svg: string): Set<SeriesKind> {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const kinds = new Set<SeriesKind>();
  for (const el of document.querySelectorAll("[class]")) for (const k of kindOf(String(el.getAttribute("class")).split(/\s+/))) kinds.add(k);
  return kinds;
}

/** Every mark whose colour does not say what it is; empty when the SVG keeps the rule. */
export function seriesColourProblems(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const problems: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class")}">`;
  for (const el of document.querySelectorAll("[class]")) {
    const classes = String(el.getAttribute("class")).split(/\s+/);
    const kinds = kindOf(classes);
    const colours = colourClasses(classes);
    if (kinds.length > 1) problems.push(`${describe(el)} is of ${kinds.length} kinds`);
    const kind = kinds[0];
    if (kind) {
      const wrong = colours.filter((c) => c !== SERIES_COLOR_CLASS[kind]);
      if (!colours.includes(SERIES_COLOR_CLASS[kind])) problems.push(`${describe(el)}: a ${kind} mark without its colour ${SERIES_COLOR_CLASS[kind]}`);
      if (wrong.length > 0) problems.push(`${describe(el)}: a ${kind} mark also coloured ${wrong.join(" ")}`);
    }
    for (const c of colours) {
      const owner = SERIES_COLOURS.get(c);
      if (owner && owner !== kind) problems.push(`${describe(el)}: the ${owner} colour on a mark that is not of kind ${owner}`);
    }
    // A series mark's children inherit its colour; one that paints itself another colour breaks the rule.
    if (kind) {
      for (const child of el.querySelectorAll("[class]")) {
        const other = colourClasses(String(child.getAttribute("class")).split(/\s+/)).filter((c) => c !== SERIES_COLOR_CLASS[kind] && c !== "c-muted");
        if (other.length > 0 && kindOf(String(child.getAttribute("class")).split(/\s+/)).length === 0) problems.push(`${describe(child)} inside a ${kind} mark paints itself ${other.join(" ")}`);
      }
    }
  }
  return problems;
}
