import { select, type Selection } from "d3-selection";
import { createDocument, createSvgRoot } from "./dom";

export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
export type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/** A D3 drawing surface on a fresh linkedom document: the `<svg>` element and its selection. */
export function d3Surface(width: number, height: number): { root: SVGSVGElement; svg: SvgSelection } {
  const root = createSvgRoot(createDocument(), width, height);
  root.setAttribute("fill", "currentColor");
  return { root, svg: select(root) };
}

export interface TextSpec {
  x: number;
  y: number;
  text: string;
  className?: string;
  anchor?: "start" | "middle" | "end";
  /** Vertical alignment by em offset (0.32em ≈ centred on y), which renders the same everywhere. */
  dy?: string;
  /** A language tag for text in another language than the chart's (a name quoted in the original Chinese). */
  lang?: string;
}

/** Appends one `<text>`; all chart text goes through here so alignment and classes stay uniform. */
export function appendText(parent: GroupSelection | SvgSelection, spec: TextSpec): void {
  const text = (parent as GroupSelection).append("text").attr("x", spec.x).attr("y", spec.y).attr("dy", spec.dy ?? "0.32em").text(spec.text);
  if (spec.anchor) text.attr("text-anchor", spec.anchor);
  if (spec.className) text.attr("class", spec.className);
  if (spec.lang) text.attr("lang", spec.lang);
}

/** Appends a `<g>` with optional class and translation. */
export function appendGroup(parent: GroupSelection | SvgSelection, className?: string, x = 0, y = 0): GroupSelection {
  const g = (parent as GroupSelection).append("g");
  if (className) g.attr("class", className);
  if (x !== 0 || y !== 0) g.attr("transform", `translate(${x},${y})`);
  return g;
}

/**
 * Gives a data mark its tooltip: an SVG `<title>` as its first child (src/client/tooltip.ts shows it on
 * hover, tap and focus, and makes the mark focusable). Put it on one group per item, never on each of
 * many dots, so a unit chart adds one tab stop per group.
 */
export function appendTitle(mark: GroupSelection, text: string, lang?: string): void {
  const title = mark.insert("title", ":first-child").text(text);
  if (lang) title.attr("lang", lang);
}
