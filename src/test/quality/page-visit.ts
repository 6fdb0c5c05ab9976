/**
 * One pass over the built site in Chromium: each page is opened once per mode (colour scheme ×
 * width, plus a no-JavaScript phone mode and the "/yq2024/" sub-path build), and every check that
 * applies to that mode runs on that one open page. A check is a function from the open page to a
 * list of problems; to add a gate, add a check to VISIT_CHECKS (visit-checks.ts), not a new pass.
 */
import type { Browser } from "playwright-core";
import { openPage, type OpenedPage } from "../browser.ts";
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

/** Runs `work` over `items` with at most `size` in flight. */
export async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

export interface VisitResult {
  /** Problems per check name (every check has an entry, possibly empty). */
  problems: Map<string, string[]>;
  /** Visits per check name: how many pages each gate looked at. */
  visits: Map<string, number>;
}

/**
 * Opens each page of each plan once (a few at a time: axe is CPU-bound in the page) and runs every
 * applicable check on it. A check that throws is reported as a problem of that check.
 */
export async function visitSite(browser: Browser, plans: readonly VisitPlan[], checks: readonly VisitCheck[], parallel = 3): Promise<VisitResult> {
  const problems = new Map(checks.map((c) => [c.name, [] as string[]]));
  const visits = new Map(checks.map((c) => [c.name, 0]));
  const jobs = plans.flatMap((plan) => plan.pages.map((page) => ({ plan, page })));
  await inPool(jobs, parallel, async ({ plan, page }) => {
    const applicable = checks.filter((c) => c.appliesTo?.(page, plan.mode) ?? true);
    if (applicable.length === 0) return;
    const { mode, server } = plan;
    const opened = await openPage(browser, server.url + page.urlPath, {
      colorScheme: mode.scheme,
      viewport: { ...mode.viewport },
      javaScriptEnabled: mode.javaScriptEnabled,
    });
    const visit: Visit = { page, where: `${new URL(server.url).pathname}${page.urlPath} [${mode.name}]`, mode, opened, server };
    try {
      for (const check of applicable) {
        visits.set(check.name, visits.get(check.name)! + 1);
        try {
          problems.get(check.name)!.push(...(await check.run(visit)));
        } catch (err) {
          problems.get(check.name)!.push(`${visit.where}: check failed to run: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    } finally {
      await opened.close();
    }
  });
  for (const list of problems.values()) list.sort();
  return { problems, visits };
}
