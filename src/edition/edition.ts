/**
 * An edition: one report in one language. The only code that knows which report, which years and
 * which language a page is about; everything else asks an Edition. Built from an edition file plus
 * the report's manifest row and its areas.csv rows, so a new edition is data and content only.
 */
import { chineseNumeral } from "../lib/chinese-numerals";
import type { Area, ManifestRow } from "../data/schema";
import type { EditionFile } from "./schema";

/** One work area of the edition's report, in report order. */
export interface EditionArea {
  no: number;
  /** The area's number as the report writes it: 一 … 九, 十, 十一 … */
  numeral: string;
  slug: string;
  /** sections.csv id of the area's heading in the plan part. */
  sectionId: string;
  /** Short name in the edition's language. */
  name: string;
  /** Mark colours on the light and the dark page (areas.csv `color`, `color_dark`). */
  color: string;
  colorDark: string;
}

export interface NavItem {
  /** Relative to the site base (see url.ts `href`). */
  path: string;
  label: string;
}

type Filled<T> = { [K in keyof T]: string };

export interface Edition {
  id: string;
  reportId: string;
  lang: string;
  /** "" for the site root, else "<folder>/": the prefix of every page of this edition. */
  path: string;
  /**
   * Where the pages shared by every edition in this language live (/data/, /about/, /corrections/,
   * /reports/…): the path of the language's first edition ("" for the root edition's language).
   */
  languagePath: string;
  siteName: string;
  place: string;
  /** The report's title from the manifest, e.g. 阳泉市2024年政府工作报告. */
  title: string;
  reviewYear: number;
  planYear: number;
  areas: EditionArea[];
  labels: Filled<EditionFile["labels"]>;
  /** Header, footer and story-pager texts (skip link, nav name, footer links, 上一篇/下一篇). */
  frame: Filled<EditionFile["frame"]>;
  pages: Filled<Omit<EditionFile["pages"], "area_description">>;
  nav: NavItem[];
  /** A page of this edition relative to the site base: `pagePath("review/")` → "yq2025/review/". */
  pagePath(page: string): string;
  /** A language-wide page relative to the site base: `languagePage("data/")` → "en/data/" in English. */
  languagePage(page: string): string;
  /** The edition's form of a chart id: `chartId("demand-sectors")` → "yq2024-demand-sectors". */
  chartId(localId: string): string;
  /**
   * The inverse of `chartId`: the local id of one of this edition's chart ids ("yq2024-en-demand-sectors"
   * → "demand-sectors" in yq2024-en), or undefined for an id of another edition. The same local id in
   * two editions of one report is the same chart told in two languages (embed hreflang, language switch).
   */
  localChartId(chartId: string): string | undefined;
  /** An area story's page description (meta description). */
  areaDescription(storyTitle: string, areaName: string): string;
}

/**
 * The local id of `chartId` in the edition `editionId`, or undefined when the id does not carry the
 * edition's prefix. Edition ids may prefix one another ("yq2024", "yq2024-en"), so ask the edition a
 * chart belongs to (chart ids are unique across the site, checked by stories/index.ts `allCharts`).
 */
function localChartId(editionId: string, chartId: string): string | undefined {
  const prefix = `${editionId}-`;
  if (!chartId.startsWith(prefix) || chartId.length === prefix.length) return undefined;
  return chartId.slice(prefix.length);
}

/** Replaces `{name}` (lower-case letters and _) with `vars[name]`; copy tokens such as {fig:…} are left alone. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`label "${template}": {${name}} cannot be used here`);
    return String(value);
  });
}

function fillAll<T extends Record<string, string>>(templates: T, vars: Readonly<Record<string, string | number>>): Filled<T> {
  return Object.fromEntries(Object.entries(templates).map(([k, v]) => [k, fill(v, vars)])) as Filled<T>;
}

/**
 * The edition described by `file`, for its report's manifest row and areas (any order, any number).
 * `languagePath` is where its language's shared pages live (readEditions passes the path of the
 * first edition in that language; alone, an edition keeps them at its own path).
 */
export function editionOf(file: EditionFile, report: ManifestRow, areaRows: readonly Area[], languagePath = file.path): Edition {
  const english = !file.lang.startsWith("zh");
  const areas = areaRows
    .filter((a) => a.report_id === file.report)
    .sort((a, b) => a.area_no - b.area_no)
    .map((a) => ({
      no: a.area_no,
      numeral: english ? String(a.area_no) : chineseNumeral(a.area_no),
      slug: a.slug,
      sectionId: a.section_id,
      name: english ? a.short_en : a.short_zh,
      color: a.color,
      colorDark: a.color_dark,
    }));
  const vars = {
    review_year: report.review_year,
    plan_year: report.plan_year,
    title: report.title,
    place: file.place,
    area_count: english ? String(areas.length) : chineseNumeral(areas.length),
  };
  const labels = fillAll(file.labels, vars);
  const { area_description, ...pages } = file.pages;
  const at = (page: string) => `${file.path}${page}`;
  const shared = (page: string) => `${languagePath}${page}`;
  return {
    id: file.id,
    reportId: file.report,
    lang: file.lang,
    path: file.path,
    languagePath,
    siteName: file.site_name,
    place: file.place,
    title: report.title,
    reviewYear: report.review_year,
    planYear: report.plan_year,
    areas,
    labels,
    frame: fillAll(file.frame, vars),
    pages: fillAll(pages, vars),
    // /data/ and /about/ are shared by every edition in the language; the rest are the edition's own.
    nav: [
      { path: at(""), label: labels.overview },
      { path: at("review/"), label: labels.review },
      { path: at("areas/"), label: labels.areas },
      { path: at("report/"), label: labels.report },
      { path: at("charts/"), label: labels.charts },
      { path: shared("data/"), label: labels.data },
      { path: shared("about/"), label: labels.about },
    ],
    pagePath: at,
    languagePage: shared,
    chartId: (localId) => `${file.id}-${localId}`,
    localChartId: (chartId) => localChartId(file.id, chartId),
    areaDescription: (storyTitle, areaName) => fill(area_description, { ...vars, story_title: storyTitle, area: areaName }),
  };
}
