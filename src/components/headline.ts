/**
 * Headlines that break only between phrases: the text is cut into words with `Intl.Segmenter`
 * (zh, word granularity) and a <wbr> is put between words, never before closing punctuation or a
 * unit or qualifier after a number (5%左右), nor after opening punctuation. With `word-break: keep-all` (the `.phrased`
 * class) those are the only places a line can break, so "去年增长3.2%" never becomes "去年增/长3.2%".
 */

const NO_BREAK_BEFORE = /^[”’」』）》】〕，。、；：！？…%）)\].,;:!?·]/u;
const NO_BREAK_AFTER = /[“‘「『（《【〔(\[]$/u;
/** A qualifier written after a number stays with it: "5%左右", "10%以上". */
const QUALIFIER_AFTER = /^(左右|上下|以上|以内|以下|之内|及以上|及以下)/u;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The words of `text`, joined so that each allowed break is where a <wbr> goes. */
export function phraseSegments(text: string): string[] {
  const words = joinSingles([...new Intl.Segmenter("zh", { granularity: "word" }).segment(text)].map((s) => s.segment));
  const phrases: string[] = [];
  for (const word of words) {
    const prev = phrases.at(-1);
    const glue = prev !== undefined && (NO_BREAK_BEFORE.test(word) || NO_BREAK_AFTER.test(prev) || /\d$/.test(prev) || /^\d/.test(word) && /[\d.]$/.test(prev) || QUALIFIER_AFTER.test(word) && /[\d%]$/.test(prev));
    if (glue) phrases[phrases.length - 1] = prev + word;
    else phrases.push(word);
  }
  return phrases;
}

/** Words that complete the verb before them (快起来, 慢下来). */
const COMPLEMENT = /^(起来|下来|出来|上来|下去|上去|过来|过去)$/;
const isSingleHan = (w: string) => /^\p{Script=Han}$/u.test(w);

/**
 * The segmenter's dictionary cuts many two-character words into single characters (增|速, 营|收).
 * A run of single characters is read as two-character words; an odd one out joins the word before it
 * (制造|业 → 制造业, 只写|了 → 只写了) unless that word ends in punctuation.
 */
function joinSingles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    if (!isSingleHan(words[i]!)) {
      out.push(words[i]!);
      i += 1;
      continue;
    }
    let j = i;
    while (j < words.length && isSingleHan(words[j]!)) j += 1;
    let run = words.slice(i, j);
    const prev = out.at(-1);
    const next = words[j];
    if (run.length === 1 && next !== undefined && (COMPLEMENT.test(next) || prev === undefined || !/\p{Script=Han}$/u.test(prev))) {
      // 快|起来 → 快起来; 新|产业 (after punctuation) → 新产业
      out.push(run[0] + next);
      i = j + 1;
      continue;
    }
    if (run.length % 2 === 1 && prev !== undefined && /\p{Script=Han}$/u.test(prev)) {
      out[out.length - 1] = prev + run[0];
      run = run.slice(1);
    }
    for (let k = 0; k < run.length; k += 2) out.push(run.slice(k, k + 2).join(""));
    if (run.length % 2 === 1 && run.length > 1) {
      // an odd run with nothing to lean on: its last character stays with the pair before it
      const last = out.pop()!;
      out[out.length - 1] += last;
    }
    i = j;
  }
  return out;
}

/**
 * Escaped HTML of `text` with a <wbr> at each phrase boundary. Inside a phrase, a word joiner (U+2060)
 * follows a number or % that a Han character follows: browsers may break after "%" even under
 * keep-all, which split "5%" from "左右".
 */
export function phraseBreakHtml(text: string): string {
  return phraseSegments(text)
    .map((phrase) => escape(phrase).replace(/([%\d])(?=\p{Script=Han})/gu, "$1\u2060"))
    .join("<wbr>");
}
