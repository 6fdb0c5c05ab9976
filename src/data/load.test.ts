import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { BASE } from "./fixture-reader.test-helpers";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A writable copy of the base fixture dataset. */
function copyBase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "data-"));
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

test("DATA_DIR points the loaders at another dataset, with seeds next to it", async () => {
  vi.stubEnv("DATA_DIR", `${BASE}/data`);
  const load = await import("./load");
  expect(load.loadManifest().map((m) => m.id)).toEqual(["mini-2024"]);
  expect(load.loadAreas().map((a) => a.slug)).toEqual(["demand"]);
  expect(load.loadReport("mini-2024").sections.map((s) => s.id)).toEqual(["review", "review-p1", "plan", "plan-1", "plan-1-p1"]);
  expect(load.figureById("mini-2024", "plan-1-p1-f1")).toMatchObject({ value: 5, qualifier: "左右", unit: "%", value_max: null });
  expect(load.sectionById("mini-2024", "plan-1")).toMatchObject({ kind: "area", area_no: 1, para_no: null });
  expect(load.figureById("mini-2024", "nope")).toBeUndefined();
  expect(() => load.loadReport("nope")).toThrow('unknown report "nope" — expected one of: mini-2024');
  expect(load.loadIndicatorValues().find((v) => v.status === "not_stated")).toMatchObject({ value: null, quote: "" });
});

test("loaders throw one error listing every problem in every file, then cache per process", async () => {
  const dir = copyBase();
  writeFileSync(path.join(dir, "data/areas.csv"), "report_id,area_no,slug,section_id,short_zh,short_en,color,color_dark\nmini-2024,x,demand,plan-1,,Demand,#0072b2,#56b4e9\n");
  writeFileSync(path.join(dir, "data/projects.csv"), "id,report_id\n");
  vi.stubEnv("DATA_DIR", path.join(dir, "data"));
  const load = await import("./load");
  let message = "";
  try {
    load.loadProjects();
  } catch (e) {
    message = (e as Error).message;
    expect((e as Error).name).toBe("DataValidationError");
  }
  const areas = path.join(dir, "data/areas.csv");
  const projects = path.join(dir, "data/projects.csv");
  const missing = (name: string) =>
    `${projects}:1 missing column "${name}" — expected a header with: id, report_id, section_id, name, area_slug, industry, status, year, quote`;
  expect(message.split("\n")).toEqual([
    "9 data problems:",
    `${areas}:2:2 area_no "x" — expected a whole number ≥ 1`,
    `${areas}:2:5 short_zh "" — expected a non-blank value`,
    ...["area_slug", "industry", "name", "quote", "section_id", "status", "year"].map(missing),
  ]);

  const good = copyBase();
  vi.stubEnv("DATA_DIR", path.join(good, "data"));
  const first = load.loadData();
  writeFileSync(path.join(good, "data/areas.csv"), "broken");
  expect(load.loadData()).toBe(first); // cached: the file is not read again in this process
});

test("loadData keeps every report's entry but only a few reports' tables, and reads a report again as it was", async () => {
  const dir = copyBase();
  const ids = Array.from({ length: 7 }, (_, i) => `mini${i + 1}-2024`);
  const manifest = readFileSync(path.join(dir, "seeds/manifest.csv"), "utf8").trimEnd().split("\n");
  for (const id of ids) {
    cpSync(path.join(dir, "data/mini-2024"), path.join(dir, "data", id), { recursive: true });
    for (const table of ["sections.csv", "figures.csv"]) {
      const file = path.join(dir, "data", id, table);
      writeFileSync(file, readFileSync(file, "utf8").replaceAll(",mini-2024,", `,${id},`));
    }
    manifest.push(manifest[1]!.replace(/^mini-2024,/, `${id},`));
  }
  writeFileSync(path.join(dir, "seeds/manifest.csv"), `${manifest.join("\n")}\n`);
  vi.stubEnv("DATA_DIR", path.join(dir, "data"));
  const load = await import("./load");
  const all = load.readData(load.dataDirs());
  const data = load.loadData();
  const held = () => (data.reports as unknown as { held: number }).held;
  expect(held()).toBe(0);
  expect([...data.reportEntries.keys()]).toEqual(["mini-2024", ...ids]);
  expect(data.reportEntries.get("mini3-2024")).toEqual({ meta: all.reports.get("mini3-2024")!.meta, seedPath: path.join(dir, "seeds/mini-2024.txt"), hasText: true });
  const first = load.loadReport("mini-2024");
  let most = 0;
  for (const [id, report] of data.reports) {
    expect(report).toEqual(all.reports.get(id));
    most = Math.max(most, held());
  }
  expect(most).toBe(load.REPORTS_HELD);
  const again = load.loadReport("mini-2024");
  expect(again).not.toBe(first); // it was let go, and read again
  expect(again).toEqual(first);
  expect(again.figures.map((f) => f.report_id)).toEqual(first.figures.map(() => "mini-2024"));
});
