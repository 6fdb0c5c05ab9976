/** Where each chart's embed page and downloads live, relative to the site base. One scheme, used everywhere. */

export type DownloadKind = "csv" | "svg" | "png" | "json" | "txt";

export const DOWNLOAD_KINDS: readonly DownloadKind[] = ["csv", "svg", "png", "json", "txt"];

/** Readers see these names next to the links. */
export const DOWNLOAD_LABELS: Record<DownloadKind, string> = {
  csv: "数据 CSV",
  svg: "矢量图 SVG",
  png: "图片 PNG",
  json: "引用 JSON",
  txt: "引用 TXT",
};

/** `embed/<id>/` */
export function embedPath(chartId: string): string {
  return `embed/${chartId}/`;
}

/** `downloads/<id>.<kind>` */
export function downloadPath(chartId: string, kind: DownloadKind): string {
  return `downloads/${chartId}.${kind}`;
}

/** The host script that resizes embeds. */
export const HOST_SCRIPT_PATH = "embed.js";
