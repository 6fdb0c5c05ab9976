/**
 * Term counts over report text. Both functions order results deterministically:
 * count descending, then first occurrence (text index, then character offset).
 */

export interface VocabularyTerm {
  term: string;
  /** A theme the term belongs to (e.g. a verb class or work area); carried into the result. */
  group: string;
}

export interface TermCount {
  term: string;
  group: string;
  count: number;
  /** Position of the first occurrence: index into `texts` and character offset; null when never found. */
  first: { text: number; offset: number } | null;
}

/**
 * Counts each vocabulary term as a substring (non-overlapping, left to right) in every text.
 * Terms are counted independently: "发展" also counts the one inside "高质量发展".
 * Zero counts are kept, so the result has one row per vocabulary term.
 */
export function countTerms(texts: readonly string[], vocabulary: readonly VocabularyTerm[]): TermCount[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  vocabulary.forEach(({ term }, i) => {
    if (!term) problems.push(`vocabulary[${i}]: empty term`);
    else if (seen.has(term)) problems.push(`vocabulary[${i}]: duplicate term "${term}"`);
    seen.add(term);
  });
  if (problems.length > 0) throw new Error(`countTerms: invalid vocabulary:\n${problems.join("\n")}`);

  const counts = vocabulary.map(({ term, group }) => {
    let count = 0;
    let first: TermCount["first"] = null;
    texts.forEach((text, textIndex) => {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
        count += 1;
        first ??= { text: textIndex, offset: at };
      }
    });
    return { term, group, count, first };
  });
  return counts.sort(byCountThenFirst);
}

/** Sums term counts per group, ordered like the terms (count desc, then the group's first occurrence). */
export function countGroups(counts: readonly TermCount[]): { group: string; count: number; first: TermCount["first"] }[] {
  const groups = new Map<string, { group: string; count: number; first: TermCount["first"] }>();
  for (const c of counts) {
    const g = groups.get(c.group) ?? { group: c.group, count: 0, first: null };
    g.count += c.count;
    if (c.first && (!g.first || comparePosition(c.first, g.first) < 0)) g.first = c.first;
    groups.set(c.group, g);
  }
  return [...groups.values()].sort(byCountThenFirst);
}

export interface TopWordsOptions {
  /** Words never counted (function words, the report's boilerplate). */
  stop?: Iterable<string>;
  /** Minimum length in characters; default 2 (single characters are mostly particles in Chinese). */
  minLength?: number;
  /** Keep at most this many; default all. */
  limit?: number;
}

export interface WordCount {
  word: string;
  count: number;
  first: { text: number; offset: number };
}

/**
 * Most frequent words by `Intl.Segmenter("zh", { granularity: "word" })` (built into Node ≥ 20 with full ICU).
 * Only word-like segments count; numbers and Latin-only tokens are skipped.
 */
export function topWords(texts: readonly string[], options: TopWordsOptions = {}): WordCount[] {
  const stop = new Set(options.stop ?? []);
  const minLength = options.minLength ?? 2;
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  const words = new Map<string, WordCount>();
  texts.forEach((text, textIndex) => {
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike || [...segment].length < minLength || stop.has(segment) || !/\p{Script=Han}/u.test(segment)) continue;
      const entry = words.get(segment);
      if (entry) entry.count += 1;
      else words.set(segment, { word: segment, count: 1, first: { text: textIndex, offset: index } });
    }
  });
  const sorted = [...words.values()].sort(byCountThenFirst);
  return options.limit === undefined ? sorted : sorted.slice(0, options.limit);
}

function byCountThenFirst(a: { count: number; first: TermCount["first"] }, b: { count: number; first: TermCount["first"] }): number {
  if (a.count !== b.count) return b.count - a.count;
  if (!a.first || !b.first) return a.first ? -1 : b.first ? 1 : 0;
  return comparePosition(a.first, b.first);
}

function comparePosition(a: { text: number; offset: number }, b: { text: number; offset: number }): number {
  return a.text - b.text || a.offset - b.offset;
}
