/**
 * The topic tables (data/topics.csv, data/topic-sentences.csv): bad rows are refused with file,
 * line, column, the value and what was expected, every problem at once; the real tables are valid
 * and cover the nine topics the overview offers.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readDataset, type FileReader } from "./dataset";
import { formatDataErrors } from "./errors";
import { BASE } from "./fixture-reader.test-helpers";
import { loadData } from "./load";
import { rowFigures } from "./topics";

const TOPICS = `${BASE}/data/topics.csv`;
const SENTENCES = `${BASE}/data/topic-sentences.csv`;
const TOPICS_OK = "slug,label_zh,label_en,scope_zh,scope_en\njobs,就业,Jobs,新增就业,New jobs\n";
const HEADER = "topic,report_id,section_id,sentence,figures\n";
/** The one sentence of the fixture's review-p1. */
const S = "全市地区生产总值增长3.2%，城镇新增就业1.84万人。";

/** The base fixture dataset (mini-2024) plus the two topic tables as given. */
function reader(topics: string, sentences: string): FileReader {
  const extra: Record<string, string> = { [TOPICS]: topics, [SENTENCES]: sentences };
  return (root, rel) => {
    const file = path.posix.join(BASE, root === "text" ? "seeds" : root, rel);
    if (file in extra) return { file, bytes: new TextEncoder().encode(extra[file]) };
    return existsSync(file) ? { file, bytes: new Uint8Array(readFileSync(file)) } : null;
  };
}
const problems = (topics: string, sentences: string) =>
  formatDataErrors(readDataset(reader(topics, sentences)).errors).split("\n").filter(Boolean);

test("a valid pair of tables passes, and a row's figures are the ones standing in its sentence", () => {
  const result = readDataset(reader(TOPICS_OK, `${HEADER}jobs,mini-2024,review-p1,${S},review-p1-f2\n`));
  expect(result.errors).toEqual([]);
  const row = result.dataset.topics!.topicSentences.rows[0]!;
  const report = result.dataset.reports.get("mini-2024")!;
  const section = report.sections.rows.find((s) => s.id === "review-p1")!;
  expect(rowFigures(row, section, report.figures.rows).map((f) => f.quote)).toEqual(["1.84万人"]);
});

test("every bad row is reported at its line and column, with the value and what was expected", () => {
  const sentences =
    HEADER +
    `job,mini-2024,review-p1,${S},\n` + // 2: unknown topic
    `jobs,mini-2025,review-p1,${S},\n` + // 3: unknown report
    `jobs,mini-2024,review-p9,${S},\n` + // 4: unknown section
    "jobs,mini-2024,review-p1,城镇新增就业1.84万人。,\n" + // 5: only part of a sentence
    `jobs,mini-2024,review-p1,${S},plan-1-p1-f1\n` + // 6: a figure of another paragraph
    `jobs,mini-2024,review-p1,${S},review-p1-f2,\n` + // 7: an extra cell
    `jobs,mini-2024,review-p1,${S},review-p1-f2  x\n` + // 8: a malformed list
    `jobs,mini-2024,review-p1,${S},\n`; // 9: repeats line 6's key
  const all = sentences + `jobs,mini-2024,review-p1,${S},none\n`; // 10: and again
  const topics = TOPICS_OK + "air,空气,Air quality,空气质量,Air quality\n"; // line 3: a topic with no sentence
  const f = SENTENCES;
  expect(problems(topics, all)).toEqual([
    `${f}:2:1 unknown topic "job" — expected a slug from ${TOPICS}`,
    `${f}:3:2 unknown report_id "mini-2025" — expected an id from seeds/manifest.csv`,
    `${f}:4:3 unknown section_id "review-p9" — expected an id from ${BASE}/data/mini-2024/sections.csv`,
    `${f}:5:4 sentence "城镇新增就业1.84万人。" — expected one whole sentence of section review-p1 as written (from after one 。！？； to the next, inclusive)`,
    `${f}:6:5 figure "plan-1-p1-f1" — expected a figure standing in this sentence: review-p1-f1, review-p1-f2`,
    `${f}:7:6 row has 6 fields; extra field "" — expected 5 fields (topic,report_id,section_id,sentence,figures)`,
    `${f}:8:5 figures "review-p1-f2  x" — expected blank (every figure of the sentence), none, or figure ids separated by single spaces`,
    `${f}:9:4 duplicate topic × report × section × sentence "jobs mini-2024 review-p1 ${S}" — expected a topic × report × section × sentence not already used on line 6`,
    `${f}:10:4 duplicate topic × report × section × sentence "jobs mini-2024 review-p1 ${S}" — expected a topic × report × section × sentence not already used on line 6`,
    `${TOPICS}:3:1 topic "air" — expected at least one row in ${SENTENCES} (a topic page with no sentence says nothing)`,
  ]);
});

test("a header without a column, and a duplicate topic slug, are named", () => {
  const topics = "slug,label_zh,scope_zh,scope_en\njobs,就业,新增就业,New jobs\n";
  expect(problems(topics, `${HEADER}jobs,mini-2024,review-p1,${S},\n`).join("\n")).toContain(`${TOPICS}:1 `);
  const dup = TOPICS_OK + "jobs,就业,Jobs,新增就业,New jobs\n";
  expect(problems(dup, `${HEADER}jobs,mini-2024,review-p1,${S},\n`)).toEqual([
    `${TOPICS}:3:1 duplicate topic slug "jobs" — expected a topic slug not already used on line 2`,
  ]);
});

describe("the real topic tables", () => {
  const data = loadData();
  test("name the nine topics of the overview's 我关心 row, each with an English label", () => {
    expect(data.topics.map((t) => t.label_zh)).toEqual(["就业", "收入", "教育", "医疗", "养老", "住房", "交通", "空气", "安全"]);
    for (const t of data.topics) expect(t.label_en).toMatch(/^[A-Z][a-z ]+$/);
  });
  test("every topic has sentences of the Yangquan report, and the figures they show are of those sentences", () => {
    const report = data.reports.get("yangquan-2024")!;
    for (const t of data.topics) {
      const rows = data.topicSentences.filter((r) => r.topic === t.slug && r.report_id === "yangquan-2024");
      expect(rows.length, t.slug).toBeGreaterThan(0);
      for (const r of rows) {
        const section = report.sections.find((s) => s.id === r.section_id)!;
        for (const f of rowFigures(r, section, report.figures)) expect(r.sentence).toContain(f.quote);
      }
    }
  });
});
