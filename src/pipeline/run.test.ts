import { describe, expect, it } from "vitest";
import { seedOf } from "./extraction-record.ts";
import { memoryEffects } from "./memory-effects.ts";
import { runExtract } from "./run.ts";
import { readRepo, SHANXI_FILE, shanxiPresent } from "./test-support.ts";

const NATIONAL = "national-2024-government-work-report.txt";
const MANIFEST_HEADER = "id,place,place_en,level,year,review_year,plan_year,title,file,source,data_date\n";
const manifestRow = (id: string, file: string): string => `${id},某市,Somewhere,city,2024,2023,2024,报告,${file},test,2026-11-26\n`;
const SMALL = "各位代表：\n\n一、2023年工作回顾\n\n全市地区生产总值增长3.2%。\n\n二、2024年工作安排\n\n（一）扩大内需\n\n投资增长10%左右。\n";

describe("npm run extract (in memory)", () => {
  it("writes every manifest seed atomically (tmp then rename)", async () => {
    const fx = memoryEffects({
      "./seeds/manifest.csv": MANIFEST_HEADER + manifestRow("small", "small.txt"),
      "./seeds/small.txt": SMALL,
    });
    expect(await runExtract([], fx)).toBe(0);
    const writes = fx.journal.filter((j) => !j.startsWith("read"));
    expect(writes).toEqual([
      "mkdir ./data/small",
      "write ./data/small/sections.csv.tmp",
      "rename ./data/small/sections.csv.tmp ./data/small/sections.csv",
      "write ./data/small/figures.csv.tmp",
      "rename ./data/small/figures.csv.tmp ./data/small/figures.csv",
      "write ./data/small/extraction.csv.tmp",
      "rename ./data/small/extraction.csv.tmp ./data/small/extraction.csv",
    ]);
    expect(fx.files.has("./data/small/figures.csv.tmp")).toBe(false);
    const figures = fx.text("./data/small/figures.csv")!.split("\n");
    expect(figures[1]).toBe("review-p1-f1,small,review-p1,1,8,全市地区生产总值增长3.2%。,增长3.2%,3.2,,%,1,3.2,,%,,growth,up,2023,actual");
    expect(figures[2]).toBe("plan-1-p1-f1,small,plan-1-p1,2,2,投资增长10%左右。,增长10%左右,10,,%,1,10,,%,左右,growth,up,2024,target");
    expect(fx.out).toEqual(["small: 6 sections, 2 figures → ./data/small/"]);
    expect(fx.err).toEqual([]);
  });

  it("reports every bad seed at once, with file and line, and exit code 1", async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode("各位代表：\n"), 0xd2, 0xbb, 0xa1, 0xa2, 0x0a]);
    const fx = memoryEffects({
      "./seeds/manifest.csv":
        MANIFEST_HEADER + manifestRow("empty", "empty.txt") + manifestRow("gbk", "gbk.txt") + manifestRow("flat", "flat.txt") + manifestRow("good", "good.txt"),
      "./seeds/empty.txt": "\n \n\u3000\u3000\n",
      "./seeds/gbk.txt": gbk,
      "./seeds/flat.txt": "\n各位代表：\n今年增长5%。\n",
      "./seeds/good.txt": SMALL,
    });
    expect(await runExtract([], fx)).toBe(1);
    expect(fx.err).toEqual([
      "./seeds/empty.txt: the report is empty",
      "./seeds/gbk.txt:2: not valid UTF-8 (byte 0xA1 at offset 18); convert the file to UTF-8 (GBK?)",
      './seeds/flat.txt:3: no part heading found before this paragraph ("今年增长5%。…"); expected a heading line such as ' +
        '"一、2024年工作回顾" or "2024年工作回顾" (also 工作安排 / 重点工作 / 主要任务 / 总体要求 / 政府自身建设), ' +
        "or run extract with --loose to take every figure without period and status",
    ]);
    expect(fx.files.has("./data/good/figures.csv")).toBe(true);
    expect([...fx.files.keys()].some((k) => k.startsWith("./data/gbk"))).toBe(false);
  });

  it("reports a bad manifest with the loaders' messages: line, column and value, every problem at once", async () => {
    const fx = memoryEffects({ "./seeds/manifest.csv": MANIFEST_HEADER + "Bad Id,x,x,city,24,2023,,t,,s,2026-11-26\n" });
    expect(await runExtract([], fx)).toBe(1);
    expect(fx.err).toEqual([
      [
        './seeds/manifest.csv:2:1 id "Bad Id" — expected an id of lowercase letters, digits and single hyphens',
        './seeds/manifest.csv:2:5 year "24" — expected a whole number ≥ 1900',
        './seeds/manifest.csv:2:7 plan_year "" — expected a whole number ≥ 1900',
        './seeds/manifest.csv:2:9 file "" — expected a non-blank value',
      ].join("\n"),
    ]);
  });

  it("rejects a repeated manifest id", async () => {
    const fx = memoryEffects({ "./seeds/manifest.csv": MANIFEST_HEADER + manifestRow("a", "a.txt") + manifestRow("a", "b.txt") });
    expect(await runExtract([], fx)).toBe(1);
    expect(fx.err).toEqual(['./seeds/manifest.csv:3:1 duplicate report id "a" — expected a report id not already used on line 2']);
  });

  it.runIf(shanxiPresent())("extracts one report with --out, guessing meta from the file and its headings", async () => {
    const fx = memoryEffects({ "in/shanxi-2025-government-work-report.txt": readRepo(SHANXI_FILE) });
    expect(await runExtract(["in/shanxi-2025-government-work-report.txt", "--out", "out"], fx)).toBe(0);
    const rows = fx.text("out/figures.csv")!.split("\n");
    expect(rows[1]!.split(",").slice(0, 3)).toEqual(["review-p3-f1", "shanxi-2025", "review-p3"]);
    expect(fx.text("out/figures.csv")).toContain(",2025,target\n");
    expect(fx.text("out/figures.csv")).toContain(",2024,actual\n");
  });

  it.runIf(seedOf(".", NATIONAL, "seeds/manifest.csv", 0).where === "outside")("writes nothing for a text outside seeds/ (../shared/reports): it is extracted when read", async () => {
    const fx = memoryEffects({ "./seeds/manifest.csv": MANIFEST_HEADER + manifestRow("national-2024", NATIONAL) });
    expect(await runExtract([], fx)).toBe(0);
    expect(fx.journal.filter((j) => !j.startsWith("read"))).toEqual([]);
    expect(fx.out).toEqual([`national-2024: ${NATIONAL} is outside seeds/ (../shared/reports): extracted when read, nothing written`]);
  });

  it("skips a text found nowhere that has no tables (a clone without ../shared), but not one whose tables are committed", async () => {
    const fx = memoryEffects({
      "./seeds/manifest.csv": MANIFEST_HEADER + manifestRow("gone", "no-such-report.txt") + manifestRow("lost", "no-such-seed.txt"),
      "./data/lost/sections.csv": "id\n",
    });
    expect(await runExtract([], fx)).toBe(1);
    expect(fx.journal.filter((j) => !j.startsWith("read"))).toEqual([]);
    expect(fx.out).toEqual([expect.stringMatching(/^gone: no-such-report\.txt is not present \(looked in seeds\/.*\): nothing to extract; its curated rows stand for it$/)]);
    expect(fx.err).toEqual(["./seeds/no-such-seed.txt: cannot read (ENOENT)"]);
  });

  it("rejects a bad year flag", async () => {
    const fx = memoryEffects({ "r.txt": SMALL });
    expect(await runExtract(["r.txt", "--out", "o", "--plan-year", "24"], fx)).toBe(1);
    expect(fx.err).toEqual(['--plan-year is "24", expected a 4-digit year']);
  });
});
