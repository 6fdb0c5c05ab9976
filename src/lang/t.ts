/**
 * Page words by the page's edition language (src/content/ui/<lang>.yaml), for the Astro pages and
 * components: `t(edition, "page.data_table")`. Dates as the language writes them.
 */
import { escapeHtml } from "../stories/copy";
import { uiStrings, uiText } from "./ui";
import { siteEdition, type Edition } from "../edition";

export function t(edition: { lang: string }, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return uiText(uiStrings(edition.lang), key, vars);
}

/** Whether an edition's language is Chinese (its pages keep the Chinese layout and wording). */
export function isChinese(edition: { lang: string }): boolean {
  return edition.lang.toLowerCase().startsWith("zh");
}

/** A YYYY-MM-DD date in the language: 2026年11月26日 / 26 November 2026. */
export function dateText(edition: { lang: string }, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`date "${iso}" — expected YYYY-MM-DD`);
  const month = Number(m[2]);
  const months = t(edition, "page.months").split("|");
  return t(edition, "page.date", { year: m[1]!, month, day: Number(m[3]), month_name: months[month - 1]! });
}

/** Text in another language that quotes Chinese (a term, a unit, an example) → escaped HTML with each Chinese run marked lang="zh-CN". */
export function markChinese(text: string): string {
  return escapeHtml(text).replace(/[\p{Script=Han}][\p{Script=Han}\d.%“”（）]*/gu, (m) => `<span lang="zh-CN">${m}</span>`);
}

/** Where an edition's readers find the other reports' pages (/reports/…): its language's, or for a language without them (they are Chinese only), the root language's. */
export function reportsPage(edition: Edition, page = ""): string {
  return (isChinese(edition) ? edition : siteEdition()).languagePage(`reports/${page}`);
}
