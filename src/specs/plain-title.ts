/**
 * A story title with indicator values in it, as plain text: a title is shown in <title>, meta tags
 * and menus, where a linked number cannot stand, so `{ind:<slug>:<year>}` becomes the stated value
 * with its unit and qualifier ("17%", "5%左右"); `{ind:<slug>:<report-id>:<year>}` reads another report
 * (the national one). No other token is allowed in a title.
 */
import { formatStated } from "../charts/shared/values";
import { chartLang } from "../charts/shared/lang";
import { loadIndicators } from "../data/load";
import { statedValue } from "../stories/indicator-rows";

const IND = /\{ind:([a-z0-9][a-z0-9-]*)(?::([a-z0-9][a-z0-9-]*))?:(\d{4})\}/g;

/** `lang`: the edition's language, in whose conventions values are written (5%左右 / around 5%). */
export function plainTitle(title: string, reportId: string, lang = "zh-CN"): string {
  const text = title.replace(IND, (_, slug: string, other: string | undefined, year: string) => {
    const unit = loadIndicators().find((i) => i.slug === slug)?.unit;
    if (unit === undefined) throw new Error(`no indicator "${slug}" in data/indicators.csv`);
    return formatStated(statedValue(slug, other ?? reportId, Number(year)), unit, chartLang(lang));
  });
  const other = text.match(/\{[a-z]+:[^}]*\}/);
  if (other) throw new Error(`only {ind:<slug>:<year>} tokens may stand in a title, not ${other[0]}`);
  return text;
}
