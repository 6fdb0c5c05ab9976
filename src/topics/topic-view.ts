/**
 * What a topic page shows (data/topics.csv, data/topic-sentences.csv): for one topic and one report,
 * its sentences in reading order, grouped by part of the report, each with the paragraph it stands
 * in, the story that tells that part, and its figures with the indicators that cite them.
 * Pure over the loaded data; pages render it, tests read it.
 */
import type { Data } from "../data/load";
import type { Figure, Section } from "../data/schema";
import { rowFigures, type Topic } from "../data/topics";

export interface TopicFigure {
  figure: Figure;
  /** Labels of the curated indicators whose values cite this figure (城镇新增就业 …). */
  indicators: string[];
}

export interface TopicItem {
  section: Section;
  sentence: string;
  figures: TopicFigure[];
  /** Page of the story that tells this part of the report, relative to the edition ("areas/livelihoods/"), or null. */
  storyPath: string | null;
  /** The work area of the plan the sentence stands in (its slug), or null outside the plan's areas. */
  areaSlug: string | null;
}

export interface TopicGroup {
  part: Section["part"];
  items: TopicItem[];
}

export interface TopicView {
  topic: Topic;
  groups: TopicGroup[];
  sentences: number;
  figures: number;
}

/** Where each part of a report is told: the stories the edition has, by kind and area. */
export interface StoryPaths {
  /** The overview story (main targets, the plan's opening paragraphs). */
  overview: string | null;
  /** The review story (the review part). */
  review: string | null;
  /** Area stories by the plan area's heading section id (plan-8 → "areas/livelihoods/"). */
  areas: ReadonlyMap<string, { slug: string; path: string | null }>;
}

function storyOf(section: Section, paths: StoryPaths): { storyPath: string | null; areaSlug: string | null } {
  if (section.part === "review") return { storyPath: paths.review, areaSlug: null };
  if (section.part === "plan" && section.area_no !== null) {
    for (const [headingId, area] of paths.areas) {
      if (section.id === headingId || section.id.startsWith(`${headingId}-`)) return { storyPath: area.path, areaSlug: area.slug };
    }
    return { storyPath: null, areaSlug: null };
  }
  if (section.part === "plan") return { storyPath: paths.overview, areaSlug: null };
  return { storyPath: null, areaSlug: null };
}

/** The topic's sentences of `reportId`, in reading order, grouped by part; throws if the topic is unknown. */
export function topicView(data: Pick<Data, "topics" | "topicSentences" | "reports" | "indicators" | "indicatorValues">, slug: string, reportId: string, paths: StoryPaths): TopicView {
  const topic = data.topics.find((t) => t.slug === slug);
  if (!topic) throw new Error(`unknown topic "${slug}" — expected a slug from data/topics.csv: ${data.topics.map((t) => t.slug).join(", ")}`);
  const report = data.reports.get(reportId);
  if (!report) throw new Error(`topic ${slug}: unknown report "${reportId}"`);
  const sections = new Map(report.sections.map((s) => [s.id, s]));
  const labels = new Map(data.indicators.map((i) => [i.slug, i.label_zh]));
  const items: TopicItem[] = data.topicSentences
    .filter((r) => r.topic === slug && r.report_id === reportId)
    .map((r) => {
      const section = sections.get(r.section_id)!;
      const figures = rowFigures(r, section, report.figures).map((figure) => ({
        figure,
        indicators: [...new Set(data.indicatorValues
          .filter((v) => v.report_id === reportId && v.figure_id === figure.id)
          .map((v) => labels.get(v.indicator) ?? v.indicator))],
      }));
      return { section, sentence: r.sentence, figures, ...storyOf(section, paths) };
    })
    .sort((a, b) => a.section.order - b.section.order || a.section.text.indexOf(a.sentence) - b.section.text.indexOf(b.sentence));
  const groups: TopicGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.part === item.section.part) last.items.push(item);
    else groups.push({ part: item.section.part, items: [item] });
  }
  return { topic, groups, sentences: items.length, figures: items.reduce((n, i) => n + i.figures.length, 0) };
}
