/** Exact decimal-string arithmetic for the few operations the CSVs need (no float noise, no exponent). */

/** Canonical plain decimal: no grouping, no leading zeros, no trailing fractional zeros. */
export function canonicalDecimal(s: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s.replace(/,/g, ""));
  if (!m) throw new Error(`not a plain decimal: "${s}"`);
  const int = m[1]!.replace(/^0+(?=\d)/, "");
  const frac = (m[2] ?? "").replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

/** value × 10^exponent, exactly. */
export function shiftDecimal(value: string, exponent: number): string {
  const [int, frac = ""] = canonicalDecimal(value).split(".") as [string, string?];
  const digits = int + frac;
  const point = int.length + exponent;
  const padded = point > digits.length ? digits + "0".repeat(point - digits.length) : digits;
  return canonicalDecimal(`${padded.slice(0, point)}.${padded.slice(point) || "0"}`);
}

/** a × b for decimal strings, exactly (via scaled BigInt). */
export function multiplyDecimal(a: string, b: string): string {
  const scale = (s: string): [bigint, number] => {
    const [int, frac = ""] = canonicalDecimal(s).split(".") as [string, string?];
    return [BigInt(int + frac), frac.length];
  };
  const [x, xs] = scale(a);
  const [y, ys] = scale(b);
  const digits = (x * y).toString().padStart(xs + ys + 1, "0");
  const point = digits.length - (xs + ys);
  return canonicalDecimal(`${digits.slice(0, point)}.${digits.slice(point) || "0"}`);
}
