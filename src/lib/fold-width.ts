/**
 * The one normal form in which quotes are compared with report text: full-width digits, Latin
 * letters, ． and ％ folded to ASCII — the same characters src/pipeline/normalize.ts folds when it
 * writes sections.csv, so a quote copied from the seed (３．２％) and one copied from the site
 * (3.2%) both match. One character in, one out: offsets into the text stay valid.
 */
const FULL_WIDTH_NUMERIC = /[\uFF10-\uFF19\uFF0E\uFF05\uFF21-\uFF3A\uFF41-\uFF5A]/g;

export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_NUMERIC, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
