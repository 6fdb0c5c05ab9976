/**
 * Headless Chromium for tests, driven by playwright-core against Debian's /usr/bin/chromium.
 * Never downloads a browser. `openPage` records console errors, failed requests and every
 * requested URL so tests can assert that a page talks to no origin but its own.
 */
import { inPool } from "./pool.ts";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Flags verified in /work/shared/STACK.md; the background-networking ones stop Chromium phoning home. */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true });
}

export interface OpenPageOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  /** Passed to page.goto; defaults to "load". */
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console messages of type "error" and uncaught page errors, as text. */
  consoleErrors: string[];
  /** Requests that failed at the network level or answered with status >= 400: "METHOD url → reason". */
  failedRequests: string[];
  /** Every URL the page requested, in order (including the document itself). */
  requestedUrls: string[];
  /** HTTP status of the main document. */
  status: number | null;
  /** Closes what was opened for this page: its own context (openPage) or its tab (openPageIn). */
  close(): Promise<void>;
}

export const MOBILE_VIEWPORT = { width: 360, height: 740 } as const;
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await newContext(browser, options);
  const opened = await openPageIn(context, url, options);
  return { ...opened, close: () => context.close() };
}

/** A browser context with the given scheme, viewport, JavaScript and motion settings. */
export function newContext(browser: Browser, options: Omit<OpenPageOptions, "waitUntil"> = {}): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { ...MOBILE_VIEWPORT },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: options.reducedMotion ?? "no-preference",
    serviceWorkers: "block",
  });
}

/**
 * Opens `url` in a new tab of an existing context (one context can serve many visits in the same
 * mode); `close` closes only that tab. The tab's listeners see only its own requests and errors.
 */
export async function openPageIn(context: BrowserContext, url: string, options: Pick<OpenPageOptions, "waitUntil"> = {}): Promise<OpenedPage> {
  const tab = await openTab(context);
  const opened = await tab.visit(url, options);
  return { ...opened, close: () => tab.close() };
}

/** A tab that visits one page after another; see openTab. */
export interface Tab {
  page: Page;
  /**
   * Navigates the tab to `url` and records what that page does, as openPageIn does for a new tab.
   * The returned page's `close` leaves the tab open for the next visit.
   */
  visit(url: string, options?: Pick<OpenPageOptions, "waitUntil">): Promise<OpenedPage>;
  close(): Promise<void>;
}

/**
 * One tab for many visits in a row. Navigating a tab costs about a quarter of the CPU of opening a
 * new tab for each page (measured: 60 pages, 5.6 against 22 CPU-s), because the page's renderer
 * process is reused. Each visit's records are its own, as in a new tab: they hold the request that
 * navigates the tab to the visit's page, then everything from the moment the new document replaces
 * the previous one. What the previous page still does until then (a late request, a request the
 * navigation aborts, a console message) is dropped, and a request's failure or response counts for
 * the visit during which the request was made.
 */
export async function openTab(context: BrowserContext): Promise<Tab> {
  type Records = Pick<OpenedPage, "consoleErrors" | "failedRequests" | "requestedUrls">;
  const page = await context.newPage();
  let current: Records | null = null;
  let next: Records | null = null;
  const madeDuring = new WeakMap<Request, Records>();
  page.on("console", (msg) => {
    if (msg.type() === "error") current?.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => current?.consoleErrors.push(`pageerror: ${err.message}`));
  page.on("request", (req) => {
    const records = current ?? (req.isNavigationRequest() && req.frame() === page.mainFrame() ? next : null);
    if (!records) return;
    madeDuring.set(req, records);
    records.requestedUrls.push(req.url());
  });
  // The new document has replaced the previous one: from here on everything is the visit's.
  page.on("framenavigated", (frame) => {
    if (next && frame === page.mainFrame()) [current, next] = [next, null];
  });
  page.on("requestfailed", (req) =>
    madeDuring.get(req)?.failedRequests.push(`${req.method()} ${req.url()} → ${req.failure()?.errorText ?? "failed"}`),
  );
  page.on("response", (res) => {
    if (res.status() >= 400) madeDuring.get(res.request())?.failedRequests.push(`${res.request().method()} ${res.url()} → HTTP ${res.status()}`);
  });
  return {
    page,
    async visit(url, options = {}) {
      const records: Records = { consoleErrors: [], failedRequests: [], requestedUrls: [] };
      current = null;
      next = records;
      const response = await page.goto(url, { waitUntil: options.waitUntil ?? "load" });
      // A navigation within the document (only the #fragment changes) replaces no document.
      if (next === records) [current, next] = [records, null];
      return { page, context, ...records, status: response?.status() ?? null, close: async () => {} };
    },
    close: () => page.close(),
  };
}

/**
 * Runs `work` over `items`, `size` at a time, each lane in a tab of its own that goes from page to
 * page (openTab), in a context of its own with `options` (one window per lane: a second tab of one
 * context would be a background tab, whose animation frames Chromium throttles). Much cheaper than
 * a new page per item; each visit starts on a freshly loaded document, so nothing of the previous
 * page's state carries over.
 */
export async function inTabs<T>(browser: Browser, options: Omit<OpenPageOptions, "waitUntil">, size: number, items: readonly T[], work: (item: T, tab: Tab) => Promise<void>): Promise<void> {
  const lanes: Promise<{ context: BrowserContext; tab: Tab }>[] = [];
  const lane = async () => {
    const context = await newContext(browser, options);
    return { context, tab: await openTab(context) };
  };
  try {
    await inPool(items, size, async (item, slot) => work(item, (await (lanes[slot] ??= lane())).tab));
  } finally {
    for (const l of lanes) await (await l).context.close();
  }
}

/** URLs whose origin differs from `origin` (data: and about: URLs are same-document and allowed). */
export function foreignUrls(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("about:") || u.startsWith("blob:")) return false;
    return new URL(u).origin !== origin;
  });
}
