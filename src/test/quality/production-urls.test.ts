/**
 * A production build never points at localhost. The sub-path build of the test run
 * (.tmp/site-base: SITE_URL=https://news.example.org BASE_PATH=/yq2024/, built by global-setup.ts
 * through the safe build) is searched whole, and every embed code on every page must point under
 * https://news.example.org/yq2024/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../build/hash-tree.ts";
import { PRODUCTION_SITE_URL, SITE_BASE_DIR, SITE_BASE_PATH } from "../paths.ts";
import { requireSite } from "../site-build.ts";

const PREFIX = `${PRODUCTION_SITE_URL}${SITE_BASE_PATH}`;
const TEXT = /\.(html|xml|txt|csv|json|js|css|svg|webmanifest)$/;

describe(`production build (SITE_URL=${PRODUCTION_SITE_URL} BASE_PATH=${SITE_BASE_PATH})`, () => {
  let files: string[];
  beforeAll(async () => {
    requireSite(SITE_BASE_DIR);
    files = await listFiles(SITE_BASE_DIR);
  });

  it("has no localhost (or 127.0.0.1) anywhere in dist/", () => {
    const hits = files
      .filter((f) => TEXT.test(f) || !f.includes("."))
      .filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(path.join(SITE_BASE_DIR, f), "utf8")));
    expect(files.length).toBeGreaterThan(50);
    expect(hits).toEqual([]);
  });

  it("every embed code, canonical link and og:image points under the public URL", () => {
    const wrong: string[] = [];
    let embeds = 0;
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const { document } = parseHTML(readFileSync(path.join(SITE_BASE_DIR, f), "utf8"));
      for (const area of document.querySelectorAll("textarea.embed-code")) {
        embeds++;
        const urls = [...(area.textContent ?? "").matchAll(/\b(?:src|href)=(?:"|&quot;)([^"&]+)/g)].map((m) => m[1]!);
        if (urls.length === 0) wrong.push(`${f} ${area.id}: no URL`);
        for (const u of urls) if (!u.startsWith(PREFIX)) wrong.push(`${f} ${area.id}: ${u}`);
      }
      for (const el of document.querySelectorAll('link[rel="canonical"], meta[property="og:image"], meta[property="og:url"]')) {
        const u = el.getAttribute("href") ?? el.getAttribute("content") ?? "";
        if (!u.startsWith(PREFIX)) wrong.push(`${f} ${el.outerHTML}`);
      }
    }
    expect(embeds).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
