import { chartLang, type ChartLang } from "./lang";
import type { Noun } from "../../lib/en-number";

/** A value as a curated row states it (indicator-values.csv: value, value_max, qualifier, status). */
export type StatedValue =
  | {
      status: "actual" | "target";
      value: number;
      valueMax?: number | null;
      /** `|`-joined qualifiers as in the CSV: 左右, 以上, 以内, 超过 … */
      qualifier?: string | null;
      /** figures.csv id the value came from. */
      figureId?: string | null;
      /** The report `figureId` is in, when not the chart's own (national values). */
      reportId?: string | null;
    }
  | { status: "not_stated" };

export function isStated(v: StatedValue): v is Extract<StatedValue, { value: number }> {
  return v.status !== "not_stated";
}

/** "5%左右", "3-5家", "超过3000家" or "未提及" — the qualifier is always shown. */
export function formatStated(v: StatedValue, unit: string, lang: ChartLang = chartLang(), noun?: Noun | null): string {
  if (!isStated(v)) return lang.t("common.not_stated");
  return lang.value(v.value, unit, { qualifier: v.qualifier, valueMax: v.valueMax, figureId: v.figureId, noun });
}

/** The figure a pair of values names (the first stated one with a figure id), for a unit's noun. */
export function figureIdOf(...values: StatedValue[]): string | null {
  for (const v of values) if (isStated(v) && v.figureId) return v.figureId;
  return null;
}

/** The value for a table cell: the number, or null when not stated. */
export function tableValue(v: StatedValue): number | null {
  return isStated(v) ? v.value : null;
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupInOrder<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}
