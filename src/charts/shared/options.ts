import type { ChartLang } from "./lang";
import type { AreaSlug } from "./palette";

/** Options every chart accepts. */
export interface ChartOptions {
  /** Colours the chart's main marks with this work area (`c-area-<slug>`); otherwise role colours. */
  area?: AreaSlug;
  /** Layout width in px (the SVG scales to its container; this sets proportions and font scale). */
  width?: number;
  /** Keys of rows to emphasise (each chart documents which field is the key); others are dimmed. */
  highlight?: string[];
  /**
   * Scrollytelling: reveal layers 0…step (each chart documents its layers).
   * Omitted = everything. The markup for step k is a pure function of k.
   */
  step?: number;
  /** Id of the root `<svg>` (unique on the page). Defaults to the chart name plus `-s<step>` when stepped. */
  id?: string;
  /** The language of every word and number the chart draws (lang.ts); Chinese when omitted. */
  lang?: ChartLang;
}

export const DEFAULT_WIDTH = 640;

/** Whether layer `layer` is shown at `step` (all layers when no step is given). */
export function isRevealed(layer: number, step: number | undefined): boolean {
  return step === undefined || layer <= step;
}

/** The root id for a chart: the caller's, or `<name>[-s<step>]`. */
export function chartId(name: string, options: ChartOptions): string {
  return options.id ?? (options.step === undefined ? name : `${name}-s${options.step}`);
}

/** Whether a row is emphasised: every row when nothing is highlighted. */
export function isHighlighted(key: string, highlight: readonly string[] | undefined): boolean {
  return !highlight || highlight.length === 0 || highlight.includes(key);
}
