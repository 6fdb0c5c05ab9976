/**
 * Every edition's stories, in menu order, and the charts they show. Every story is a content file
 * (src/content/stories/<edition>/<slug>.yaml, derived by src/specs/derive.ts).
 * Pages, the annotated report and embeds find every story and chart from this module.
 */
import type { ChartDef, Story } from "./types";
import { loadEditions, type Edition } from "../edition";
import { loadContentStories } from "../specs/load";
import { aliasesOf } from "../specs/published-ids";
import { methodChartDefs } from "../reports/method-charts";

const KIND_ORDER: Record<Story["kind"], number> = { overview: 0, review: 1, area: 2 };

/** Overview, review, then the areas in report order. */
function byMenuOrder(a: Story, b: Story): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.areaNo ?? 0) - (b.areaNo ?? 0);
}

const storiesByEdition = new Map<string, Story[]>();

/** The edition's stories in menu order (overview, review, areas), from its story files. */
export function storiesOf(edition: Edition): Story[] {
  let list = storiesByEdition.get(edition.id);
  if (!list) {
    list = [...loadContentStories(edition)].sort(byMenuOrder);
    storiesByEdition.set(edition.id, list);
  }
  return list;
}

const methodByEdition = new Map<string, ChartDef[]>();

/**
 * The method view's charts of the edition's report (<edition path>reports/<id>/#method): counts of
 * figures, characters, paragraphs and words. Site charts like the stories', shown on the report page.
 */
export function methodChartsOf(edition: Edition): ChartDef[] {
  // The method view belongs to the report pages (/reports/<id>/), which are Chinese only so far.
  if (!edition.lang.toLowerCase().startsWith("zh")) return [];
  let list = methodByEdition.get(edition.id);
  if (!list) {
    list = methodChartDefs(edition.reportId, edition.chartId, aliasesOf);
    methodByEdition.set(edition.id, list);
  }
  return list;
}

/** Whether a chart belongs to a report page's method view rather than to a story. */
export function isMethodChart(chart: ChartDef): boolean {
  return loadEditions().some((e) => methodChartsOf(e).includes(chart));
}

/** Every story of every edition, edition by edition (root edition first). */
export function allStories(): Story[] {
  return loadEditions().flatMap(storiesOf);
}

/** The edition that tells `story`. */
export function editionOfStory(story: Story): Edition {
  const edition = loadEditions().find((e) => storiesOf(e).includes(story));
  if (!edition) throw new Error(`story "${story.slug}" belongs to no edition's stories`);
  return edition;
}

/** The edition whose story shows `chart` (its citations, source line and copy links are that edition's). */
export function editionOfChart(chart: ChartDef): Edition {
  const method = loadEditions().find((e) => methodChartsOf(e).includes(chart));
  return method ?? editionOfStory(storyOfChart(chart));
}

/** A story's page within its edition: "" (overview), "review/", "areas/<slug>/". */
export function storyPage(story: Pick<Story, "kind" | "slug">): string {
  if (story.kind === "overview") return "";
  if (story.kind === "review") return "review/";
  return `areas/${story.slug}/`;
}

/** The page a story lives on, relative to the site base: its edition's path + its page ("yq2025/areas/demand/"). */
export function storyPath(story: Story): string {
  return editionOfStory(story).pagePath(storyPage(story));
}

/** The edition's story with this slug. */
export function storyBySlug(slug: string, edition: Edition): Story | undefined {
  return storiesOf(edition).find((s) => s.slug === slug);
}

let chartsChecked: ChartDef[] | undefined;

/** Every chart of every edition's stories, checked once: ids and aliases must be unique across the site. */
export function allCharts(): ChartDef[] {
  if (chartsChecked) return chartsChecked;
  const seen = new Map<string, string>();
  const charts: ChartDef[] = [];
  for (const edition of loadEditions()) {
    for (const story of [...storiesOf(edition), { slug: "method", charts: methodChartsOf(edition) }]) {
      const name = `${edition.id}/${story.slug}`;
      for (const chart of story.charts) {
        for (const id of [chart.id, ...(chart.aliases ?? [])]) {
          const other = seen.get(id);
          if (other) throw new Error(`chart id "${id}" is used by story "${name}" and story "${other}"; chart ids must be unique`);
          seen.set(id, name);
        }
        charts.push(chart);
      }
    }
  }
  chartsChecked = charts;
  return charts;
}

/** The charts of the edition's stories, in menu order, then those of its report page's method view. */
export function chartsOf(edition: Edition): ChartDef[] {
  return [...storiesOf(edition).flatMap((s) => s.charts), ...methodChartsOf(edition)];
}

/**
 * Where a chart stands in its story: the anchor of the first step that shows it, or the story page
 * itself for a chart no step shows (kept only so that its published embed keeps working).
 */
export function chartInStoryPath(story: Story, chart: ChartDef): string {
  return story.steps.some((s) => s.chartId === chart.id) ? `${storyPath(story)}#chart-${chart.id}` : storyPath(story);
}

/** Where a chart stands, relative to the site base: its place in its story, or in its report page's method view. */
export function chartPagePath(chart: ChartDef): string {
  if (isMethodChart(chart)) return `${editionOfChart(chart).languagePage(`reports/${chart.reportId}/`)}#chart-${chart.id}`;
  return chartInStoryPath(storyOfChart(chart), chart);
}

/** The chart with this id (or former id); throws naming the id when there is none. */
export function chartById(id: string): ChartDef {
  const chart = allCharts().find((c) => c.id === id || c.aliases?.includes(id));
  if (!chart) throw new Error(`unknown chart id "${id}" — expected one of: ${allCharts().map((c) => c.id).join(", ")}`);
  return chart;
}

/** The story that shows this chart. */
export function storyOfChart(chart: ChartDef): Story {
  const story = allStories().find((s) => s.charts.includes(chart));
  if (!story) throw new Error(`chart "${chart.id}" belongs to no story in src/stories/index.ts`);
  return story;
}
