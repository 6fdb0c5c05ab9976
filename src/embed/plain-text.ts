/** Rendered copy HTML → the text a reader sees, for meta descriptions and files. Only our own escaping is undone. */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

export function htmlToText(html: string): string {
  // Words only a screen reader hears (a link's " (in Chinese)") are not part of the text a reader sees.
  return html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, "").replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}
