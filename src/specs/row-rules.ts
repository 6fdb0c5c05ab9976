/**
 * Rows chosen by a rule on their fields rather than listed by key, for a step's `highlight` and a
 * claim's `pick`: so "the areas with the most figures" stays true when the data changes.
 *  - { most: <field>, count: n } / { fewest: <field>, count: n }: the n rows with the largest /
 *    smallest number in `field` (ties keep row order);
 *  - { stated: <field> } / { not_stated: <field> }: rows whose value in `field` the report states / does not;
 *  - { where: { <field>: <value>, … } }: rows whose fields have these values.
 */
import { z } from "zod";
import { isStated, type StatedValue } from "../charts/shared/values";

const field = z.string().min(1);
const count = z.number().int().min(1);

export const rowRule = z.union([
  z.object({ most: field, count }).strict(),
  z.object({ fewest: field, count }).strict(),
  z.object({ stated: field }).strict(),
  z.object({ not_stated: field }).strict(),
  z.object({ where: z.record(z.union([z.string(), z.number(), z.boolean()])) }).strict(),
]);
export type RowRule = z.infer<typeof rowRule>;

type Row = Record<string, unknown>;

function numberOf(row: Row, name: string): number {
  const v = row[name];
  if (typeof v !== "number") throw new Error(`field "${name}" is not a number in the chart's rows`);
  return v;
}

function statedOf(row: Row, name: string): boolean {
  const v = row[name] as StatedValue | undefined;
  if (!v || typeof v !== "object" || !("status" in v)) throw new Error(`field "${name}" is not a stated value in the chart's rows`);
  return isStated(v);
}

/** The rows `rule` picks, in the order the rule ranks them (row order for the filters); throws naming a field the rows lack. */
export function pickRows<R>(rows: readonly R[], rule: RowRule): R[] {
  const r = rows as readonly Row[];
  let picked: Row[];
  if ("most" in rule) picked = [...r].sort((a, b) => numberOf(b, rule.most) - numberOf(a, rule.most)).slice(0, rule.count);
  else if ("fewest" in rule) picked = [...r].sort((a, b) => numberOf(a, rule.fewest) - numberOf(b, rule.fewest)).slice(0, rule.count);
  else if ("stated" in rule) picked = r.filter((row) => statedOf(row, rule.stated));
  else if ("not_stated" in rule) picked = r.filter((row) => !statedOf(row, rule.not_stated));
  else {
    const missing = Object.keys(rule.where).filter((k) => r.length > 0 && !(k in r[0]!));
    if (missing.length > 0) throw new Error(`no field ${missing.map((k) => `"${k}"`).join(", ")} in the chart's rows`);
    picked = r.filter((row) => Object.entries(rule.where).every(([k, v]) => String(row[k]) === String(v)));
  }
  return picked as R[];
}

/** The rule as the words of an error message. */
export function describeRule(rule: RowRule): string {
  return JSON.stringify(rule);
}
