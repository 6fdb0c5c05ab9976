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
  /** The frame's size until the host script measures the content (and forever without it). */
  box: EmbedBox;
}

/** The narrowest phone the snippet is sized for without the host script. */
export const PHONE_WIDTH = 320;

/** What the embed page shows around the picture (src/pages/[...edition]/embed/[id].astro). */
export interface EmbedText {
  title: string;
  takeaway: string;
  unit: string;
  source: string;
  /** The link back to the story, e.g. "在数读阳泉 2024 中查看" (the edition's site name). */
  more: string;
  /** The 注 under the chart, as shown ("注：…"), when it has one. */
  note?: string;
  /** The language switch under the chart, as shown ("English"), when the chart has another language. */
  languages?: string;
}

/** Width of `text` at `fontPx`: CJK and full-width characters 1 em, others 0.6 em (generous). */
function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return em * fontPx;
}

/** Lines a paragraph takes at `width` px, plus one when it wraps or nearly does (breaks fall early). */
function lines(text: string, fontPx: number, width: number): number {
  const w = textWidth(text, fontPx);
  if (w === 0) return 0;
  return Math.ceil(w / width) + (w > 0.9 * width ? 1 : 0);
}

/**
 * A generous estimate of the embed page's content height at a frame `frameWidth` px wide, from the
 * CSS of layouts/Embed.astro: 12 px padding, content at most 640 px wide and the picture at most
 * 480 px, line height 1.6 (title 18 px, text 16 px, small print 14 px), two closed <details>, the language switch.
 */
export function embedHeightAt(frameWidth: number, svg: { width: number; height: number }, text: EmbedText): number {
  if (!(svg.width > 0 && svg.height > 0)) throw new Error(`embedHeightAt: expected a positive SVG size, got ${svg.width}×${svg.height}`);
  const content = Math.min(frameWidth, 640) - 24;
  const picture = (Math.min(content, 480) * svg.height) / svg.width;
  const small = (t: string) => 8 + lines(t, 14, content) * 22.4;
  const chrome =
    24 + // padding
    lines(text.title, 18, content) * 28.8 + 4 +
    lines(text.takeaway, 16, content) * 25.6 + 4 +
    small(text.unit) +
    (text.note ? small(text.note) : 0) +
    small(text.source) +
    2 * (8 + 24) + // the two <details> summaries
    small(text.more) +
    (text.languages ? small(text.languages) : 0);
  return Math.ceil(picture + chrome);
}

/** The frame's size without the host script: an aspect-ratio box that fits a 320 px phone, capped at the widest layout. */
export interface EmbedBox {
  /** Height at PHONE_WIDTH; also the `height` attribute for browsers without aspect-ratio. */
  phoneHeight: number;
  /** The content height once the page stops growing (frames 640 px and wider), at least phoneHeight. */
  maxHeight: number;
}

export function embedBox(svg: { width: number; height: number }, text: EmbedText): EmbedBox {
  const phoneHeight = embedHeightAt(PHONE_WIDTH, svg, text);
  // A picture drawn at a fixed size does not grow with the frame; the cap is never below the phone's height.
  return { phoneHeight, maxHeight: Math.max(phoneHeight, embedHeightAt(640, svg, text)) };
}

/**
 * The paste-ready HTML. The inline style is deliberate: it is the host's page, not ours, and the
 * frame must show the whole chart even when a CMS strips the host script: full width, and a height
 * that grows with the width from the height at a 320 px phone (aspect-ratio), up to the height of
 * the widest layout. The host script then sets the measured height.
 */
export function embedSnippet({ embedUrl, scriptUrl, title, box }: SnippetInput): string {
  for (const [name, url] of [["embedUrl", embedUrl], ["scriptUrl", scriptUrl]] as const) {
    if (!/^https?:\/\//.test(url)) throw new Error(`embedSnippet: ${name} must be an absolute http(s) URL, got "${url}"`);
  }
  return (
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" height="${Math.ceil(box.phoneHeight)}" ` +
    `style="width:100%;height:auto;aspect-ratio:${PHONE_WIDTH}/${Math.ceil(box.phoneHeight)};max-height:${Math.ceil(box.maxHeight)}px;border:0" ` +
    `loading="lazy" data-yq-embed></iframe>\n` +
    `<script src="${escapeHtml(scriptUrl)}" async></script>`
  );
}
