/**
 * One pass over the built site in Chromium: each page is opened once per mode (see MODES in
 * visit-checks.ts: a colour scheme at a width, no JavaScript, the embed width, the "/yq2024/"
 * sub-path build), and every check that applies to that mode runs on that one open page. A check
 * is a function from the open page to a list of problems; to add a gate, add a check to
 * VISIT_CHECKS (visit-checks.ts), not a new pass.
 *
 * Cost per page is kept small: each mode has one browser context for all its pages, and each of the
 * few visits in flight has one tab in it that goes from page to page (a tab's records are per visit:
 * browser.ts openTab); checks read the page already open, and nothing waits on a timer — a page is
 * "settled" when its lazy resources have loaded (settle()).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { newContext, openTab, type OpenedPage, type Tab } from "../browser.ts";
import { inPool } from "../pool.ts";
import type { StaticServer } from "../server.ts";
import type { SitePage } from "./site-pages.ts";

export interface VisitMode {
  /** Short name used in messages, e.g. "light 360px". */
  name: string;
  scheme: "light" | "dark";
  viewport: { width: number; height: number };
  javaScriptEnabled: boolean;
  /** Which site build this mode visits ("/" or the sub-path one). */
  site: "root" | "base";
}

export interface Visit {
  page: SitePage;
  /** "/areas/demand/ [dark 1280px]": prefix for every problem. */
  where: string;
  mode: VisitMode;
  opened: OpenedPage;
  server: StaticServer;
}

export interface VisitCheck {
  /** Gate name; a test asserts that this gate found nothing. */
  name: string;
  /** Whether the check runs on this page in this mode (default: always). */
  appliesTo?(page: SitePage, mode: VisitMode): boolean;
  /** Problems found on the open page, each a full sentence naming what is wrong. */
  run(visit: Visit): Promise<string[]>;
}

export interface VisitPlan {
  mode: VisitMode;
  server: StaticServer;
  pages: readonly SitePage[];
}

/** Time spent, for the pass's summary line: per mode (open + checks) and per check. */
export interface VisitTiming {
  /** Per mode name: pages visited and milliseconds from opening each page to closing it. */
  modes: Map<string, { pages: number; ms: number }>;
  /** Per check name: milliseconds spent running it. */
  checks: Map<string, number>;
}

export interface VisitResult {
  /** Problems per check name (every check has an entry, possibly empty). */
  problems: Map<string, string[]>;
  /** Visits per check name: how many pages each gate looked at. */
  visits: Map<string, number>;
  timing: VisitTiming;
}

/**
 * Brings a page to the state a reader reaches: scrolled to the end (scroll-driven script runs),
 * every lazy image or frame asked for at once, and every image and frame finished (loaded or
 * failed). Resolves on the page's own events, never after a fixed delay.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    for (const el of document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>("img[loading=lazy], iframe[loading=lazy]")) el.loading = "eager";
    const done = (el: HTMLImageElement | HTMLIFrameElement) =>
      new Promise<void>((resolve) => {
        el.addEventListener("load", () => resolve(), { once: true });
        el.addEventListener("error", () => resolve(), { once: true });
      });
    await Promise.all([
      ...[...document.images].filter((img) => !img.complete).map(done),
      ...[...document.querySelectorAll("iframe")].filter((f) => f.contentDocument?.readyState !== "complete").map(done),
    ]);
    // Two frames: scroll handlers that defer to requestAnimationFrame have run.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Opens each page of each plan once (a few at a time: axe is CPU-bound in the page) and runs every
 * applicable check on it. A check that throws is reported as a problem of that check.
 */
export async function visitSite(browser: Browser, plans: readonly VisitPlan[], checks: readonly VisitCheck[], parallel = 3): Promise<VisitResult> {
  const problems = new Map(checks.map((c) => [c.name, [] as string[]]));
  const visits = new Map(checks.map((c) => [c.name, 0]));
  const timing: VisitTiming = { modes: new Map(plans.map((p) => [p.mode.name, { pages: 0, ms: 0 }])), checks: new Map(checks.map((c) => [c.name, 0])) };
  const contexts = new Map<VisitPlan, Promise<BrowserContext>>();
  const contextFor = (plan: VisitPlan) => {
    let context = contexts.get(plan);
    if (!context) {
      context = newContext(browser, { colorScheme: plan.mode.scheme, viewport: { ...plan.mode.viewport }, javaScriptEnabled: plan.mode.javaScriptEnabled });
      contexts.set(plan, context);
    }
    return context;
  };
  const jobs = plans.flatMap((plan) => plan.pages.map((page) => ({ plan, page })));
  // Each lane keeps one tab, in the context of the mode it is visiting; the jobs come mode by mode.
  const tabs: ({ plan: VisitPlan; tab: Tab } | undefined)[] = [];
  const tabFor = async (slot: number, plan: VisitPlan) => {
    const held = tabs[slot];
    if (held?.plan === plan) return held.tab;
    await held?.tab.close();
    const tab = await openTab(await contextFor(plan));
    tabs[slot] = { plan, tab };
    return tab;
  };
  try {
    await inPool(jobs, parallel, async ({ plan, page }, slot) => {
      const applicable = checks.filter((c) => c.appliesTo?.(page, plan.mode) ?? true);
      if (applicable.length === 0) return;
      const { mode, server } = plan;
      const started = performance.now();
      const opened = await (await tabFor(slot, plan)).visit(server.url + page.urlPath);
      const visit: Visit = { page, where: `${new URL(server.url).pathname}${page.urlPath} [${mode.name}]`, mode, opened, server };
      try {
        for (const check of applicable) {
          visits.set(check.name, visits.get(check.name)! + 1);
          const t = performance.now();
          try {
            problems.get(check.name)!.push(...(await check.run(visit)));
          } catch (err) {
            problems.get(check.name)!.push(`${visit.where}: check failed to run: ${err instanceof Error ? err.message : String(err)}`);
          }
          timing.checks.set(check.name, timing.checks.get(check.name)! + performance.now() - t);
        }
      } finally {
        const m = timing.modes.get(mode.name)!;
        m.pages++;
        m.ms += performance.now() - started;
      }
    });
  } finally {
    for (const context of contexts.values()) await (await context).close();
  }
  for (const list of problems.values()) list.sort();
  return { problems, visits, timing };
}

/** One line per mode and per check: pages and seconds (summed over parallel visits). */
export function formatTiming(timing: VisitTiming): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    ...[...timing.modes].map(([name, m]) => `mode ${name}: ${m.pages} pages, ${s(m.ms)}`),
    ...[...timing.checks].map(([name, ms]) => `check ${name}: ${s(ms)}`),
  ].join("\n");
}
