/**
 * Everything a chart publishes besides its page, computed once per build per chart: the rendered
 * result, the CSV, the standalone SVG, the PNG, the citation and the embed code. Pages and the
 * download endpoint call these, so what a page links to is exactly what gets written.
 */
import { standaloneSvg } from "../charts/shared/standalone";
import type { ChartResult } from "../charts/types";
import { citedFigure, loadReport, sectionById } from "../data/load";
import { curatedAnchor } from "../data/cited";
import { languageSwitchText } from "../lang/alternates";
import { sectionLabelIn } from "../lang/section-label";
import { uiStrings, uiText } from "../lang/ui";
import { reportsPage } from "../lang/t";
import type { ChartDef } from "../stories/types";
import { citation, type Citation } from "./citation";
import { tableCsv, type RowSource } from "./csv";
import { downloadPath, embedPath, HOST_SCRIPT_PATH, type DownloadKind } from "./paths";
import { framedSvg } from "./framed-svg";
import { findCjkFonts, pngCacheDir, renderPngCached, svgSize } from "./png";
import { counter, type Counter } from "../build/progress";
import { rowSources, type FigureLookup, type SectionUrl } from "./row-sources";
import { siteUrl } from "./site-url";
import { embedBox, embedSnippet } from "./snippet";
import { htmlToText } from "./plain-text";
import { renderCopyHtml } from "../stories/copy-context";
import { editionOfChart } from "../stories/index";

const rendered = new Map<string, ChartResult>();

/** `chart.render()`, once per build (renderers are pure, so the first result is the result). */
export function renderOnce(chart: ChartDef): ChartResult {
  let result = rendered.get(chart.id);
  if (!result) rendered.set(chart.id, (result = chart.render()));
  return result;
}

/** The takeaway as plain text (tokens resolved to the figures as written), for meta tags and files. */
export function takeawayText(chart: ChartDef): string {
  return htmlToText(renderCopyHtml(chart.takeaway, editionOfChart(chart)));
}

/** The chart's embed page relative to the site base, under its edition's path (`yq2025/embed/<id>/`). */
export function chartEmbedPath(chart: ChartDef, id = chart.id): string {
  return editionOfChart(chart).pagePath(embedPath(id));
}

/** One of the chart's downloads relative to the site base, under its edition's path. */
export function chartDownloadPath(chart: ChartDef, kind: DownloadKind, id = chart.id): string {
  return editionOfChart(chart).pagePath(downloadPath(id, kind));
}

/** Absolute URL of a paragraph of the chart's report in its edition's annotated report. */
export function sourceUrl(chart: ChartDef, sectionId: string): string {
  return siteUrl(editionOfChart(chart).pagePath(`report/#${sectionId}`));
}

/**
 * A paragraph of `reportId`: the annotated report for the chart's own report, the report's text page
 * for another (national); a figure of a report whose text is absent, its curated row on the report's page.
 */
export function sectionUrlIn(chart: ChartDef): SectionUrl {
  const edition = editionOfChart(chart);
  return (sectionId, reportId, figureId) => {
    if (sectionId === null) return siteUrl(reportsPage(edition, `${reportId}/#${curatedAnchor(figureId ?? "")}`));
    return reportId === chart.reportId ? sourceUrl(chart, sectionId) : siteUrl(reportsPage(edition, `${reportId}/text/#${sectionId}`));
  };
}

/** The figure a table row names, in its own report (src/data/cited.ts); a missing id is an error, never a guess. */
export function chartFigureLookup(chart: ChartDef): FigureLookup {
  return (ref) => {
    const reportId = ref.reportId ?? chart.reportId;
    const f = citedFigure(reportId, ref.figureId);
    if (!f) throw new Error(`chart ${chart.id}: figure id "${ref.figureId}" is not in data/${reportId}/figures.csv nor named by a curated row of ${reportId}`);
    return f;
  };
}

/** The CSV's source columns, one per table row. */
export function chartRowSources(chart: ChartDef): RowSource[] {
  return rowSources(renderOnce(chart).table, chart.id, chart.reportId, chartFigureLookup(chart), sectionUrlIn(chart));
}

/** A text of the chart's language (src/content/ui/<lang>.yaml). */
function chartText(chart: ChartDef, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return uiText(uiStrings(editionOfChart(chart).lang), key, vars);
}

export function chartCsv(chart: ChartDef): string {
  return tableCsv(renderOnce(chart).table, chartRowSources(chart), editionOfChart(chart).lang);
}

/** The chart's source paragraphs as its edition's readers name them (回顾 第2段 / review, paragraph 2). */
export function chartSourceLabels(chart: ChartDef): string[] {
  const lang = editionOfChart(chart).lang;
  return chart.sourceIds.map((id) => {
    const section = sectionById(chart.reportId, id);
    if (!section) throw new Error(`chart ${chart.id}: source id "${id}" is not in data/${chart.reportId}/sections.csv`);
    return sectionLabelIn(lang, section);
  });
}

/** "来源：阳泉市2024年政府工作报告：回顾 第2段" / "Source: …, review, paragraph 2 (in Chinese)": the edition's source line with the paragraphs. */
export function chartSourceLine(chart: ChartDef): string {
  const labels = chartSourceLabels(chart);
  const sections = labels.join(chartText(chart, "embed.list_sep"));
  return `${editionOfChart(chart).labels.source}${labels.length > 0 ? chartText(chart, "embed.source_sep") + sections : ""}${chartText(chart, "embed.in_original")}`;
}

export function chartSvg(chart: ChartDef): string {
  return standaloneSvg(renderOnce(chart).svg, "light", editionOfChart(chart).areas);
}

let fonts: string[] | undefined;

/** The picture the PNG is drawn from: title, chart and source line. */
export function chartPngSvg(chart: ChartDef): string {
  const edition = editionOfChart(chart);
  return framedSvg(chartSvg(chart), { title: chart.title, source: `${edition.labels.source} · ${edition.siteName}`, theme: "light" });
}

/**
 * Pictures drawn at once. resvg's WebAssembly draws on the main thread (about 50 ms a chart here),
 * so one at a time: each render runs between Astro's page writes.
 */
const PNG_PARALLEL = 1;
const pngJobs = new Map<string, Promise<Buffer>>();
let pngQueue: ChartDef[] = [];
let running = 0;
let pngCounter: Counter | undefined;

function pump(): void {
  while (running < PNG_PARALLEL && pngQueue.length > 0) {
    const chart = pngQueue.shift()!;
    const job = pngJobs.get(chart.id)! as Promise<Buffer> & { start?: () => void };
    running++;
    job.start!();
  }
}

function queue(chart: ChartDef): Promise<Buffer> {
  let start!: () => void;
  const job = new Promise<Buffer>((resolve, reject) => {
    start = () => {
      fonts ??= findCjkFonts();
      renderPngCached(chartPngSvg(chart), fonts, pngCacheDir())
        .then(({ png, cached }) => {
          pngCounter?.tick(cached);
          resolve(png);
        }, reject)
        .finally(() => {
          running--;
          pump();
        });
    };
  });
  job.catch(() => undefined); // awaited by the chart's endpoint, which reports the error
  pngJobs.set(chart.id, Object.assign(job, { start }));
  pngQueue.push(chart);
  return job;
}

/**
 * Starts drawing every chart's PNG in the background (cache first), a few at a time, so the
 * pictures render while Astro writes the other pages. Idempotent; `chartPng` awaits the result.
 */
export function prefetchPngs(charts: readonly ChartDef[]): void {
  const fresh = charts.filter((c) => !pngJobs.has(c.id));
  if (fresh.length === 0) return;
  pngCounter ??= counter("PNG", charts.length, 10);
  for (const c of fresh) queue(c);
  pump();
}

/** The print picture, rasterised with Noto CJK (cached by content). */
export function chartPng(chart: ChartDef): Promise<Buffer> {
  if (!pngJobs.has(chart.id)) prefetchPngs([chart]);
  return pngJobs.get(chart.id)!;
}

export function chartCitation(chart: ChartDef): Citation {
  const { meta } = loadReport(chart.reportId);
  const edition = editionOfChart(chart);
  const foreign = !edition.lang.toLowerCase().startsWith("zh");
  return citation({
    chartTitle: chart.title,
    chartId: chart.id,
    siteName: edition.siteName,
    url: siteUrl(chartEmbedPath(chart)),
    report: meta,
    lang: edition.lang,
    ...(foreign ? { sourceLine: chartSourceLine(chart) } : {}),
  });
}

/** The embed page's link back to the story: "在<site name> 中查看". */
export function embedMoreText(chart: ChartDef): string {
  return chartText(chart, "page.view_on_site", { site: editionOfChart(chart).siteName });
}

/** The paste-ready iframe + host script, with absolute URLs. */
export function chartSnippet(chart: ChartDef): string {
  return embedSnippet({
    embedUrl: siteUrl(chartEmbedPath(chart)),
    scriptUrl: siteUrl(HOST_SCRIPT_PATH),
    title: chart.title,
    box: embedBox(svgSize(chartSvg(chart)), {
      title: chart.title,
      takeaway: takeawayText(chart),
      unit: chartText(chart, "embed.unit", { unit: chart.unit }),
      more: embedMoreText(chart),
      source: chartSourceLine(chart),
      languages: languageSwitchText(editionOfChart(chart), chartEmbedPath(chart)),
      ...(chart.note ? { note: `${uiText(uiStrings(editionOfChart(chart).lang), "page.chart_note")}${htmlToText(renderCopyHtml(chart.note, editionOfChart(chart)))}` } : {}),
    }),
  });
}
