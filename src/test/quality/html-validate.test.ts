/**
 * Gate: every HTML file of the built site passes html-validate's recommended rules.
 * Config: htmlvalidate.json — the recommended preset with no rule turned off.
 */
import { readFileSync } from "node:fs";
import { HtmlValidate, type ConfigData, type Message } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { SITE_DIR } from "../paths.ts";
import { requireSite } from "../site-build.ts";
import { listPages, readPage, type SitePage } from "./site-pages.ts";

const config = JSON.parse(readFileSync(new URL("./htmlvalidate.json", import.meta.url), "utf8")) as ConfigData;
const validator = new HtmlValidate(config);

function formatMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column} ${m.ruleId} — ${m.message}${m.selector ? ` (${m.selector})` : ""}`;
}

async function errorsIn(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => formatMessage(file, m)));
}

describe("the html-validate configuration", () => {
  it("still catches structural errors", async () => {
    const bad = `<!doctype html><html lang="zh"><head><title>t</title></head><body><div><p>x</div><img src="a.png"><a href="#">x</a><g aria-label="x"></g></body></html>`;
    const errors = await errorsIn(bad, "bad.html");
    expect(errors.join("\n")).toMatch(/wcag\/h37/); // img without alt
    expect(errors.length).toBeGreaterThan(1);
  });
  it("accepts a minimal valid page as Astro serialises it", async () => {
    const ok = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>标题</h1></main></body></html>`;
    expect(await errorsIn(ok, "ok.html")).toEqual([]);
  });
});

describe("html-validate on every built page", () => {
  let pages: SitePage[] = [];
  beforeAll(async () => {
    requireSite(SITE_DIR);
    pages = await listPages(SITE_DIR);
  });
  it("the site has pages", () => expect(pages.length).toBeGreaterThan(0));
  it("reports zero errors", async () => {
    const errors: string[] = [];
    for (const p of pages) errors.push(...(await errorsIn(await readPage(SITE_DIR, p), p.file)));
    expect(errors).toEqual([]);
  });
});
