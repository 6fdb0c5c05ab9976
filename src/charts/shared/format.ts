/** Chinese number conventions: 万/亿 magnitudes, qualifiers, and one measure per axis. */

const MAGNITUDE_PREFIXES = ["万", "亿"];
/** Units that are ratios or already carry their scale; never rescaled to 万/亿. */
const UNSCALED_UNITS = new Set(["%", "个百分点", "倍", "微克/立方米"]);

/** A number as written in Chinese reports: no digit grouping, at most `maxDecimals`, no trailing zeros. */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new Error(`formatNumber: expected a finite number, got ${value}`);
  const rounded = Number(value.toFixed(maxDecimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * `value` in `unit`, with 万/亿 when the unit has no magnitude yet:
 * formatValue(6762, "万吨") → "6762万吨"; formatValue(18400, "人") → "1.84万人";
 * formatValue(20070000000, "元") → "200.7亿元"; formatValue(5, "%") → "5%".
 */
export function formatValue(value: number, unit: string): string {
  const hasMagnitude = MAGNITUDE_PREFIXES.some((p) => unit.startsWith(p));
  if (hasMagnitude || UNSCALED_UNITS.has(unit)) return `${formatNumber(value)}${unit}`;
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${formatNumber(value / 1e8)}亿${unit}`;
  if (abs >= 1e4) return `${formatNumber(value / 1e4)}万${unit}`;
  return `${formatNumber(value)}${unit}`;
}

/** A range as the report writes it: formatRange(3, 5, "家") → "3-5家". */
export function formatRange(value: number, valueMax: number | null | undefined, unit: string): string {
  if (valueMax == null) return formatValue(value, unit);
  return `${formatNumber(value)}-${formatValue(valueMax, unit)}`;
}

/** Axis ticks for base values (no unit): 100000000 → "1亿", 50000000 → "5000万", 2500 → "2500". */
export function formatTickZh(value: number): string {
  return formatValue(value, "");
}

/** Qualifiers written before the number (超过3000家) — all others follow it (5%左右). */
const PREFIX_QUALIFIERS = new Set(["超过", "超", "近", "约", "力争", "达", "达到", "不低于", "不超过"]);
/** Qualifiers written between the number and its unit (150余家). */
const INFIX_QUALIFIERS = new Set(["余", "多"]);

/**
 * Attaches the report's qualifiers (`|`-joined, as in figures.csv) to a formatted value:
 * withQualifier("5%", "左右") → "5%左右"; withQualifier("3000家", "超过") → "超过3000家".
 */
export function withQualifier(text: string, qualifier: string | null | undefined): string {
  if (!qualifier) return text;
  const parts = qualifier.split("|").map((q) => q.trim()).filter(Boolean);
  const before = parts.filter((q) => PREFIX_QUALIFIERS.has(q)).join("");
  // 余/多 stand between the number and its unit, as written: 150余家, 3000多家.
  const infix = parts.filter((q) => INFIX_QUALIFIERS.has(q)).join("");
  const after = parts.filter((q) => !PREFIX_QUALIFIERS.has(q) && !INFIX_QUALIFIERS.has(q)).join("");
  const number = /^[-\d.]+(?:-[\d.]+)?/.exec(text)?.[0];
  const middle = infix && number !== undefined ? `${number}${infix}${text.slice(number.length)}` : `${text}${infix}`;
  return `${before}${middle}${after}`;
}

/** Shown wherever the report gives no figure; never replaced by an invented value. */
export const NOT_STATED = "未提及";

/**
 * The one unit an axis may carry. Throws when the units differ, and names the mix of
 * `%` (a rate) and `个百分点` (a difference of rates) explicitly: they are never one axis.
 */
export function axisUnit(units: readonly string[], context: string): string {
  const distinct = [...new Set(units)];
  if (distinct.includes("%") && distinct.includes("个百分点")) {
    throw new Error(`${context}: "%" and "个百分点" cannot share an axis (a rate vs a difference of rates); split them into separate panels`);
  }
  if (distinct.length !== 1) {
    throw new Error(`${context}: expected exactly one unit on an axis, got ${distinct.length === 0 ? "none" : distinct.map((u) => `"${u}"`).join(", ")}`);
  }
  return distinct[0]!;
}
