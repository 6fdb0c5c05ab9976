/**
 * Headless Chromium for tests, driven by playwright-core against Debian's /usr/bin/chromium.
 * Never downloads a browser. `openPage` records console errors, failed requests and every
 * requested URL so tests can assert that a page talks to no origin but its own.
 */
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
 * process is reused. Each visit's records are its own: a request, failure or response counts for
 * the visit during which the request was made, so a request of the previous page that the
 * navigation aborts is not reported against the next one; console errors and page errors are
 * recorded from the start of the visit's navigation.
 */
export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  let current = { consoleErrors: [] as string[], failedRequests: [] as string[], requestedUrls: [] as string[] };
  const madeDuring = new WeakMap<Request, typeof current>();
  page.on("console", (msg) => {
    if (msg.type() === "error") current.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => current.consoleErrors.push(`pageerror: ${err.message}`));
  page.on("request", (req) => {
    madeDuring.set(req, current);
    current.requestedUrls.push(req.url());
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
      const records = { consoleErrors: [] as string[], failedRequests: [] as string[], requestedUrls: [] as string[] };
      current = records;
      const response = await page.goto(url, { waitUntil: options.waitUntil ?? "load" });
      return { page, context, ...records, status: response?.status() ?? null, close: async () => {} };
    },
    close: () => page.close(),
  };
}

/** URLs whose origin differs from `origin` (data: and about: URLs are same-document and allowed). */
export function foreignUrls(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("about:") || u.startsWith("blob:")) return false;
    return new URL(u).origin !== origin;
  });
}
