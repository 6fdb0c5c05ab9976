import path from "node:path";
import { expect, test } from "vitest";
import { DataValidationError } from "../data/errors";
import { dataDirs, loadData, loadManifest } from "../data/load";
import { loadDataColumnsZh, parseDataColumnsZh } from "./data-columns-zh";
import { listDataFiles } from "./data-files";

const files = () => {
  const manifest = loadManifest();
  return listDataFiles(dataDirs(), manifest.map((m) => ({ ...m, seedPath: loadData().reports.get(m.id)?.seedPath ?? null })));
};

test("every column of every table on /data/ has a Chinese description, read first", () => {
  const tables = files().filter((f) => f.encodingFormat === "text/csv");
  expect(tables.length).toBeGreaterThan(8);
  const missing = tables.flatMap((f) => f.columns.filter((c) => !/\p{Script=Han}/u.test(c.meaningZh)).map((c) => `${f.repoPath}: ${c.name}`));
  expect(missing).toEqual([]);
  for (const f of tables) {
    expect(f.madeBy, f.repoPath).toMatch(/\p{Script=Han}/u);
    expect(f.about, f.repoPath).toMatch(/\p{Script=Han}/u);
  }
});

test("reader-facing provenance and descriptions name no commands, paths or the README", () => {
  const shown = files().flatMap((f) => [f.madeBy, f.about, ...f.columns.map((c) => c.meaningZh)]);
  for (const text of shown) expect(text).not.toMatch(/npm run|seeds\/|src\/|README|\.md\b|curated/);
});

test("the manifest's source cells, shown to readers, point at no file", () => {
  for (const m of loadManifest()) expect(m.source).not.toMatch(/README|seeds\/|npm run/);
});

test("descriptions for columns no table has are reported, not silently kept", () => {
  const headers = new Map<string, Set<string>>();
  for (const f of files()) {
    const key = f.reportId && f.kind === "generated" ? `<report-id>/${path.basename(f.repoPath)}` : path.basename(f.repoPath);
    headers.set(key, new Set([...(headers.get(key) ?? []), ...f.columns.map((c) => c.name)]));
  }
  const stale = [...loadDataColumnsZh()].flatMap(([table, doc]) => Object.keys(doc.columns).filter((c) => !headers.get(table)?.has(c)).map((c) => `${table}: ${c}`));
  expect(stale).toEqual([]);
});

test("a bad description file is refused with its line, column and field", () => {
  const bad = "areas.csv:\n  made_by: 编辑部\n  about: ''\n  columns:\n    slug: 短名\n";
  expect(() => parseDataColumnsZh(bad, "x.yaml")).toThrow(DataValidationError);
  try {
    parseDataColumnsZh(bad, "x.yaml");
  } catch (e) {
    expect((e as Error).message).toMatch(/x\.yaml:3:\d+/);
    expect((e as Error).message).toContain("about");
  }
});
