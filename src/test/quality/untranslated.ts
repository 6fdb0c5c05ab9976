/**
 * The untranslated-Chinese check for pages in a language other than Chinese: a reader who knows no
 * Chinese must never meet Han characters except where the page says they are Chinese on purpose
 * (a quotation of the report, a glossary term, a name in the original), marked `lang="zh-CN"` (or
 * any `zh…` tag) on the element or an ancestor.
 *
 * `untranslatedChinese` is one self-contained function over a Document, so the same code runs in
 * Chromium (`page.evaluate`, visit-checks.ts) and on a parsed page in a unit test. It reads what a
 * reader can meet: every text node (SVG text, <title> and <desc> included; not <script>, <style>
 * or <template>), the document title, and the alt, title, aria-label, aria-description and
 * placeholder attributes.
 */

/** At most this many problems per page, so one untranslated chart does not flood the report. */
export const MAX_REPORTED = 8;

/** Each shown text holding Han characters outside a Chinese-marked element: `<tag> "text"`. */
export function untranslatedChinese(doc: Document): string[] {
  const han = /\p{Script=Han}/u;
  const skip = new Set(["SCRIPT", "STYLE", "TEMPLATE"]);
  const attrs = ["alt", "title", "aria-label", "aria-description", "placeholder"];
  const found: string[] = [];
  const root = doc.documentElement;
  if (!root) return found;
  for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
    const tag = el.tagName.toUpperCase();
    if (skip.has(tag) || el.closest("script, style, template") !== null) continue;
    // The nearest lang attribute decides; inner helpers are avoided so the function serialises for page.evaluate.
    if ((el.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase().startsWith("zh")) continue;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3 && han.test(node.nodeValue ?? "")) found.push(`<${el.tagName.toLowerCase()}> "${(node.nodeValue ?? "").replace(/\s+/g, " ").trim().slice(0, 40)}"`);
    }
    for (const name of attrs) {
      const value = el.getAttribute(name);
      if (value && han.test(value)) found.push(`<${el.tagName.toLowerCase()} ${name}> "${value.replace(/\s+/g, " ").trim().slice(0, 40)}"`);
    }
  }
  return found;
}

/** Whether a page declares a language the check applies to: any `<html lang>` not Chinese (and not blank). */
export function isNonChineseLang(lang: string | null | undefined): boolean {
  const l = (lang ?? "").trim().toLowerCase();
  return l !== "" && !l.startsWith("zh");
}
