/**
 * Substring search over a report's sentences (the index built by report-index.ts). No imports: the
 * search page's script bundles this file alone, so it stays a few KB.
 */

/** The index as written to `<edition>search/report.json`. */
export interface SearchIndex {
  /** The report's id and title, so the page can say what it searched. */
  report: { id: string; title: string };
  /** Paragraphs: [section id, reader-facing label (回顾（七） …)]. Sentences refer to them by position. */
  sections: [string, string][];
  /** Sentences: [index into `sections`, text]. */
  sentences: [number, string][];
  /** Topics: [slug, label], for "我关心" links when a query names one. */
  topics: [string, string][];
}

/** Folds what a reader may type differently from the text: full-width ASCII forms and Latin case. */
export function foldQuery(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ").toLowerCase();
}

export interface SearchHit {
  section: string;
  label: string;
  text: string;
  /** Offsets of every match in `text`, for highlighting. */
  at: number[];
}

/** Sentences containing `query` (after folding; surrounding spaces ignored), in reading order, at most `limit`. */
export function searchIndex(index: SearchIndex, query: string, limit = 200): { hits: SearchHit[]; total: number } {
  const q = foldQuery(query.trim());
  if (!q) return { hits: [], total: 0 };
  const hits: SearchHit[] = [];
  let total = 0;
  for (const [si, text] of index.sentences) {
    const folded = foldQuery(text);
    const at: number[] = [];
    for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) at.push(i);
    if (at.length === 0) continue;
    total++;
    if (hits.length < limit) {
      const [section, label] = index.sections[si]!;
      hits.push({ section, label, text, at });
    }
  }
  return { hits, total };
}
