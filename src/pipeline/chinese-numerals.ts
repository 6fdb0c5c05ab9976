/** Chinese numerals used in heading markers (一、 / （十二）) → integers. */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses 一 … 九十九. Returns null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const tenAt = s.indexOf("十");
  if (tenAt === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  const tens = tenAt === 0 ? 1 : DIGITS[s.slice(0, tenAt)];
  const onesStr = s.slice(tenAt + 1);
  const ones = onesStr === "" ? 0 : DIGITS[onesStr];
  if (tens === undefined || ones === undefined || tenAt > 1 || onesStr.length > 1) return null;
  return tens * 10 + ones;
}
