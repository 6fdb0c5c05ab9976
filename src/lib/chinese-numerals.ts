/** Chinese numerals as written in heading markers (一、 / （十二）) and counts (九大任务), both ways, 0 … 99. */
const DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const VALUE: Record<string, number> = Object.fromEntries(DIGITS.map((d, i) => [d, i]));

/** Parses 一 … 九十九. Returns null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const tenAt = s.indexOf("十");
  if (tenAt === -1) return s.length === 1 ? (VALUE[s] ?? null) : null;
  const tens = tenAt === 0 ? 1 : VALUE[s.slice(0, tenAt)];
  const onesStr = s.slice(tenAt + 1);
  const ones = onesStr === "" ? 0 : VALUE[onesStr];
  if (tens === undefined || ones === undefined || tenAt > 1 || onesStr.length > 1) return null;
  return tens * 10 + ones;
}

/** `chineseNumeral(10)` → "十", `12` → "十二", `20` → "二十", `0` → "〇"; the inverse of parseChineseNumeral. Throws outside 0 … 99. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumeral: expected an integer 0 … 99, got ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}
