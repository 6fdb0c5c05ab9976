/**
 * Every story on the site, in menu order, and the charts they show. Stories are content files
 * (src/content/stories/<edition>/<slug>.yaml, derived by src/specs/derive.ts); the ones not yet
 * moved there are TypeScript modules below, given their edition's chart ids here.
 * Pages, the annotated report and embeds find every story and chart from this module.
 */
import type { ChartDef, Story } from "./types";
import { siteEdition, type Edition } from "../edition";
import { loadContentStories } from "../specs/load";
import { aliasesOf } from "../specs/published-ids";
import { overview } from "./overview";
import { methodChartDefs } from "../reports/method-charts";

/** A TypeScript story's charts and steps under the edition's chart ids (`demand-sectors` → `yq2024-demand-sectors`). */
function withEditionIds(story: Story, edition: Edition): Story {
  const charts = story.charts.map((c) => {
    const id = edition.chartId(c.id);
    return { ...c, id, aliases: [...new Set([...aliasesOf(id), ...(c.aliases ?? [])])] };
  });
  return { ...story, charts, steps: story.steps.map((s) => ({ ...s, chartId: edition.chartId(s.chartId) })) };
}

const KIND_ORDER: Record<Story["kind"], number> = { overview: 0, review: 1, area: 2 };

/** Overview, review, then the areas in report order. */
function byMenuOrder(a: Story, b: Story): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.areaNo ?? 0) - (b.areaNo ?? 0);
}

const edition = siteEdition();
const typescriptStories = [overview].map((s) => withEditionIds(s, edition));

export const stories: Story[] = [...typescriptStories, ...loadContentStories(edition)].sort(byMenuOrder);

/**
 * The method view's charts of the edition's report (/reports/<id>/#method): counts of figures,
 * characters, paragraphs and words. Site charts like the stories', but shown on the report page.
 */
export const methodCharts: ChartDef[] = methodChartDefs(edition.reportId, edition.chartId, aliasesOf);

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
  for (const story of [...stories, { slug: "method", charts: methodCharts }]) {
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

/** Where a chart stands, relative to the site base: its place in its story, or in its report's method view. */
export function chartPagePath(chart: ChartDef): string {
  if (methodCharts.includes(chart)) return `reports/${chart.reportId}/#chart-${chart.id}`;
  return `${storyPath(storyOfChart(chart))}#chart-${chart.id}`;
}

/** The story that shows this chart. */
export function storyOfChart(chart: ChartDef): Story {
  const story = stories.find((s) => s.charts.includes(chart));
  if (!story) throw new Error(`chart "${chart.id}" belongs to no story in src/stories/index.ts`);
  return story;
}
