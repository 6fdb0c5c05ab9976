/**
 * Everything a chart publishes besides its page, computed once per build per chart: the rendered
 * result, the CSV, the standalone SVG, the PNG, the citation and the embed code. Pages and the
 * download endpoint call these, so what a page links to is exactly what gets written.
 */
import path from "node:path";
import { standaloneSvg } from "../charts/shared/standalone";
import type { ChartResult } from "../charts/types";
import { figureById, loadReport } from "../data/load";
import { editionOfReport } from "../edition";
import type { ChartDef } from "../stories/types";
import { citation, type Citation } from "./citation";
import { tableCsv } from "./csv";
import { embedPath, HOST_SCRIPT_PATH } from "./paths";
import { framedSvg } from "./framed-svg";
import { findCjkFonts, renderPngCached, svgSize } from "./png";
import { rowSources, type SourceFigure } from "./row-sources";
import { siteUrl } from "./site-url";
import { defaultEmbedHeight, embedSnippet } from "./snippet";
import { htmlToText } from "./plain-text";
import { renderCopyHtml } from "../stories/copy-context";

const rendered = new Map<string, ChartResult>();

/** `chart.render()`, once per build (renderers are pure, so the first result is the result). */
export function renderOnce(chart: ChartDef): ChartResult {
  let result = rendered.get(chart.id);
  if (!result) rendered.set(chart.id, (result = chart.render()));
  return result;
}

/** The takeaway as plain text (tokens resolved to the figures as written), for meta tags and files. */
export function takeawayText(chart: ChartDef): string {
  return htmlToText(renderCopyHtml(chart.takeaway));
}

export function sourceUrl(sectionId: string): string {
  return siteUrl(`report/#${sectionId}`);
}

export function chartCsv(chart: ChartDef): string {
  const { table } = renderOnce(chart);
  const figures: SourceFigure[] = chart.figureIds.map((id) => {
    const f = figureById(chart.reportId, id);
    if (!f) throw new Error(`chart ${chart.id}: figure id "${id}" is not in data/${chart.reportId}/figures.csv`);
    return f;
  });
  return tableCsv(table, rowSources(table, figures, chart.sourceIds, sourceUrl));
}

export function chartSvg(chart: ChartDef): string {
  return standaloneSvg(renderOnce(chart).svg, "light", editionOfReport(chart.reportId).areas);
}

/** PNG cache lives with the other build scratch files (git-ignored). */
const PNG_CACHE_DIR = path.join(process.cwd(), ".tmp", "png-cache");
let fonts: string[] | undefined;

/** The picture the PNG is drawn from: title, chart and source line. */
export function chartPngSvg(chart: ChartDef): string {
  const edition = editionOfReport(chart.reportId);
  return framedSvg(chartSvg(chart), { title: chart.title, source: `${edition.labels.source} · ${edition.siteName}`, theme: "light" });
}

/** The print picture, rasterised with Noto CJK (cached by content). */
export function chartPng(chart: ChartDef): Buffer {
  fonts ??= findCjkFonts();
  return renderPngCached(chartPngSvg(chart), fonts, PNG_CACHE_DIR);
}

export function chartCitation(chart: ChartDef): Citation {
  const { meta } = loadReport(chart.reportId);
  return citation({ chartTitle: chart.title, chartId: chart.id, siteName: editionOfReport(chart.reportId).siteName, url: siteUrl(embedPath(chart.id)), report: meta });
}

/** The paste-ready iframe + host script, with absolute URLs. */
export function chartSnippet(chart: ChartDef): string {
  return embedSnippet({
    embedUrl: siteUrl(embedPath(chart.id)),
    scriptUrl: siteUrl(HOST_SCRIPT_PATH),
    title: chart.title,
    height: defaultEmbedHeight(svgSize(chartSvg(chart)).height),
  });
}
