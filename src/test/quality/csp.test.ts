import { beforeAll, describe, expect, it } from "vitest";
import { SITE_DIR } from "../paths.ts";
import { requireSite } from "../site-build.ts";
import { checkCsp, sha256Source } from "./csp.ts";
import { listPages, readPage, type SitePage } from "./site-pages.ts";

const SCRIPT = "document.documentElement.classList.add('js')";
const page = (csp: string | null, body = "", head = `<script>${SCRIPT}</script>`) =>
  `<!doctype html><html><head>${csp === null ? "" : `<meta http-equiv="Content-Security-Policy" content="${csp}">`}${head}<title>t</title></head><body>${body}</body></html>`;
const GOOD = `default-src 'self'; script-src 'self' ${sha256Source(SCRIPT)}; style-src 'self'; object-src 'none'`;

describe("checkCsp(html)", () => {
  it("accepts 'self' plus the hash of the page's inline script", () => {
    expect(checkCsp(page(GOOD))).toEqual([]);
  });
  it("reports a missing policy", () => {
    expect(checkCsp(page(null))).toEqual([expect.stringContaining("found 0")]);
  });
  it("reports other origins, unsafe-inline and stale hashes", () => {
    const bad = `default-src 'self' https://cdn.example; script-src 'self' 'unsafe-inline' ${sha256Source("old()")}`;
    const problems = checkCsp(page(bad));
    expect(problems).toContain("default-src allows https://cdn.example; only 'self', 'none' or a script hash are allowed");
    expect(problems).toContain("script-src allows 'unsafe-inline'; only 'self', 'none' or a script hash are allowed");
    expect(problems).toContainEqual(expect.stringMatching(/matches no inline script/));
    expect(problems).toContainEqual(expect.stringMatching(/inline script #1 .* is not allowed/));
  });
  it("reports inline styles and event handlers that the policy would block", () => {
    const problems = checkCsp(page(GOOD, `<style>p{}</style><p style="color:red" onclick="x()">x</p>`));
    expect(problems).toEqual([
      "1 <style> element(s), blocked by style-src 'self'",
      `1 style="" attribute(s), blocked by style-src 'self' (first on <p>)`,
      "1 element(s) with inline on* event handlers, blocked by script-src",
    ]);
  });
});

describe("every built page has a strict CSP", () => {
  let pages: SitePage[] = [];
  beforeAll(async () => {
    requireSite(SITE_DIR);
    pages = await listPages(SITE_DIR);
  });
  it("the site has pages", () => expect(pages.length).toBeGreaterThan(0));
  it("allows only 'self' and the inline head script's hash", async () => {
    const failures: string[] = [];
    for (const p of pages) {
      for (const problem of checkCsp(await readPage(SITE_DIR, p))) failures.push(`${p.file}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});

// In Chromium, each page running under its CSP without violations is the `requests` gate of page-visits.test.ts.
