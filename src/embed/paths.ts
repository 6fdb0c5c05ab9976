/** Where each chart's embed page and downloads live, relative to the site base. One scheme, used everywhere. */

import { uiStrings, uiText } from "../lang/ui";

export type DownloadKind = "csv" | "svg" | "png" | "json" | "txt";

export const DOWNLOAD_KINDS: readonly DownloadKind[] = ["csv", "svg", "png", "json", "txt"];

/** Readers see these names next to the links, in the page's language (src/content/ui/<lang>.yaml, `embed.downloads`). */
export function downloadLabels(lang = "zh-CN"): Record<DownloadKind, string> {
  const ui = uiStrings(lang);
  return Object.fromEntries(DOWNLOAD_KINDS.map((k) => [k, uiText(ui, `embed.downloads.${k}`)])) as Record<DownloadKind, string>;
}

export const DOWNLOAD_LABELS: Record<DownloadKind, string> = downloadLabels("zh-CN");

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
