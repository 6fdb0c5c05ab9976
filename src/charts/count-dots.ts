import type { ChartResult } from "./types";
import { finish } from "./shared/finish";
import { appendGroup, appendText, appendTitle, d3Surface } from "./shared/d3";
import { axisUnit } from "./shared/format";
import { tipText } from "./shared/label-fit";
import { chartLang } from "./shared/lang";
import { DEFAULT_WIDTH, chartId, isHighlighted, isRevealed, type ChartOptions } from "./shared/options";
import { seriesClass } from "./shared/palette";
import { rowRefsOf } from "./shared/row-refs";

/** A count of things as the report states it (5座, 150余家, 30家以上): drawn as one dot per thing. */
export interface CountDotsRow {
  /** Key for `highlight`. */
  key: string;
  /** What is counted, with its year and verb: "2023年 累计建成". */
  label: string;
  unit: string;
  /** A whole number: the count as written (the floor when a qualifier says “more”). */
  value: number;
  qualifier?: string | null;
  /** `actual` dots in the neutral actual colour, `target` dots in the area colour. */
  series: "actual" | "target";
  figureId?: string | null;
}

export interface CountDotsOptions extends ChartOptions {
  /** What is counted, for the title and alt text: "两个数字园区的企业". */
  subject: string;
  /** Most dots one row may draw; a larger count throws, since a dot per thing stops being readable. */
  maxDots?: number;
}

/** Qualifiers that make the stated count a floor: the real number may be higher. */
const FLOOR = ["以上", "余", "超过", "超", "多"];
const PITCH = 10;
const RADIUS = 3.5;
const LABEL = 22;
const ROW_GAP = 16;
/** Hollow dots drawn after a floor: “maybe more”, never a number. */
const MORE_DOTS = 3;

/** Whether a count's qualifiers make it a floor (以上, 余, 超过 …). */
export function isFloorCount(qualifier: string | null | undefined): boolean {
  return (qualifier ?? "").split("|").some((q) => FLOOR.includes(q));
}

/**
 * Unit chart: each row is a count drawn as one dot per thing, wrapped to the width; a floor
 * (以上/余/超过) is drawn up to the stated number, followed by hollow dots and a note that the
 * dots stop at the number the report writes. One unit per chart (rows are compared by eye).
 * Layers (`step`): k shows rows 0…k; later rows keep their space empty so the figure never jumps.
 */
export function countDotsChart(rows: CountDotsRow[], options: CountDotsOptions): ChartResult {
  if (rows.length === 0) throw new Error("countDotsChart: no rows");
  const unit = axisUnit(rows.map((r) => r.unit), "countDotsChart");
  const maxDots = options.maxDots ?? 200;
  const bad = rows.filter((r) => !Number.isInteger(r.value) || r.value < 0 || r.value > maxDots);
  if (bad.length > 0) throw new Error(`countDotsChart: counts must be whole numbers from 0 to ${maxDots} (one dot each); bad: ${bad.map((r) => `${r.key} = ${r.value}`).join(", ")}`);
  const width = options.width ?? DEFAULT_WIDTH;
  const L = options.lang ?? chartLang();
  const noun = L.noun(unit, rows[0]!.figureId);
  const unitName = L.unitName(unit, rows[0]!.figureId);
  const perLine = Math.max(1, Math.floor((width - RADIUS * 2) / PITCH));
  const anyFloor = rows.some((r) => isFloorCount(r.qualifier));
  const note = anyFloor ? L.t("count_dots.floor_note") : null;
  const noteLines = note ? L.wrap(note, Math.max(8, Math.floor(width / 12))) : [];

  // Layout first (pure numbers), then draw. The first label's ascenders need a few px above it.
  let y = 4;
  const layout = rows.map((r, i) => {
    const floor = isFloorCount(r.qualifier);
    const dots = r.value + (floor ? MORE_DOTS : 0);
    const lines = Math.max(1, Math.ceil(dots / perLine));
    const top = y;
    const text = L.value(r.value, unit, { qualifier: r.qualifier, figureId: r.figureId });
    // A label wider than the chart takes more lines; the dots start below its last one.
    const labelLines = L.wrapTo(tipText(r.label, "", text, L), width, 12, true);
    const labelExtra = (labelLines.length - 1) * 16;
    y += LABEL + labelExtra + lines * PITCH + ROW_GAP;
    return { r, i, floor, top, text, labelLines, labelExtra };
  });
  const height = y + noteLines.length * 16;
  const { root, svg } = d3Surface(width, height);

  for (const { r, i, floor, top, text, labelLines, labelExtra } of layout) {
    if (!isRevealed(i, options.step)) continue;
    const dimmed = !isHighlighted(r.key, options.highlight);
    const g = appendGroup(svg, `${seriesClass(r.series)}${dimmed ? " is-dimmed" : ""}`, 0, top);
    g.attr("data-row", r.key);
    appendTitle(g, floor ? L.t("count_dots.tip_floor", { tip: tipText(r.label, "", text, L) }) : tipText(r.label, "", text, L));
    labelLines.forEach((line, l) => appendText(g, { x: 0, y: 8 + l * 16, text: line, className: "c-text t-value", anchor: "start" }));
    const dotAt = (k: number) => [RADIUS + (k % perLine) * PITCH, LABEL + labelExtra + RADIUS + Math.floor(k / perLine) * PITCH] as const;
    for (let k = 0; k < r.value; k += 1) {
      const [cx, cy] = dotAt(k);
      g.append("circle").attr("cx", cx).attr("cy", cy).attr("r", RADIUS);
    }
    if (floor) {
      for (let k = r.value; k < r.value + MORE_DOTS; k += 1) {
        const [cx, cy] = dotAt(k);
        g.append("circle").attr("class", "is-open").attr("cx", cx).attr("cy", cy).attr("r", RADIUS - 0.75).attr("fill", "none").attr("stroke", "currentColor").attr("stroke-width", 1.5);
      }
    }
  }
  const noteGroup = appendGroup(svg, "c-muted");
  noteLines.forEach((line, l) => appendText(noteGroup, { x: 0, y: y + 6 + l * 16, text: line, anchor: "start" }));

  const shown = layout.filter(({ i }) => isRevealed(i, options.step));
  const alt =
    L.t("count_dots.alt", { subject: options.subject, noun: noun.one, items: L.clauses(shown.map(({ r, text }) => L.t("count_dots.alt_item", { label: r.label, value: text }))) }) +
    (note && shown.some((s) => s.floor) ? L.t("count_dots.alt_note", { note }) : "");
  return {
    svg: finish(root, { id: chartId("count-dots", options), title: L.t("common.subject_unit", { subject: options.subject, unit: unitName }), desc: alt }),
    alt,
    table: {
      columns: [
        { key: "item", label: L.t("columns.item") },
        { key: "value", label: L.t("count_dots.col_value", { unit: unitName }) },
        { key: "text", label: L.t("columns.text") },
        { key: "floor", label: L.t("count_dots.col_floor") },
      ],
      sources: rowRefsOf(shown.map((s) => s.r)),
      rows: shown.map(({ r, floor, text }) => ({ item: r.label, value: r.value, text, floor: L.t(floor ? "count_dots.floor_yes" : "count_dots.floor_no") })),
    },
  };
}
