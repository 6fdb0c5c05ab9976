/**
 * The checks of the page-visit pass (page-visit.ts) and the modes it visits. Each check is a gate
 * of its own in page-visits.test.ts. To add one (e.g. a phone-layout check), write a VisitCheck and
 * append it to VISIT_CHECKS: it then runs on the pages already open, at no extra page load.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DESKTOP_VIEWPORT, foreignUrls, MOBILE_VIEWPORT } from "../browser.ts";
import { settle, type Visit, type VisitCheck, type VisitMode } from "./page-visit.ts";
import { isContentPage, type SitePage } from "./site-pages.ts";
import { chartFitProblems, chartTextProblems, headlineProblems, splitNumberProblems } from "./phone-checks.ts";
import { isNonChineseLang, MAX_REPORTED, untranslatedChinese } from "./untranslated.ts";

/** The narrowest width an embed is laid out for (a phone column inside a host page). */
export const EMBED_VIEWPORT = { width: 280, height: 600 } as const;

/**
 * The modes of the pass. Each check runs where it can fail: axe once per colour scheme (light at
 * 360 px, dark at 1280 px, so each scheme and each width is seen once), overflow at every width,
 * the phone checks at 360 px, the requests gate in every mode with JavaScript (at "/" and under
 * "/yq2024/"), the no-JavaScript phone once, and every embed page at the narrowest embed width.
 */
export const MODES = {
  light360: { name: "light 360px", scheme: "light", viewport: MOBILE_VIEWPORT, javaScriptEnabled: true, site: "root" },
  dark1280: { name: "dark 1280px", scheme: "dark", viewport: DESKTOP_VIEWPORT, javaScriptEnabled: true, site: "root" },
  noJs360: { name: "no JavaScript 360px", scheme: "light", viewport: MOBILE_VIEWPORT, javaScriptEnabled: false, site: "root" },
  embed280: { name: "embed 280px", scheme: "light", viewport: EMBED_VIEWPORT, javaScriptEnabled: true, site: "root" },
  subPath360: { name: "sub-path build, light 360px", scheme: "light", viewport: MOBILE_VIEWPORT, javaScriptEnabled: true, site: "base" },
} as const satisfies Record<string, VisitMode>;

/** The colour scheme × width visits axe runs in: one per scheme, together covering both widths. */
export const SCHEME_WIDTHS: readonly VisitMode[] = [MODES.light360, MODES.dark1280];

export function isEmbed(page: SitePage): boolean {
  return page.urlPath.startsWith("embed/");
}

/**
 * The pages a mode visits. All embed pages share one template: one of them stands for it in the
 * colour scheme modes (axe, phone checks); every embed page is opened at the embed width for the
 * cheap invariants, and without JavaScript and under the sub-path with every other page.
 */
export function pagesFor(mode: VisitMode, pages: readonly SitePage[]): SitePage[] {
  if (mode === MODES.embed280) return pages.filter(isEmbed);
  if (mode.site === "base" || !mode.javaScriptEnabled) return pages.filter(isContentPage);
  const template = pages.find(isEmbed);
  return pages.filter((p) => !isEmbed(p) || p === template);
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The axe-core build @axe-core/playwright ships with (the engine this gate has always used). The
 * pass injects it into the open page and calls axe.run there once: AxeBuilder would inject it again
 * per call and finish each run in a new blank page, several times the cost per page.
 */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright")).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}

/** axe-core WCAG 2.0/2.1 A and AA: zero violations in each colour scheme (SCHEME_WIDTHS). */
export const axeCheck: VisitCheck = {
  name: "axe",
  appliesTo: (_page, mode) => SCHEME_WIDTHS.includes(mode),
  async run({ opened, where }) {
    // Every frame gets axe, so axe.run in the top frame also reaches the content of any frame.
    for (const frame of opened.page.frames()) await frame.evaluate(AXE_SOURCE);
    const violations = await opened.page.evaluate(
      async (tags) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
      },
      WCAG_TAGS,
    );
    return violations.map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ");
      const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : "";
      return `${where} ${v.id} (${v.impact}): ${targets}${more}`;
    });
  },
};

/**
 * Runs under its CSP and loads cleanly: no console errors (a CSP violation is one), no failed
 * request, nothing from another origin, status 200 for content pages. Runs last on a visit: the
 * page is first settled (scrolled to the end, every lazy resource loaded; page-visit.ts), so it
 * also sees what scrolling and the other checks made the page do.
 */
export const requestsCheck: VisitCheck = {
  name: "requests",
  appliesTo: (_page, mode) => mode.javaScriptEnabled,
  async run({ opened, where, page, server }: Visit) {
    await settle(opened.page);
    const problems = [
      ...opened.consoleErrors.map((e) => `${where} console: ${e}`),
      ...opened.failedRequests.map((e) => `${where} request: ${e}`),
      ...foreignUrls(opened.requestedUrls, server.origin).map((u) => `${where} foreign origin: ${u}`),
    ];
    if (isContentPage(page) && opened.status !== 200) problems.push(`${where} status ${opened.status}`);
    return problems;
  },
};

/** Never scrolls sideways: at 360 px with and without JavaScript, at 1280 px, and embeds at 280 px. */
export const overflowCheck: VisitCheck = {
  name: "overflow",
  appliesTo: (page, mode) => isContentPage(page) && mode.site === "root",
  async run({ opened, where, mode }) {
    const width = await opened.page.evaluate(() => document.documentElement.scrollWidth);
    return width > mode.viewport.width ? [`${where}: ${width}px wide`] : [];
  },
};

/** An embed page is the chart alone: no nav, header, footer or site header. */
export const embedChromeCheck: VisitCheck = {
  name: "embed without site chrome",
  appliesTo: (page, mode) => mode === MODES.embed280 && isEmbed(page),
  async run({ opened, where }) {
    const chrome = await opened.page.$$eval("nav, header, footer, .site-header", (els) => els.length);
    return chrome > 0 ? [`${where}: ${chrome} nav/header/footer element(s)`] : [];
  },
};

const light360 = (page: SitePage, mode: VisitMode) => isContentPage(page) && mode === MODES.light360;
const named = (where: string, problems: string[]) => problems.map((p) => `${where}: ${p}`);

/** Every chart text renders at ≥ 12 CSS px on a 360 px phone (phone-checks.ts). */
export const chartTextCheck: VisitCheck = {
  name: "chart text",
  appliesTo: light360,
  run: async ({ opened, where }) => named(where, await chartTextProblems(opened.page)),
};

/**
 * Every chart text (every step state too) lies inside its SVG and clear of every other text, on a
 * 360 px phone, in both languages, and in every embed at 280 px (phone-checks.ts). English labels are longer than Chinese ones.
 */
export const chartFitCheck: VisitCheck = {
  name: "chart text fit",
  // Also every embed at 280 px: a drawing scaled down renders its glyphs at other widths.
  appliesTo: (page, mode) => light360(page, mode) || (mode === MODES.embed280 && isEmbed(page)),
  run: async ({ opened, where }) => named(where, await chartFitProblems(opened.page)),
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
  appliesTo: (page, mode) => isContentPage(page) && SCHEME_WIDTHS.includes(mode),
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
export const VISIT_CHECKS: VisitCheck[] = [axeCheck, overflowCheck, chartTextCheck, chartFitCheck, splitNumberCheck, headlineCheck, untranslatedCheck, embedChromeCheck, requestsCheck];
