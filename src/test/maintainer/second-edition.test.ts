/**
 * A second edition with no code change: the real site plus the fixture edition yq2025 (next year's
 * fixture report yangquan-2025, ten work areas, its own edition file and story files in
 * src/test/fixtures/following-year/content/), built once by the safe build into a temporary folder.
 * Data: data/ and seeds/ with fixtures/following-year laid over them; content: src/content with the
 * fixture's content folder laid over it (CONTENT_DIR). Checks what a reader finds at /yq2025/ and that
 * every page of the real site (.tmp/site, built by the global setup) is still there, the 2024 edition's
 * own pages byte for byte.
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { listFiles } from "../../build/hash-tree";
import { ROOT_DIR, SITE_DIR, TMP_DIR } from "../paths";
import { requireSite, runSafeBuild } from "../site-build";
import { assembleDataset } from "./overlay";

const FIXTURE = path.join(ROOT_DIR, "src/test/fixtures/following-year");
const WORK = path.join(TMP_DIR, "maintainer", "second-edition");
const OUT = path.join(WORK, "site");

interface FixtureFile {
  id: string;
  path: string;
  report: string;
}
const edition = parse(readFileSync(path.join(FIXTURE, "content/editions/yq2025.yaml"), "utf8")) as FixtureFile;
const storyDir = path.join(FIXTURE, "content/stories", edition.id);
const stories = (await listFiles(storyDir)).map((f) => parse(readFileSync(path.join(storyDir, f), "utf8")) as { slug: string; kind: string; title: string; charts: { id: string }[] });
const areaRows = readFileSync(path.join(FIXTURE, "data/areas.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
const chartIds = stories.flatMap((s) => s.charts.map((c) => `${edition.id}-${c.id}`));

/** Pages every edition in a language shares (built once, at the language's first edition): they list every report. */
const LANGUAGE_WIDE = /^(data|reports|about|corrections)\//;
/** Astro names CSS bundles by content hash; the fixture's area colours change the generated chart CSS. */
const cssName = (text: string) => text.replace(/(_astro\/[\w-]+?)\.[\w-]+\.css/g, "$1.*.css");

let build: { code: number; output: string };
let ms = 0;
const page = (p: string) => readFileSync(path.join(OUT, p), "utf8");

beforeAll(async () => {
  const root = path.join(WORK, "input");
  const dataDir = await assembleDataset(FIXTURE, root);
  const contentDir = path.join(root, "content");
  await rm(contentDir, { recursive: true, force: true });
  await cp(path.join(ROOT_DIR, "src/content"), contentDir, { recursive: true });
  await cp(path.join(FIXTURE, "content"), contentDir, { recursive: true });
  const started = Date.now();
  build = await runSafeBuild({ outDir: OUT, base: "/", dataDir, contentDir });
  ms = Date.now() - started;
  if (build.code !== 0) throw new Error(`the build with the fixture edition failed:\n${build.output}`);
  console.log(`[second-edition] built in ${ms} ms`);
}, 600_000);

describe("the fixture edition yq2025 builds beside 2024 with no code change", () => {
  test("the fixture really is a second edition with ten areas at its own path", () => {
    expect(edition.path).toBe("yq2025/");
    expect(areaRows.filter((r) => r[0] === edition.report)).toHaveLength(10);
    expect(stories.filter((s) => s.kind === "area")).toHaveLength(10);
  });

  test("overview and review are at its path, in its own frame", () => {
    const home = page(`${edition.path}index.html`);
    expect(home).toContain('<html lang="zh-CN"');
    expect(home).toContain(">数读阳泉 2025</a>");
    expect(home).toContain(stories.find((s) => s.kind === "overview")!.title.replace("{plan_year}", "2025"));
    // The nav: the edition's own pages under /yq2025/, the language's shared pages at the root.
    for (const [href, label] of [["/yq2025/", "概览"], ["/yq2025/review/", "2024回顾"], ["/yq2025/areas/", "十大任务"], ["/yq2025/report/", "报告原文"], ["/yq2025/charts/", "图表"], ["/data/", "数据"], ["/about/", "关于"]]) {
      expect(home).toMatch(new RegExp(`<a href="${href}"[^>]*>${label}</a>`));
    }
    expect(page(`${edition.path}review/index.html`)).toContain(stories.find((s) => s.kind === "review")!.title.replace("{review_year}", "2024"));
    expect(existsSync(path.join(OUT, edition.path, "data/index.html"))).toBe(false);
  });

  test("every area story is at /yq2025/areas/<slug>/, the tenth numbered 十, in report order", () => {
    const index = page(`${edition.path}areas/index.html`);
    const numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    for (const [reportId, no, slug, , name] of areaRows) {
      if (reportId !== edition.report) continue;
      const html = page(`${edition.path}areas/${slug}/index.html`);
      expect(html).toContain(`2025年任务之${numerals[Number(no) - 1]} · ${name}`);
      expect(index).toContain(`href="/yq2025/areas/${slug}/"`);
      expect(existsSync(path.join(OUT, "areas", slug!, "index.html"))).toBe(false);
    }
    const tenth = page(`${edition.path}areas/e-government/index.html`);
    expect(tenth).toContain("2025年任务之十 · 数字政府");
    // Its figures link to the edition's own annotated report, which has the paragraph.
    expect(tenth).toContain('href="/yq2025/report/#plan-10-p1-f1"');
    expect(page(`${edition.path}report/index.html`)).toContain('id="plan-10-p1"');
    // 上一篇 of the tenth is the ninth area of the same edition.
    expect(tenth).toMatch(/rel="prev" href="\/yq2025\/areas\/security\/"/);
  });

  test("every chart has its embed page and downloads under /yq2025/, and the gallery links there", () => {
    expect(chartIds.length).toBeGreaterThan(10);
    const gallery = page(`${edition.path}charts/index.html`);
    for (const id of chartIds) {
      const embed = page(`${edition.path}embed/${id}/index.html`);
      expect(embed).toContain(`<link rel="canonical" href="http://localhost:4321/yq2025/embed/${id}/"`);
      for (const kind of ["csv", "svg", "png", "json", "txt"]) expect(existsSync(path.join(OUT, edition.path, "downloads", `${id}.${kind}`))).toBe(true);
      expect(gallery).toContain(`src="/yq2025/downloads/${id}.svg"`);
      expect(existsSync(path.join(OUT, "embed", id))).toBe(false);
    }
  });

  test("every page of the real site is still there, and the 2024 edition's own pages are unchanged", async () => {
    const real = requireSite(SITE_DIR);
    const files = (await listFiles(real)).filter((f) => !f.startsWith(".") && !f.endsWith(".stamp"));
    expect(files.length).toBeGreaterThan(600);
    const built = new Set((await listFiles(OUT)).map(cssName));
    const missing = files.filter((f) => !built.has(cssName(f)));
    expect(missing).toEqual([]);
    const changed = files.filter((f) => {
      if (LANGUAGE_WIDE.test(f) || /^_astro\/.*\.css$/.test(f)) return false;
      const [a, b] = [readFileSync(path.join(real, f)), readFileSync(path.join(OUT, f))];
      if (a.equals(b)) return false;
      return !/\.(html|txt|json|csv|svg|js)$/.test(f) || cssName(a.toString("utf8")) !== cssName(b.toString("utf8"));
    });
    expect(changed).toEqual([]);
  });
});
