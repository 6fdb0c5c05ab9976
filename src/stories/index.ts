/**
 * Every story on the site, in menu order, and the charts they show. Every story is a content file
 * (src/content/stories/<edition>/<slug>.yaml, derived by src/specs/derive.ts).
 * Pages, the annotated report and embeds find every story and chart from this module.
 */
import type { ChartDef, Story } from "./types";
import { siteEdition } from "../edition";
import { loadContentStories } from "../specs/load";

const KIND_ORDER: Record<Story["kind"], number> = { overview: 0, review: 1, area: 2 };

/** Overview, review, then the areas in report order. */
function byMenuOrder(a: Story, b: Story): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.areaNo ?? 0) - (b.areaNo ?? 0);
}

export const stories: Story[] = [...loadContentStories(siteEdition())].sort(byMenuOrder);

/** The page a story lives on, relative to the site base: "" (overview), "review/", "areas/<slug>/". */
export function storyPath(story: Pick<Story, "kind" | "slug">): string {
  if (story.kind === "overview") return "";
  if (story.kind === "review") return "review/";
  return `areas/${story.slug}/`;
}

export function storyBySlug(slug: string): Story | undefined {
  return stories.find((s) => s.slug === slug);
}

/** Every chart of every story, checked once: ids and aliases must be unique across the site. */
export function allCharts(): ChartDef[] {
  const seen = new Map<string, string>();
  const charts: ChartDef[] = [];
  for (const story of stories) {
    for (const chart of story.charts) {
      for (const id of [chart.id, ...(chart.aliases ?? [])]) {
        const other = seen.get(id);
        if (other) throw new Error(`chart id "${id}" is used by story "${story.slug}" and story "${other}"; chart ids must be unique`);
        seen.set(id, story.slug);
      }
      charts.push(chart);
    }
  }
  return charts;
}

/** The chart with this id (or former id); throws naming the id when there is none. */
export function chartById(id: string): ChartDef {
  const chart = allCharts().find((c) => c.id === id || c.aliases?.includes(id));
  if (!chart) throw new Error(`unknown chart id "${id}" — expected one of: ${allCharts().map((c) => c.id).join(", ")}`);
  return chart;
}

/** The story that shows this chart. */
export function storyOfChart(chart: ChartDef): Story {
  const story = stories.find((s) => s.charts.includes(chart));
  if (!story) throw new Error(`chart "${chart.id}" belongs to no story in src/stories/index.ts`);
  return story;
}
