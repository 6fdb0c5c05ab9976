/**
 * The offline search index of a report: every sentence of every paragraph and heading, in reading
 * order, with the paragraph it stands in, plus the topics (so a query that names one offers its page).
 * Written at build time to `<edition>search/report.json` and fetched by the search page's script only
 * (src/client/search.ts), which matches substrings: Chinese needs no word segmentation for that, and a
 * query such as 新能源汽车 or 专精特新 finds exactly the sentences that contain it.
 */
import type { Section } from "../data/schema";
import { sentencesOf } from "../data/topics";
import type { SearchIndex } from "./match";

export type { SearchIndex };

/** Builds the index; `label` names a paragraph for readers. Deterministic: same sections, same bytes. */
export function buildSearchIndex(
  report: { id: string; title: string },
  sections: readonly Section[],
  label: (s: Section) => string,
  topics: readonly { slug: string; label: string }[],
): SearchIndex {
  const ordered = [...sections].sort((a, b) => a.order - b.order);
  const index: SearchIndex = { report, sections: [], sentences: [], topics: topics.map((t) => [t.slug, t.label]) };
  ordered.forEach((s, i) => {
    index.sections.push([s.id, label(s)]);
    for (const sentence of sentencesOf(s.text)) {
      const text = sentence.text.trim();
      if (text) index.sentences.push([i, text]);
    }
  });
  return index;
}
