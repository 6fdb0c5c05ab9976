/**
 * The code a journalist pastes: an iframe that works alone at a sensible height, plus the host
 * script that then fits it to its content. Absolute URLs only — it runs on someone else's page.
 */
import { escapeHtml } from "../stories/copy";

export interface SnippetInput {
  /** Absolute URL of the embed page. */
  embedUrl: string;
  /** Absolute URL of the host script. */
  scriptUrl: string;
  /** Accessible name of the frame (the chart title). */
  title: string;
  /** Height in px used until the host script measures the content (and forever without it). */
  height: number;
}

/** Chrome around the picture on the embed page at phone width: title, takeaway, unit, source, link. */
const EMBED_CHROME_PX = 260;

/** A default frame height for a chart whose SVG is `svgHeight` px tall at its layout width. */
export function defaultEmbedHeight(svgHeight: number): number {
  if (!(svgHeight > 0)) throw new Error(`defaultEmbedHeight: expected a positive SVG height, got ${svgHeight}`);
  return Math.ceil(svgHeight + EMBED_CHROME_PX);
}

/**
 * The paste-ready HTML. The inline style is deliberate: it is the host's page, not ours, and
 * width 100% without a border must hold even when the host script is stripped.
 */
export function embedSnippet({ embedUrl, scriptUrl, title, height }: SnippetInput): string {
  for (const [name, url] of [["embedUrl", embedUrl], ["scriptUrl", scriptUrl]] as const) {
    if (!/^https?:\/\//.test(url)) throw new Error(`embedSnippet: ${name} must be an absolute http(s) URL, got "${url}"`);
  }
  return (
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" height="${Math.ceil(height)}" ` +
    `style="width:100%;border:0" loading="lazy" data-yq-embed></iframe>\n` +
    `<script src="${escapeHtml(scriptUrl)}" async></script>`
  );
}
