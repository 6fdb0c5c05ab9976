/**
 * Static downloads for every chart of every edition, written at build time: `<edition path>downloads/<id>.csv|svg|png|json|txt`
 * (see src/embed/paths.ts), under its id and under every former id (alias), so a published download
 * link keeps working. A chart added to a story gets its files without any change here.
 */
import type { APIRoute } from "astro";
import { allCharts, chartsOf } from "../../../stories/index";
import { editionRoutes } from "../../../edition";
import type { ChartDef } from "../../../stories/types";
import { DOWNLOAD_KINDS, type DownloadKind } from "../../../embed/paths";
import { chartCitation, chartCsv, chartPng, chartSvg, prefetchPngs } from "../../../embed/chart-files";
import { citationText } from "../../../embed/citation";

export function getStaticPaths() {
  prefetchPngs(allCharts()); // the pictures render in the background while the other pages are written
  return editionRoutes().flatMap(({ params, props: { edition } }) =>
    chartsOf(edition).flatMap((chart) =>
      [chart.id, ...(chart.aliases ?? [])].flatMap((id) => DOWNLOAD_KINDS.map((kind) => ({ params: { ...params, file: `${id}.${kind}` }, props: { chart, kind } }))),
    ),
  );
}

const TYPES: Record<DownloadKind, string> = {
  csv: "text/csv; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  json: "application/json; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

async function body(chart: ChartDef, kind: DownloadKind): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (kind) {
    case "csv":
      return chartCsv(chart);
    case "svg":
      return `<?xml version="1.0" encoding="UTF-8"?>\n${chartSvg(chart)}\n`;
    case "png":
      return new Uint8Array(await chartPng(chart));
    case "json":
      return `${JSON.stringify(chartCitation(chart).json, null, 2)}\n`;
    case "txt":
      return citationText(chartCitation(chart));
  }
}

export const GET: APIRoute = async ({ props }) => {
  const { chart, kind } = props as { chart: ChartDef; kind: DownloadKind };
  return new Response(await body(chart, kind), { headers: { "content-type": TYPES[kind] } });
};
