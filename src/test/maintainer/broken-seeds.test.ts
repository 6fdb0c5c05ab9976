/**
 * Broken and harmless report texts (src/test/fixtures/broken/seeds/), at both places a seed is read:
 * `npm run extract` (the pipeline) and the data validator behind `npm run validate` and the build.
 * Each broken case names the file, the line (and byte offset) and what was expected.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readDataset, type FileReader } from "../../data/dataset";
import { formatDataErrors } from "../../data/errors";
import { memoryEffects } from "../../pipeline/memory-effects";
import { runExtract } from "../../pipeline/run";

const BROKEN = "src/test/fixtures/broken";
const BASE = `${BROKEN}/base`;
const SEED = "mini-2024.txt";
const bytes = (file: string) => new Uint8Array(readFileSync(file));

/** Runs `extract` over the base manifest with the seed replaced; returns exit code, errors and outputs. */
async function extractWith(seedFile: string) {
  const fx = memoryEffects({ "./seeds/manifest.csv": bytes(`${BASE}/seeds/manifest.csv`), [`./seeds/${SEED}`]: bytes(seedFile) });
  const code = await runExtract([], fx, ".");
  return { code, err: fx.err, sections: fx.text("./data/mini-2024/sections.csv"), figures: fx.text("./data/mini-2024/figures.csv") };
}

/** The validator's problems for the base dataset with its seed replaced. */
function validateWith(seedFile: string): string {
  const reader: FileReader = (root, rel) => {
    const file = root === "text" && rel === SEED ? seedFile : path.posix.join(BASE, root === "text" ? "seeds" : root, rel);
    return existsSync(file) ? { file, bytes: bytes(file) } : null;
  };
  return formatDataErrors(readDataset(reader).errors);
}

describe("broken seeds are refused by extract with file, line and expectation", () => {
  test.each([
    ["empty file", "empty.txt", "./seeds/mini-2024.txt: the report is empty"],
    ["only blank lines", "blank-lines.txt", "./seeds/mini-2024.txt: the report is empty"],
    ["GBK bytes", "gbk.txt", "./seeds/mini-2024.txt:1: not valid UTF-8 (byte 0xA1 at offset 2); convert the file to UTF-8 (GBK?)"],
    [
      "no part heading",
      "no-part-heading.txt",
      './seeds/mini-2024.txt:1: no part heading found before this paragraph ("全市地区生产总值增长3.2%，城镇新增就…"); expected a heading line such as ' +
        '"一、2024年工作回顾" or "2024年工作回顾" (also 工作安排 / 重点工作 / 主要任务 / 总体要求 / 政府自身建设), or run extract with --loose to take every figure without period and status',
    ],
  ])("%s", async (_label, fixture, message) => {
    const r = await extractWith(`${BROKEN}/seeds/${fixture}`);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([message]);
    expect(r.sections).toBeUndefined(); // nothing half-written
  });
});

describe("broken seeds are refused by the validator (npm run validate, the build)", () => {
  const F = (name: string) => `${BROKEN}/seeds/${name}`;
  test.each([
    ["empty file", "empty.txt", `${F("empty.txt")} report text is empty — expected the report's text: UTF-8, one paragraph per line`],
    ["only blank lines", "blank-lines.txt", `${F("blank-lines.txt")} report text is empty — expected the report's text: UTF-8, one paragraph per line`],
    ["GBK bytes", "gbk.txt", `${F("gbk.txt")}:1 invalid UTF-8 bytes "0xA1 0xA2" — expected UTF-8 text (the file may be GBK or another legacy encoding, or binary; re-save it as UTF-8)`],
  ])("%s", (_label, fixture, message) => {
    expect(validateWith(F(fixture))).toBe(message);
  });
});

describe("harmless variations of a seed extract exactly like the plain file", async () => {
  const plain = await extractWith(`${BASE}/seeds/${SEED}`);
  test("the plain file extracts", () => {
    expect(plain.code).toBe(0);
    expect(plain.figures?.split("\n").length).toBeGreaterThan(2);
  });
  test.each(["crlf.txt", "bom.txt", "no-trailing-newline.txt", "full-width-digits.txt"])("%s", async (name) => {
    const r = await extractWith(`${BROKEN}/seeds/harmless/${name}`);
    expect(r.err).toEqual([]);
    expect(r.sections).toBe(plain.sections);
    expect(r.figures).toBe(plain.figures);
  });
  test.each(["crlf.txt", "bom.txt", "no-trailing-newline.txt"])("%s passes the validator", (name) => {
    expect(validateWith(`${BROKEN}/seeds/harmless/${name}`)).toBe("");
  });
});
