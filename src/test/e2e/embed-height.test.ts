/**
 * Auto-height across origins: the built site on 127.0.0.1:<p1>, a journalist's page on
 * localhost:<p2> with the paste code. The frame takes its content height within a second, again
 * after the host's width changes, and ignores height messages from any other window.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { serveDir, type StaticServer } from "../server.ts";
import { allCharts } from "../../stories/index.ts";
import { loadEditions } from "../../edition/index.ts";
import type { ChartDef } from "../../stories/types.ts";
import { openSite, type E2eSite } from "./site.ts";

let site: E2eSite;
let host: StaticServer;
const [chart, other] = allCharts() as [ChartDef, ChartDef];

/** Content height measured inside the frame, and the frame's own height on the host page. */
async function heights(page: Page, selector: string): Promise<{ content: number; frame: number }> {
  const frame = await (await page.$(selector))!.contentFrame();
  const content = await frame!.evaluate(() => Math.ceil(document.querySelector("[data-embed-content]")!.getBoundingClientRect().height));
  const frameHeight = await page.$eval(selector, (f) => Math.round(f.getBoundingClientRect().height));
  return { content, frame: frameHeight };
}

async function waitFitted(page: Page, selector: string): Promise<void> {
  const frame = await (await page.$(selector))!.contentFrame();
  await page.waitForFunction(
    async ([sel]) => {
      const f = document.querySelector<HTMLIFrameElement>(sel!)!;
      return f.getBoundingClientRect().height > 200 && f.height !== "150";
    },
    [selector],
    { timeout: 1000 },
  );
  await frame!.waitForLoadState("load");
}

beforeAll(async () => {
  if (!chart || !other) throw new Error("auto-height test needs at least two charts in src/stories/index.ts");
  site = await openSite();
  const dir = mkdtempSync(path.join(os.tmpdir(), "yq-host-"));
  const embed = (id: string) => `${site.server.url}embed/${id}/`;
  writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body>
<h1>A newspaper</h1>
<iframe id="marked" src="${embed(chart.id)}" title="chart" height="150" style="width:100%;border:0" data-yq-embed></iframe>
<iframe id="unmarked" src="${embed(other.id)}" title="other" height="150" style="width:100%;border:0"></iframe>
<script src="${site.server.url}embed.js" async></script>
</body></html>`,
  );
  host = await serveDir(dir, { host: "localhost" });
  expect(new URL(host.url).origin).not.toBe(site.server.origin);
});

afterAll(async () => {
  await host?.close();
  await site?.close();
});

describe("embed auto-height from another origin", () => {
  it("fits the content within a second, and again after the host's width changes", async () => {
    const opened = await openPage(site.browser, host.url, { viewport: { width: 360, height: 700 } });
    const { page } = opened;
    await waitFitted(page, "#marked");
    const narrow = await heights(page, "#marked");
    expect(narrow.frame).toBe(narrow.content);

    await page.setViewportSize({ width: 1100, height: 700 });
    await page.waitForFunction(
      (before) => Math.round(document.querySelector("#marked")!.getBoundingClientRect().height) !== before,
      narrow.frame,
      { timeout: 1000 },
    );
    // Resize rounds may take a message or two more: wait (up to the same second) for the fit itself.
    await expect.poll(async () => { const h = await heights(page, "#marked"); return h.frame - h.content; }, { timeout: 1000 }).toBe(0);
    const wide = await heights(page, "#marked");
    expect(wide.frame).toBe(wide.content);
    expect(wide.content).not.toBe(narrow.content);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();
  });

  it("ignores height messages from other windows: the host itself and an unmarked frame", async () => {
    const opened = await openPage(site.browser, host.url, { viewport: { width: 360, height: 700 } });
    const { page } = opened;
    await waitFitted(page, "#marked");
    const before = await heights(page, "#marked");
    // The unmarked frame posted its own (different) height on load; the host window now forges one.
    // Each sender then posts a probe: messages from one window arrive in order, so once both probes
    // are in, the host script has handled both forged heights.
    await page.evaluate(() => {
      const w = window as unknown as { probes: number };
      w.probes = 0;
      addEventListener("message", (e) => e.data === "yq-probe" && w.probes++);
    });
    await page.evaluate((id) => {
      window.postMessage({ type: "yq-embed-height", id, height: 999 }, "*");
      window.postMessage("yq-probe", "*");
    }, chart.id);
    const unmarked = await (await page.$("#unmarked"))!.contentFrame();
    await unmarked!.evaluate((id) => {
      window.parent.postMessage({ type: "yq-embed-height", id, height: 777 }, "*");
      window.parent.postMessage("yq-probe", "*");
    }, chart.id);
    await page.waitForFunction(() => (window as unknown as { probes: number }).probes === 2, null, { polling: "raf", timeout: 2000 });
    const after = await heights(page, "#marked");
    expect(after.frame).toBe(before.frame);
    expect(await page.$eval("#unmarked", (f) => (f as HTMLIFrameElement).height)).toBe("150");
    await opened.close();
  });

  it("sends nothing to a lazy frame before it has loaded: no console error on the host, and it fits once scrolled to", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "yq-lazy-"));
    const snippet = (await embedCodes()).get(chart.id)!;
    writeFileSync(
      path.join(dir, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lazy</title><link rel="icon" href="data:,"></head><body>
<h1>A long article</h1><div style="height:4000px"></div>${snippet}</body></html>`,
    );
    const lazyHost = await serveDir(dir, { host: "localhost" });
    try {
      const opened = await openPage(site.browser, lazyHost.url, { viewport: { width: 360, height: 700 } });
      const { page } = opened;
      // The page's load event waited for the async host script, which asked every frame it found at once.
      await page.waitForFunction(() => (window as unknown as { yqEmbedHost?: boolean }).yqEmbedHost === true, null, { polling: "raf" });
      expect(opened.consoleErrors).toEqual([]);
      await page.$eval("iframe[data-yq-embed]", (f) => f.scrollIntoView());
      await waitFitted(page, "iframe[data-yq-embed]");
      await expect.poll(async () => { const h = await heights(page, "iframe[data-yq-embed]"); return h.frame - h.content; }, { timeout: 1000 }).toBe(0);
      const fitted = await heights(page, "iframe[data-yq-embed]");
      expect(fitted.frame).toBe(fitted.content);
      expect(opened.consoleErrors).toEqual([]);
      await opened.close();
    } finally {
      await lazyHost.close();
    }
  });

  it("without the host script, every chart's frame shows its whole page from a 320 px phone to a desktop", async () => {
    const all = await embedCodes();
    const codes = allCharts().map((c) => ({ id: c.id, code: all.get(c.id)! }));
    const dir = mkdtempSync(path.join(os.tmpdir(), "yq-noscript-"));
    // What a CMS that strips scripts leaves: the iframe alone (loaded at once here, to measure every
    // frame). Each sits in a full-width block at the top of the window: Chromium only lays out a
    // frame at a new width while the frame is on screen, and the frame's size is the snippet's own.
    const frames = codes.map(({ id, code }) => `<div style="position:absolute;top:0;left:0;right:0">${code.replace(/<script[^>]*><\/script>/, "").replace(' loading="lazy"', ` id="f-${id}"`)}</div>`);
    writeFileSync(
      path.join(dir, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>no script</title><link rel="icon" href="data:,"></head><body style="margin:0">${frames.join("\n")}</body></html>`,
    );
    const bare = await serveDir(dir, { host: "localhost" });
    const clipped: string[] = [];
    try {
      const opened = await openPage(site.browser, bare.url, { viewport: { width: 320, height: 800 } });
      const { page } = opened;
      const frames = await Promise.all(codes.map(async ({ id }) => ({ id, frame: (await (await page.$(`#f-${id}`))!.contentFrame())! })));
      for (const width of [320, 360, 414, 600, 768, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        // Each frame is measured once it has been laid out at its new width (its own event, no delay).
        const boxes = new Map(await page.$$eval("iframe", (fs) => fs.map((f) => [f.id, { width: f.clientWidth, height: Math.round(f.getBoundingClientRect().height) }] as const)));
        await Promise.all(
          frames.map(async ({ id, frame }) => {
            const box = boxes.get(`f-${id}`)!;
            await frame.waitForFunction((w) => Math.abs(innerWidth - w) <= 1, box.width, { polling: "raf", timeout: 30_000 });
            const content = await frame.evaluate(() => Math.ceil(document.querySelector("[data-embed-content]")!.getBoundingClientRect().height));
            if (box.height < content) clipped.push(`${id} at ${width}px: frame ${box.height}px, content ${content}px`);
          }),
        );
      }
      await opened.close();
    } finally {
      await bare.close();
    }
    expect(clipped).toEqual([]);
  }, 180_000);
});

/**
 * The paste codes shown on the gallery page, by chart id, pointing at the test server: the build's
 * SITE_URL (http://localhost:4321) is replaced by the served site's address.
 */
async function embedCodes(): Promise<Map<string, string>> {
  const codes: (readonly [string, string])[] = [];
  // Each edition has its own gallery (charts/, en/charts/ …).
  for (const edition of loadEditions()) {
    const opened = await openPage(site.browser, `${site.server.url}${edition.path}charts/`, { javaScriptEnabled: false });
    codes.push(...(await opened.page.$$eval("textarea[id^=gallery-code-]", (ts) => ts.map((t) => [t.id.replace(/^gallery-code-/, ""), (t as HTMLTextAreaElement).value] as const))));
    await opened.close();
  }
  return new Map(codes.map(([id, code]) => [id, code.replaceAll("http://localhost:4321/", site.server.url)]));
}
