/**
 * Links that leave a reader's language: on a page not in Chinese, a link to a page that exists only
 * in Chinese (the full report texts, the report pages, the Chinese edition) must carry
 * hreflang="zh-CN" and say so in its name ("… (in Chinese)", "All reports (Chinese)", or the
 * language switch's 中文). Returns one line per link that does not.
 */
export interface LinkTarget {
  /** The linked page's `<html lang>`, or undefined when the link leaves the built site or names no page. */
  lang: string | undefined;
}

const SAYS_CHINESE = /\bChinese\b|中文/;

export function unmarkedLanguageLinks(doc: Document, pageLang: string, target: (href: string) => LinkTarget): string[] {
  const problems: string[] = [];
  for (const a of doc.querySelectorAll("a[href]")) {
    const href = a.getAttribute("href")!;
    const lang = target(href).lang;
    if (!lang || lang === pageLang || !lang.toLowerCase().startsWith("zh")) continue;
    const hreflang = a.getAttribute("hreflang") ?? "";
    const name = `${a.getAttribute("aria-label") ?? ""} ${a.textContent ?? ""}`;
    if (hreflang !== lang) problems.push(`${href}: hreflang "${hreflang}", expected "${lang}"`);
    if (!SAYS_CHINESE.test(name)) problems.push(`${href}: "${name.trim()}" does not say the page is in Chinese`);
  }
  return problems;
}
