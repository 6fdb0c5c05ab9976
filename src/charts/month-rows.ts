import * as Plot from "@observablehq/plot";
import type { ChartResult } from "./types";
import { createDocument } from "./shared/dom";
import { finish } from "./shared/finish";
import { textWidth } from "./shared/compose";
import { chartLang, type ChartLang } from "./shared/lang";
import { tipText } from "./shared/label-fit";
import { DEFAULT_WIDTH, chartId, type ChartOptions } from "./shared/options";
import { plainMarkClass, seriesClass, type SeriesKind } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";

/** A span the report counts in months (连续163个月), drawn one square per month. */
export interface MonthRowsRow {
  key: string;
  label: string;
  /** Whole months. */
  value: number;
  qualifier?: string | null;
  figureId?: string | null;
  /** What the count is (a review-year actual …): its colour. */
  series?: SeriesKind;
}

/** More months than this stop being countable at phone width. */
export const MAX_MONTHS = 600;
const PER_ROW = 12;

/** "第3年" / "Year 3" for a full row, "又7个月" / "+ 7 months" for the last, partial one. */
function rowLabel(row: number, months: number, L: ChartLang): string {
  const inRow = Math.min(PER_ROW, months - row * PER_ROW);
  return inRow === PER_ROW ? L.t("month_rows.year_row", { n: L.number(row + 1) }) : L.t("month_rows.rest_row", { n: L.number(inRow) });
}

/**
 * A count of months as a grid of squares, twelve to a row, so every full row reads as a year. Rows
 * count years from the start of the span, never calendar years: the report gives the length, not the
 * start. One layer.
 */
export function monthRowsChart(row: MonthRowsRow, options: ChartOptions & { subject?: string } = {}): ChartResult {
  if (!Number.isInteger(row.value) || row.value < 1 || row.value > MAX_MONTHS) {
    throw new Error(`monthRowsChart: ${row.key} must be a whole number of months 1–${MAX_MONTHS}, got ${row.value}`);
  }
  const width = options.width ?? DEFAULT_WIDTH;
  const L = options.lang ?? chartLang();
  const months = row.value;
  const rows = Math.ceil(months / PER_ROW);
  const years = Math.floor(months / PER_ROW);
  const rest = months % PER_ROW;
  const labels = Array.from({ length: rows }, (_, r) => rowLabel(r, months, L));
  const cells = Array.from({ length: months }, (_, i) => ({ col: (i % PER_ROW) + 1, row: labels[Math.floor(i / PER_ROW)]! }));
  const marginLeft = Math.ceil(Math.max(...labels.map((l) => textWidth(l))) + 10);
  // Square cells: the grid's width sets the row height; capped so a long span stays on a phone screen.
  const cell = Math.min(22, Math.floor((width - marginLeft - 8) / PER_ROW));
  const written = L.value(months, "个月", { qualifier: row.qualifier, figureId: row.figureId });
  const spanText = rest === 0 ? L.t("month_rows.span_full", { years: L.number(years) }) : L.t("month_rows.span_rest", { years: L.number(years), rest: L.number(rest) });

  const document = createDocument();
  const svg = Plot.plot({
    document,
    width,
    height: rows * cell + 30,
    marginLeft,
    marginRight: width - marginLeft - cell * PER_ROW,
    marginTop: 24,
    marginBottom: 6,
    className: "plot",
    x: { domain: Array.from({ length: PER_ROW }, (_, i) => i + 1), axis: null, padding: 0.14 },
    y: { domain: labels, label: null, tickSize: 0, padding: 0.14 },
    marks: [
      Plot.cell(cells, { x: "col", y: "row", className: row.series ? seriesClass(row.series) : plainMarkClass(options.area), rx: 2 }),
      // One tooltip mark for the whole span (a title on each of up to 600 squares would be 600 tab stops).
      Plot.text([tipText(row.label, "", written, L)], {
        text: (d: string) => d,
        title: () => (rest === 0 ? L.t("month_rows.tip_full", { tip: tipText(row.label, "", written, L), years: L.number(years) }) : L.t("month_rows.tip_rest", { tip: tipText(row.label, "", written, L), years: L.number(years), rest: L.number(rest) })),
        frameAnchor: "top-left",
        dy: -14,
        dx: -marginLeft,
        textAnchor: "start",
        className: "c-text",
      }),
    ],
  }) as unknown as Element;

  const subject = options.subject ?? row.label;
  const alt = L.t("month_rows.alt", { subject, label: row.label, value: written, span: spanText });
  return {
    svg: finish(svg, { id: chartId("month-rows", options), title: subject, desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "value", label: L.t("month_rows.col_value") },
        { key: "text", label: L.t("month_rows.col_text") },
        { key: "years", label: L.t("month_rows.col_years") },
        { key: "rest", label: L.t("month_rows.col_rest") },
      ],
      sources: rowRefsOf([row]),
      rows: [{ item: row.label, value: months, text: written, years, rest }],
    },
  };
}
