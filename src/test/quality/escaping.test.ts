/**
 * Security gate: text from the data tables is always rendered as text. A copy of data/ whose
 * projects.csv name and indicators.csv label carry markup (`<script>`, a quote-broken attribute,
 * an `onerror` image) is built through the safe build; no built page or SVG then contains an
 * injected element or event-handler attribute, and in Chromium no dialog opens while the text
 * shows literally. The same copy carries spreadsheet-formula cells (`=HYPERLINK(…)`, `@SUM(…)`,
 * `-A+B`): every CSV the site serves shows them neutralised with a leading `'`.
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../build/hash-tree.ts";
import { launchBrowser, newContext } from "../browser.ts";
import { inPool } from "../pool.ts";
import { DATA_DIR, ROOT_DIR, TMP_DIR } from "../paths.ts";
import { serveDir, type StaticServer } from "../server.ts";
import { ensureSiteBuilt, inputsStamp, requireSite } from "../site-build.ts";
import { urlPathOf } from "./site-pages.ts";

const WORK = path.join(TMP_DIR, "escaping");
const html = (dir: string, p: string) => readFileSync(path.join(dir, p), "utf8");
const POISON_DATA = path.join(WORK, "data");
const OUT = path.join(WORK, "site");
/** Appended to the first project's name and the first indicator's label. */
const SCRIPT_PAYLOAD = `<script>alert(1)</script>" onmouseover="alert(2)`;
const IMG_PAYLOAD = `<img src=x onerror="alert(3)">`;

/** Whole cells a spreadsheet would run as formulas (OWASP CSV injection). */
const FORMULAS = { industry: `=HYPERLINK("http://evil.example/","点击")`, status: "@SUM(A1:A9)", note: "-A1+B1" };

type Row = Record<string, string>;

/** Sets whole cells of data row `index` (0-based; a formula must start the cell). */
async function setCells(file: string, index: number, cells: Record<string, string>): Promise<void> {
  const parsed = Papa.parse<Row>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  Object.assign(parsed.data[index]!, cells);
  await writeFile(file, Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: "\n" }) + "\n");
}
async function poisonColumn(file: string, column: string, payload: string): Promise<string> {
  const parsed = Papa.parse<Row>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  const first = parsed.data[0];
  if (!first || !(column in first)) throw new Error(`${file}: no column "${column}" to poison`);
  first[column] = `${first[column]}${payload}`;
  await writeFile(file, Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: "\n" }) + "\n");
  return first[column]!;
}

/** Every element or attribute that would run script: <script> with our payload, on* attributes, <img src=x>. */
function injected(markup: string): string[] {
  const { document } = parseHTML(markup);
  const found: string[] = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
    if (el.tagName.toLowerCase() === "script" && /alert\(/.test(el.textContent ?? "")) found.push("<script>alert…</script>");
    if (el.tagName.toLowerCase() === "img" && el.getAttribute("src") === "x") found.push("<img src=x>");
  }
  return found;
}

describe("injected(markup)", () => {
  it("finds handlers, payload scripts and the test image, and nothing in escaped text", () => {
    expect(injected(`<p title="a" onmouseover="alert(2)">x</p><script>alert(1)</script>${IMG_PAYLOAD}`)).toEqual([
      `<p onmouseover="alert(2)">`,
      "<script>alert…</script>",
      `<img onerror="alert(3)">`,
      "<img src=x>",
    ]);
    expect(injected(`<p>&lt;script&gt;alert(1)&lt;/script&gt;" onmouseover="alert(2)</p>`)).toEqual([]);
  });
});

describe("data text containing markup renders as text", () => {
  let projectName = "";
  let indicatorLabel = "";
  let server: StaticServer | undefined;
  beforeAll(async () => {
    await rm(WORK, { recursive: true, force: true });
    await mkdir(WORK, { recursive: true });
    await cp(DATA_DIR, POISON_DATA, { recursive: true });
    // The loaders read seeds/ next to the data folder.
    await symlink(path.join(ROOT_DIR, "seeds"), path.join(WORK, "seeds"), "dir");
    projectName = await poisonColumn(path.join(POISON_DATA, "projects.csv"), "name", SCRIPT_PAYLOAD);
    indicatorLabel = await poisonColumn(path.join(POISON_DATA, "indicators.csv"), "label_zh", IMG_PAYLOAD);
    // Another row than the markup's, so each payload is checked on its own.
    await setCells(path.join(POISON_DATA, "projects.csv"), 1, { industry: FORMULAS.industry });
    // Status words of the projects a story charts are checked claims (a formula there fails the build
    // by design), so the status formula goes on a project no story charts.
    await setCells(path.join(POISON_DATA, "projects.csv"), 4, { status: FORMULAS.status });
    await setCells(path.join(POISON_DATA, "indicators.csv"), 1, { note: FORMULAS.note });
    await ensureSiteBuilt({ outDir: OUT, base: "/", dataDir: POISON_DATA }, await inputsStamp(), true);
    requireSite(OUT);
    server = await serveDir(OUT);
  });
  afterAll(async () => server?.close());

  it("no built page or SVG carries an injected element or event handler", async () => {
    const files = (await listFiles(OUT)).filter((f) => /\.(html|svg)$/.test(f));
    const problems: string[] = [];
    let mentions = 0;
    for (const f of files) {
      const markup = await readFile(path.join(OUT, f), "utf8");
      if (markup.includes("alert(")) mentions++;
      for (const p of injected(markup)) problems.push(`${f}: ${p}`);
    }
    expect(mentions, "pages that show the poisoned text at all").toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("every CSV the site serves shows formula cells neutralised with a leading '", async () => {
    const csvs = (await listFiles(OUT)).filter((f) => f.endsWith(".csv"));
    const formulaLike = /^[=+\-@\t\r]/;
    const plainNumber = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
    const live: string[] = [];
    const neutralised = new Set<string>();
    for (const f of csvs) {
      const rows = Papa.parse<string[]>((await readFile(path.join(OUT, f), "utf8")).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      for (const cell of rows.flat()) {
        if (formulaLike.test(cell) && !plainNumber.test(cell)) live.push(`${f}: ${cell}`);
        for (const formula of Object.values(FORMULAS)) if (cell === `'${formula}`) neutralised.add(`${f} ${formula}`);
      }
    }
    expect(csvs.length).toBeGreaterThan(10);
    expect(live).toEqual([]);
    expect([...neutralised].filter((n) => n.startsWith("data/files/")).sort()).toEqual([
      `data/files/indicators.csv ${FORMULAS.note}`,
      `data/files/projects.csv ${FORMULAS.industry}`,
      `data/files/projects.csv ${FORMULAS.status}`,
    ]);
    expect(html(OUT, "data/index.html")).toContain('id="formula-cells"');
  });

  it("in Chromium no dialog opens and the markup shows literally", async () => {
    const pages = (await listFiles(OUT)).filter((f) => f.endsWith(".html") && readFileSync(path.join(OUT, f), "utf8").includes("alert("));
    const browser = await launchBrowser();
    const dialogs: string[] = [];
    const literal = { project: 0, indicator: 0 };
    try {
      // One context for every page (a tab each, three at a time): each tab has its own dialog listener.
      const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
      await inPool(pages, 3, async (f) => {
        const page = await context.newPage();
        page.on("dialog", async (d) => {
          dialogs.push(`${f}: ${d.message()}`);
          await d.dismiss();
        });
        await page.goto(server!.url + urlPathOf(f), { waitUntil: "load" });
        // Hover and focus every element that shows the name, in case an attribute slipped through.
        const holders = page.locator(`text=${"alert(2)"}`);
        for (let i = 0; i < Math.min(await holders.count(), 5); i++) await holders.nth(i).hover({ force: true }).catch(() => undefined);
        const text = await page.evaluate(() => document.documentElement.textContent ?? "");
        if (text.includes(SCRIPT_PAYLOAD)) literal.project++;
        if (text.includes(IMG_PAYLOAD)) literal.indicator++;
        await page.close();
      });
    } finally {
      await browser.close();
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(literal.project, `pages showing "${projectName}" literally`).toBeGreaterThan(0);
    expect(literal.indicator, `pages showing "${indicatorLabel}" literally`).toBeGreaterThan(0);
  }, 240_000);
});
