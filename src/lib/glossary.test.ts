import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { QUALIFIERS } from "./en-number";

/**
 * data/glossary.csv: the terms an English reader of the report needs, with the Chinese beside each.
 * in_report = yes: the term occurs in the Yangquan 2024 seed text; no: a term readers meet around it
 * (the national report, qualifiers other reports use), said in `note`.
 */
const FILE = "data/glossary.csv";
const COLUMNS = ["term_zh", "term_en", "explanation_en", "in_report", "note"] as const;
const HAN = /\p{Script=Han}/u;

const Entry = z
  .object({
    term_zh: z.string().trim().min(1).regex(HAN, "must be Chinese"),
    term_en: z.string().trim().min(1),
    explanation_en: z.string().trim().min(20, "an explanation of at least a sentence"),
    in_report: z.enum(["yes", "no"]),
    note: z.string(),
  })
  .strict()
  .refine((e) => e.in_report === "yes" || e.note.trim() !== "", {
    message: "a term not in the report needs a note saying where it comes from",
    path: ["note"],
  });

const text = readFileSync(FILE, "utf8");
// The final \n ends the last row; any other blank line is a bad row and is reported.
const parsed = Papa.parse<Record<string, string>>(text.replace(/\n$/, ""), { header: true, skipEmptyLines: false });
const rows = parsed.data;
const seed = readFileSync("seeds/yangquan-2024-government-work-report.txt", "utf8");

/** Every problem as `file:line column: message "value"` (line 1 is the header). */
function problems(): string[] {
  const out: string[] = [];
  for (const e of parsed.errors) out.push(`${FILE}:${(e.row ?? 0) + 2}: ${e.message}`);
  if (JSON.stringify(parsed.meta.fields) !== JSON.stringify(COLUMNS))
    out.push(`${FILE}:1: columns ${JSON.stringify(parsed.meta.fields)} — expected ${JSON.stringify(COLUMNS)}`);
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const r = Entry.safeParse(row);
    if (!r.success)
      for (const issue of r.error.issues) {
        const col = String(issue.path[0] ?? "");
        out.push(`${FILE}:${line} ${col}: ${issue.message} ${JSON.stringify(row[col] ?? "")}`);
      }
    const term = row.term_zh ?? "";
    if (seen.has(term)) out.push(`${FILE}:${line} term_zh: "${term}" repeats line ${seen.get(term)}`);
    else seen.set(term, line);
    const occurs = term !== "" && seed.includes(term);
    if (row.in_report === "yes" && !occurs)
      out.push(`${FILE}:${line} in_report: "${term}" does not occur in the Yangquan seed — expected "no" with a note`);
    if (row.in_report === "no" && occurs)
      out.push(`${FILE}:${line} in_report: "${term}" occurs in the Yangquan seed — expected "yes"`);
    const en = row.term_en ?? "";
    if (HAN.test(en)) out.push(`${FILE}:${line} term_en: Chinese in the English term ${JSON.stringify(en)}`);
  });
  return out;
}

describe(FILE, () => {
  it("is valid: columns, required cells, unique terms, every term found in the report or marked", () => {
    expect(problems()).toEqual([]);
  });

  it("is UTF-8 CSV with \\n line endings and no BOM", () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain("\r");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("gives qualifiers the English the number conversion writes", () => {
    const glossed = rows.filter((r) => Object.hasOwn(QUALIFIERS, r.term_zh!));
    expect(glossed.length).toBeGreaterThanOrEqual(6);
    for (const r of glossed) expect(r.term_en!.split(" / "), r.term_zh).toContain(QUALIFIERS[r.term_zh!]!.en);
  });

  it.each([
    "规上工业",
    "专精特新",
    "千亿",
    "左右",
    "以上",
    "个百分点",
    "城镇登记失业率",
    "城镇调查失业率",
    "新基建",
    "高技术产业",
    "民生实事",
    "乡村振兴",
    "四好农村路",
    "高标准农田",
    "智能化矿井",
    "智能化采掘工作面",
    "外送电量",
    "倍",
    "亩",
    "斤",
  ])("explains %s (issue 12 and the brief)", (term) => {
    expect(rows.map((r) => r.term_zh)).toContain(term);
  });

  it("names every unit of the report that an English reader meets as a Chinese unit", () => {
    // Units kept in Chinese measures (mu, jin) or easy to misread (倍, 个百分点) are explained.
    const terms = new Set(rows.map((r) => r.term_zh));
    for (const unit of ["亩", "斤", "倍", "个百分点", "千瓦", "千瓦时", "万", "亿"]) expect(terms.has(unit), unit).toBe(true);
  });

  it("reports bad rows with file, line and column", () => {
    const bad = Entry.safeParse({ term_zh: "abc", term_en: "", explanation_en: "short", in_report: "maybe", note: "" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path[0]).sort();
    expect(paths).toEqual(["explanation_en", "in_report", "term_en", "term_zh"]);
  });
});
