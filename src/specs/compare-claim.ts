/**
 * The `compare` claim: a comparative word of the copy (低于全国, 快于, 比去年慢) checked against two
 * values from data at every build. A value is named as copy names it:
 *   ind:<slug>:<year> | ind:<slug>:<report-id>:<year>   a curated indicator value (indicator-values.csv)
 *   fig:<figure-id>                                      a figure of the edition's report
 *   ctx:<context-id>                                     an outside fact (context.csv)
 * `is` says how the first stands to the second: lower, higher or equal (in the same unit, else the
 * claim fails); `at_least`/`below` optionally bound the ratio of the two (接近两倍: 1.75 to 2).
 */
import { z } from "zod";
import { isStated } from "../charts/shared/values";
import { loadContext, loadIndicators, loadReport } from "../data/load";
import { statedValue } from "../stories/indicator-rows";

const REF = /^(ind:[a-z0-9][a-z0-9-]*(?::[a-z0-9][a-z0-9-]*)?:(?:\d{4}|\{review_year\}|\{plan_year\})|fig:[a-z0-9][a-z0-9-]*|ctx:[a-z0-9][a-z0-9-]*)$/;
const ref = z.string().regex(REF, "a value named ind:<slug>:<year>, ind:<slug>:<report-id>:<year>, fig:<figure-id> or ctx:<context-id>");

export const compareClaim = z
  .object({
    says: z.string().trim().min(1, "a non-blank text"),
    compare: ref,
    with: ref,
    is: z.enum(["lower", "higher", "equal"]),
    at_least: z.number().optional(),
    below: z.number().optional(),
  })
  .strict()
  .refine((c) => c.at_least === undefined || c.below === undefined || c.at_least < c.below, { message: "at_least below `below`", path: ["below"] });

export type CompareClaim = z.infer<typeof compareClaim>;

interface Valued {
  value: number;
  unit: string;
}

/** The value a reference names, or why it has none. */
export function valueOf(name: string, reportId: string): Valued | string {
  const [kind, ...rest] = name.split(":");
  if (kind === "fig") {
    const f = loadReport(reportId).figures.find((x) => x.id === rest[0]);
    return f ? { value: f.value, unit: f.unit } : `no figure "${rest[0]}" in data/${reportId}/figures.csv`;
  }
  if (kind === "ctx") {
    const c = loadContext().find((x) => x.id === rest[0]);
    return c ? { value: c.value, unit: c.unit } : `no fact "${rest[0]}" in data/context.csv`;
  }
  const [slug, report, year] = rest.length === 2 ? [rest[0]!, reportId, rest[1]!] : [rest[0]!, rest[1]!, rest[2]!];
  const def = loadIndicators().find((i) => i.slug === slug);
  if (!def) return `no indicator "${slug}" in data/indicators.csv`;
  let v;
  try {
    v = statedValue(slug, report, Number(year));
  } catch (e) {
    return (e as Error).message;
  }
  return isStated(v) ? { value: v.value, unit: def.unit } : `${slug} / ${report} / ${year} is not stated`;
}

/** Why the data does not bear the claim out, or null when it does. `fill` puts the edition's years into the names. */
export function compareProblem(claim: CompareClaim, reportId: string, fill: (text: string) => string): string | null {
  const [a, b] = [fill(claim.compare), fill(claim.with)].map((n) => [n, valueOf(n, reportId)] as const);
  for (const [name, v] of [a!, b!]) if (typeof v === "string") return `two stated values, but ${name}: ${v}`;
  const [x, y] = [a![1] as Valued, b![1] as Valued];
  if (x.unit !== y.unit) return `two values in one unit, but ${a![0]} is in "${x.unit}" and ${b![0]} in "${y.unit}"`;
  const holds = claim.is === "lower" ? x.value < y.value : claim.is === "higher" ? x.value > y.value : x.value === y.value;
  const stated = `${a![0]} = ${x.value}${x.unit}, ${b![0]} = ${y.value}${y.unit}`;
  if (!holds) return `words the data bears out: ${stated}, so the first is not ${claim.is}`;
  if (claim.at_least !== undefined || claim.below !== undefined) {
    const ratio = x.value / y.value;
    if ((claim.at_least !== undefined && ratio < claim.at_least) || (claim.below !== undefined && ratio >= claim.below)) {
      return `words the data bears out: ${stated}, a ratio of ${ratio.toFixed(2)}, not at least ${claim.at_least ?? "-"} and under ${claim.below ?? "-"}`;
    }
  }
  return null;
}
