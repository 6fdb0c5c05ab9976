/**
 * The static downloads as written by the build, for every chart: the CSV parses back into exactly
 * the chart's table (plus source columns) with a BOM and CRLF; the SVG is well-formed XML; the PNG
 * has the expected print size and is not blank; the citation files name the chart and its URL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage } from "../browser.ts";
import { SITE_DIR } from "../paths.ts";
import { allCharts, editionOfChart } from "../../stories/index.ts";
import { sourceHeaders } from "../../embed/csv.ts";
import { BOM, cellText, SPREADSHEET } from "../../lib/csv.ts";
import { pngScale, pngSize, svgSize } from "../../embed/png.ts";
import { chartDownloadPath, chartPngSvg } from "../../embed/chart-files.ts";
import type { ChartDef } from "../../stories/types.ts";
import { openSite, type E2eSite } from "./site.ts";

const charts = allCharts();
/** A chart's download as built, under its edition's path (`downloads/…` or `en/downloads/…`). */
const file = (chart: ChartDef, ext: "csv" | "svg" | "png" | "json" | "txt") => path.join(SITE_DIR, chartDownloadPath(chart, ext));

let site: E2eSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe("CSV downloads", () => {
  it.each(charts.map((c) => [c.id, c] as const))("%s: BOM, CRLF, exactly the table's rows and columns", (_id, chart) => {
    const text = readFileSync(file(chart, "csv"), "utf8");
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.replace(/"[^"]*"/g, "").split("\n").slice(0, -1).every((l) => l.endsWith("\r"))).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(BOM.length), { newline: "\r\n", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const { table } = chart.render();
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...table.columns.map((c) => c.label), ...sourceHeaders(editionOfChart(chart).lang)]);
    expect(rows.map((r) => r.slice(0, table.columns.length))).toEqual(table.rows.map((row) => table.columns.map((c) => cellText(row[c.key], SPREADSHEET))));
    for (const r of rows) expect(r[table.columns.length]!.split(" ").every((id) => chart.sourceIds.includes(id) || id === "" || /^([a-z0-9-]+:)?[a-z0-9-]+$/.test(id))).toBe(true);
  });
});

describe("SVG and PNG downloads", () => {
  it("every SVG is well-formed XML (the browser's strict XML parser) with the SVG namespace", async () => {
    const opened = await openPage(site.browser, site.server.url);
    const texts = charts.map((c) => readFileSync(file(c, "svg"), "utf8"));
    const problems = await opened.page.evaluate((svgs) => {
      return svgs.flatMap((svg, i) => {
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        const err = doc.querySelector("parsererror");
        if (err) return [`#${i}: ${err.textContent?.slice(0, 200)}`];
        return doc.documentElement.namespaceURI === "http://www.w3.org/2000/svg" ? [] : [`#${i}: root is not an SVG element`];
      });
    }, texts);
    await opened.close();
    expect(problems).toEqual([]);
  });

  it("every PNG has the print size of its picture and is not blank", async () => {
    const opened = await openPage(site.browser, site.server.url);
    const problems: string[] = [];
    for (const chart of charts) {
      const png = readFileSync(file(chart, "png"));
      const { width, height } = svgSize(chartPngSvg(chart));
      const scale = pngScale(width);
      expect(pngSize(png)).toEqual({ width: Math.round(width * scale), height: Math.round(height * scale) });
      expect(Math.round(width * scale)).toBeGreaterThanOrEqual(1600);
      const stats = await opened.page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let sum = 0;
        let sq = 0;
        let dark = 0;
        const n = data.length / 4;
        for (let i = 0; i < data.length; i += 4) {
          const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
          sum += y;
          sq += y * y;
          if (y < 100) dark++;
        }
        const mean = sum / n;
        return { variance: sq / n - mean * mean, darkShare: dark / n };
      }, `${site.server.url}${chartDownloadPath(chart, "png")}`);
      if (stats.variance < 100 || stats.darkShare < 0.005) problems.push(`${chart.id}.png looks blank: ${JSON.stringify(stats)}`);
    }
    await opened.close();
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("citation downloads", () => {
  it.each(charts.map((c) => [c.id, c] as const))("%s: JSON and TXT name the chart, the report year and the embed URL", (_id, chart) => {
    const json = JSON.parse(readFileSync(file(chart, "json"), "utf8")) as { title: string; url: string; source: { year: number } };
    expect(json.title).toBe(chart.title);
    expect(json.url.endsWith(`/embed/${chart.id}/`)).toBe(true);
    expect(Number.isInteger(json.source.year)).toBe(true);
    const txt = readFileSync(file(chart, "txt"), "utf8");
    expect(txt).toContain(editionOfChart(chart).lang.startsWith("zh") ? `《${chart.title}》` : chart.title);
    expect(txt).toContain(json.url);
  });
});
