/**
 * Text normalisation. Contract: only BOM, line endings, full-width indents and
 * full-width characters that can be part of a number (０-９ ． ％ and full-width
 * Latin letters, which appear in units and names such as ＧＷｈ / ＰＭ２.５) change.
 * Everything else is kept verbatim, so quotes stay findable in the seed.
 */

const FULL_WIDTH_NUMERIC = /[\uFF10-\uFF19\uFF0E\uFF05\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Map one full-width digit, letter, ． or ％ to ASCII. */
function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** BOM and CRLF/CR handling for the whole file; keeps the line count intact. */
export function normalizeFile(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** One line: ASCII digits/letters/%, no indent (full-width 「　」 or ASCII), no surrounding whitespace. */
export function normalizeLine(line: string): string {
  return line.replace(FULL_WIDTH_NUMERIC, toHalfWidth).replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}
