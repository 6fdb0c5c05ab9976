/**
 * The checks of the page-visit pass (page-visit.ts) and the modes it visits. Each check is a gate
 * of its own in page-visits.test.ts. To add one (e.g. a phone-layout check), write a VisitCheck and
 * append it to VISIT_CHECKS: it then runs on the pages already open, at no extra page load.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { DESKTOP_VIEWPORT, foreignUrls, MOBILE_VIEWPORT } from "../browser.ts";
import type { Visit, VisitCheck, VisitMode } from "./page-visit.ts";
import { isContentPage, type SitePage } from "./site-pages.ts";
import { chartTextProblems, headlineProblems, splitNumberProblems } from "./phone-checks.ts";
import { isNonChineseLang, MAX_REPORTED, untranslatedChinese } from "./untranslated.ts";

export const MODES = {
  light360: { name: "light 360px", scheme: "light", viewport: MOBILE_VIEWPORT, javaScriptEnabled: true, site: "root" },
  dark360: { name: "dark 360px", scheme: "dark", viewport: MOBILE_VIEWPORT, javaScriptEnabled: true, site: "root" },
  light1280: { name: "light 1280px", scheme: "light", viewport: DESKTOP_VIEWPORT, javaScriptEnabled: true, site: "root" },
  dark1280: { name: "dark 1280px", scheme: "dark", viewport: DESKTOP_VIEWPORT, javaScriptEnabled: true, site: "root" },
  noJs360: { name: "no JavaScript 360px", scheme: "light", viewport: MOBILE_VIEWPORT, javaScriptEnabled: false, site: "root" },
  subPath360: { name: "sub-path build, light 360px", scheme: "light", viewport: MOBILE_VIEWPORT, javaScriptEnabled: true, site: "base" },
} as const satisfies Record<string, VisitMode>;

/** The four colour scheme × width combinations every page is checked in. */
export const SCHEME_WIDTHS: readonly VisitMode[] = [MODES.light360, MODES.dark360, MODES.light1280, MODES.dark1280];

export function isEmbed(page: SitePage): boolean {
  return page.urlPath.startsWith("embed/");
}

/**
 * The pages a mode visits. All embed pages share one template; one of them stands for it in the
 * colour × width modes (e2e/embed-pages.test.ts opens every embed for the cheap invariants).
 */
export function pagesFor(mode: VisitMode, pages: readonly SitePage[]): SitePage[] {
  if (mode.site === "base" || !mode.javaScriptEnabled) return pages.filter(isContentPage);
  const template = pages.find(isEmbed);
  return pages.filter((p) => !isEmbed(p) || p === template);
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core WCAG 2.0/2.1 A and AA: zero violations in every colour scheme × width. */
export const axeCheck: VisitCheck = {
  name: "axe",
  appliesTo: (_page, mode) => mode.javaScriptEnabled && mode.site === "root",
  async run({ opened, where }) {
    const result = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
    return result.violations.map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ");
      const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : "";
      return `${where} ${v.id} (${v.impact}): ${targets}${more}`;
    });
  },
};

/** Modes in which the page is scrolled to the end and left to settle before its requests are read. */
function settles(mode: VisitMode): boolean {
  return mode === MODES.light360 || mode === MODES.subPath360;
}

/**
 * Runs under its CSP and loads cleanly: no console errors (a CSP violation is one), no failed
 * request, nothing from another origin, status 200 for content pages. Runs last on a visit, so it
 * also sees what the other checks made the page do.
 */
export const requestsCheck: VisitCheck = {
  name: "requests",
  appliesTo: (_page, mode) => mode.javaScriptEnabled,
  async run({ opened, where, mode, page, server }: Visit) {
    if (settles(mode)) {
      await opened.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await opened.page.waitForLoadState("networkidle");
    }
    const problems = [
      ...opened.consoleErrors.map((e) => `${where} console: ${e}`),
      ...opened.failedRequests.map((e) => `${where} request: ${e}`),
      ...foreignUrls(opened.requestedUrls, server.origin).map((u) => `${where} foreign origin: ${u}`),
    ];
    if (isContentPage(page) && opened.status !== 200) problems.push(`${where} status ${opened.status}`);
    return problems;
  },
};

/** Never scrolls sideways on a 360 px phone, with and without JavaScript. */
export const overflowCheck: VisitCheck = {
  name: "overflow",
  appliesTo: (page, mode) => isContentPage(page) && mode.site === "root" && mode.viewport.width === MOBILE_VIEWPORT.width && mode.scheme === "light",
  async run({ opened, where, mode }) {
    const width = await opened.page.evaluate(() => document.documentElement.scrollWidth);
    return width > mode.viewport.width ? [`${where}: ${width}px wide`] : [];
  },
};

const light360 = (page: SitePage, mode: VisitMode) => isContentPage(page) && mode.site === "root" && mode.javaScriptEnabled && mode.viewport.width === MOBILE_VIEWPORT.width && mode.scheme === "light";
const named = (where: string, problems: string[]) => problems.map((p) => `${where}: ${p}`);

/** Every chart text renders at ≥ 12 CSS px on a 360 px phone (phone-checks.ts). */
export const chartTextCheck: VisitCheck = {
  name: "chart text",
  appliesTo: light360,
  run: async ({ opened, where }) => named(where, await chartTextProblems(opened.page)),
};

/** No run of digits is split across two lines on a 360 px phone (phone-checks.ts). */
export const splitNumberCheck: VisitCheck = {
  name: "split numbers",
  appliesTo: light360,
  run: async ({ opened, where }) => named(where, await splitNumberProblems(opened.page)),
};

/** No h1 ends with a single character on its last line, at 360 and 1280 px (phone-checks.ts). */
export const headlineCheck: VisitCheck = {
  name: "headline last line",
  appliesTo: (page, mode) => isContentPage(page) && mode.site === "root" && mode.javaScriptEnabled && mode.scheme === "light",
  run: async ({ opened, where }) => named(where, await headlineProblems(opened.page)),
};

/**
 * A page whose `<html lang>` is not Chinese (the English edition) shows no Han characters outside
 * elements marked `lang="zh-CN"` (untranslated.ts). Text is the same in every mode: checked once, light 360 px.
 */
export const untranslatedCheck: VisitCheck = {
  name: "untranslated Chinese",
  appliesTo: light360,
  async run({ opened, where }) {
    const lang = await opened.page.evaluate(() => document.documentElement.getAttribute("lang"));
    if (!isNonChineseLang(lang)) return [];
    const found = await opened.page.evaluate(`(${untranslatedChinese.toString()})(document)`) as string[];
    const more = found.length > MAX_REPORTED ? [`(+${found.length - MAX_REPORTED} more)`] : [];
    return named(where, [...found.slice(0, MAX_REPORTED).map((f) => `Chinese outside lang="zh-CN": ${f}`), ...more]);
  },
};

/** In the order they run on each visit; `requests` stays last. */
export const VISIT_CHECKS: VisitCheck[] = [axeCheck, overflowCheck, chartTextCheck, splitNumberCheck, headlineCheck, untranslatedCheck, requestsCheck];
