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
    await page.waitForTimeout(100); // let a last ResizeObserver round settle
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
    await page.evaluate((id) => window.postMessage({ type: "yq-embed-height", id, height: 999 }, "*"), chart.id);
    const unmarked = await (await page.$("#unmarked"))!.contentFrame();
    await unmarked!.evaluate((id) => window.parent.postMessage({ type: "yq-embed-height", id, height: 777 }, "*"), chart.id);
    await page.waitForTimeout(300);
    const after = await heights(page, "#marked");
    expect(after.frame).toBe(before.frame);
    expect(await page.$eval("#unmarked", (f) => (f as HTMLIFrameElement).height)).toBe("150");
    await opened.close();
  });

  it("a plain iframe without the host script keeps its default height attribute", async () => {
    const opened = await openPage(site.browser, `${site.server.url}embed/${chart.id}/`);
    expect(opened.status).toBe(200);
    await opened.close();
    const snippetHeight = Number(/height="(\d+)"/.exec(await embedCodeOf(chart.id))?.[1]);
    expect(snippetHeight).toBeGreaterThan(150);
  });
});

/** The paste code shown on the gallery page for a chart. */
async function embedCodeOf(id: string): Promise<string> {
  const opened = await openPage(site.browser, `${site.server.url}charts/`, { javaScriptEnabled: false });
  const code = await opened.page.$eval(`#gallery-code-${id}`, (t) => (t as HTMLTextAreaElement).value);
  await opened.close();
  return code;
}
