/**
 * national-comparison: the edition's targets beside another report's (the national one) for the same
 * year, one panel per indicator, each on its own axis, the two sides called by `names`. A row's
 * `note` may say `{ratio}`: how many times the edition's value the other report's is, in words that
 * carry both values' qualifiers (a computed scale, never typed): "至少是阳泉的666倍" when the national
 * value is a floor (1200万人以上), "是阳泉的约667倍" when either is approximate (左右), "至多是…" for a
 * ceiling (以内). See `ratioWords`.
 */
import { z } from "zod";
import { comparisonChart, type ComparisonRow } from "../../charts/comparison";
import { formatNumber } from "../../charts/shared/format";
import { isStated } from "../../charts/shared/values";
import { loadIndicators } from "../../data/load";
import { figureIdsOf, statedValue } from "../../stories/indicator-rows";
import { specKind } from "../kind";
import { yearIn } from "./rows";

/** Qualifiers (src/pipeline/qualifiers.ts) by what they make of a value: a floor, a ceiling, an approximation, or nothing (a verb). */
const FLOOR = ["以上", "及以上", "超过", "超", "逾", "突破", "余", "多", "不低于", "不少于"];
const CEILING = ["以内", "之内", "以下", "及以下", "不超过", "不高于", "不多于", "低于"];
const APPROXIMATE = ["左右", "上下", "约", "近"];
const NEITHER = ["达到", "达", "高达", "力争"];

type Bound = "floor" | "ceiling" | "approximate" | "exact";

/** What a stated value's qualifiers make of it; an unknown qualifier or a range is an error, never a guess. */
function boundOf(v: { value: number; valueMax?: number | null; qualifier?: string | null }, what: string): Bound {
  if (v.valueMax != null) throw new Error(`${what} is a range (${v.value}-${v.valueMax}): {ratio} takes single values`);
  const qs = (v.qualifier ?? "").split("|").filter(Boolean);
  const unknown = qs.filter((q) => ![...FLOOR, ...CEILING, ...APPROXIMATE, ...NEITHER].includes(q));
  if (unknown.length > 0) throw new Error(`${what} has the qualifier "${unknown.join("|")}", which {ratio} does not know as a floor, ceiling or approximation`);
  const kinds = new Set<Bound>(qs.flatMap((q): Bound[] => (FLOOR.includes(q) ? ["floor"] : CEILING.includes(q) ? ["ceiling"] : APPROXIMATE.includes(q) ? ["approximate"] : [])));
  if (kinds.size > 1) throw new Error(`${what} has the qualifiers "${qs.join("|")}", which say two things at once`);
  return [...kinds][0] ?? "exact";
}

/**
 * How many times `local` the `reference` value is, in words with an honest qualifier, e.g.
 * "至少是阳泉的666倍" for 1200万人以上 over 1.8万人: a floor over an exact value gives a floor, so the
 * ratio is rounded down; a ceiling over an exact value (or an exact value over a floor) gives a
 * ceiling, rounded up; 左右 on either side gives 约, rounded; two exact values give the ratio itself
 * (约 when it is not whole). Bounds that leave the ratio open (a floor over a floor), a bound with an
 * approximation, and a ratio under 2 (say it another way) are errors.
 */
export function ratioWords(reference: { value: number; valueMax?: number | null; qualifier?: string | null }, local: { value: number; valueMax?: number | null; qualifier?: string | null }, localName: string, lang = "zh-CN"): string {
  if (local.value <= 0 || reference.value <= 0) throw new Error(`{ratio} needs two positive values, not ${reference.value} over ${local.value}`);
  // Rounded to nine places, so that 1200 / 1.2 is 1000, not 1000.0000000000001 (which would round up to 1001).
  const ratio = Number((reference.value / local.value).toFixed(9));
  if (ratio < 2) throw new Error(`{ratio}: ${reference.value} over ${local.value} is ${formatNumber(ratio)}, under 2 times: say how the two compare in other words`);
  const r = boundOf(reference, `the reference value ${reference.value}`);
  const l = boundOf(local, `the local value ${local.value}`);
  // The ratio is bounded below when the numerator is a floor or the denominator a ceiling, above in the reverse case.
  const low = r === "floor" || l === "ceiling";
  const high = r === "ceiling" || l === "floor";
  const approximate = r === "approximate" || l === "approximate";
  if (low && high) throw new Error(`{ratio}: the reference value is a ${r} and the local value a ${l}, so the ratio could be anything`);
  if ((low || high) && approximate) throw new Error(`{ratio}: one value is a bound (${low ? "floor" : "ceiling"}) and one approximate (左右): the ratio is neither; write the note without {ratio}`);
  if (lang.startsWith("en")) {
    // The same bounds in English: "at least 666 times Yangquan's".
    const n = (x: number) => x.toLocaleString("en-US");
    if (low) return `at least ${n(Math.floor(ratio))} times ${localName}'s`;
    if (high) return `at most ${n(Math.ceil(ratio))} times ${localName}'s`;
    if (approximate || !Number.isInteger(ratio)) return `about ${n(Math.round(ratio))} times ${localName}'s`;
    return `${n(ratio)} times ${localName}'s`;
  }
  if (low) return `至少是${localName}的${formatNumber(Math.floor(ratio))}倍`;
  if (high) return `至多是${localName}的${formatNumber(Math.ceil(ratio))}倍`;
  if (approximate || !Number.isInteger(ratio)) return `是${localName}的约${formatNumber(Math.round(ratio))}倍`;
  return `是${localName}的${formatNumber(ratio)}倍`;
}

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as urban-jobs");

const query = z
  .object({
    /** The report compared against (a manifest id such as national-2024). */
    reference: slug,
    /** What the two sides are called in the chart (阳泉, 全国). */
    names: z.object({ local: z.string().min(1), reference: z.string().min(1) }).strict(),
    /** The year of both reports' values: a year, or `review` / `plan` (the edition's). */
    year: z.union([z.number().int().min(1900), z.enum(["review", "plan"])]),
    indicators: z
      .array(
        z
          .object({
            key: slug,
            label: z.string().min(1),
            /** The edition's indicator, and the reference report's (default: the same). */
            local: slug,
            reference: slug.optional(),
            /** False when the two are measured differently (登记 vs 调查失业率): the panel is flagged. */
            comparable: z.boolean().optional(),
            /** Values as labels, no bars: for scales orders of magnitude apart. */
            labels_only: z.boolean().optional(),
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1, "at least one indicator"),
  })
  .strict();

function unitOf(slug: string): string {
  const def = loadIndicators().find((i) => i.slug === slug);
  if (!def) throw new Error(`data/indicators.csv: no indicator "${slug}"`);
  return def.unit;
}

/** A comparison row with the names of its two sides (the same in every row of a chart). */
type Row = ComparisonRow & { names: { local: string; reference: string } };

export const nationalComparison = specKind({
  renderer: "plot",
  rows: query,
  placeholders: ["ratio"],
  resolve: (q, ctx): Row[] => {
    const year = yearIn(q.year, ctx);
    return q.indicators.map((r) => {
      const referenceSlug = r.reference ?? r.local;
      const local = statedValue(r.local, ctx.reportId, year);
      const reference = statedValue(referenceSlug, q.reference, year);
      let note = r.note;
      if (note?.includes("{ratio}")) {
        if (!isStated(local) || !isStated(reference))
          throw new Error(`row ${r.key}: {ratio} needs a stated ${r.local} for ${ctx.reportId} ${year} and a stated ${referenceSlug} for ${q.reference} ${year}`);
        if (unitOf(r.local) !== unitOf(referenceSlug)) throw new Error(`row ${r.key}: {ratio} needs one unit, not ${unitOf(r.local)} and ${unitOf(referenceSlug)}`);
        try {
          note = note.replaceAll("{ratio}", ratioWords(reference, local, q.names.local, ctx.lang));
        } catch (e) {
          throw new Error(`row ${r.key}: ${(e as Error).message}`);
        }
      }
      return {
        indicator: r.key,
        label: r.label,
        local,
        reference,
        localUnit: unitOf(r.local),
        referenceUnit: unitOf(referenceSlug),
        comparable: r.comparable ?? true,
        ...(r.labels_only ? { labelsOnly: true } : {}),
        ...(note ? { note } : {}),
        names: q.names,
      };
    });
  },
  keyOf: (row) => row.indicator,
  // The edition's values are cited; the reference report's are linked where the copy names them ({ind:…}).
  figureIds: (rows) => figureIdsOf(rows.map((r) => r.local)),
  draw: (rows, options) => comparisonChart(rows, { ...options, localName: rows[0]!.names.local, referenceName: rows[0]!.names.reference }),
});
