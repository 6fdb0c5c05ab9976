import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError } from "../data/errors";
import { readUiFolder, uiStrings, uiText } from "./ui";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ui-"));
  mkdirSync(path.join(dir, "ui"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "ui", name), text);
  return dir;
}

describe("src/content/ui", () => {
  it("every language file has the reference's keys and placeholders", () => {
    const { byLang, errors } = readUiFolder("src/content");
    expect(errors.map(formatDataError)).toEqual([]);
    expect([...byLang.keys()].sort()).toEqual(["en", "zh-CN"]);
    expect([...byLang.get("en")!.keys()].sort()).toEqual([...byLang.get("zh-CN")!.keys()].sort());
  });

  it("English chart words hold no Chinese", () => {
    const han = [...uiStrings("en")].filter(([, text]) => /\p{Script=Han}/u.test(text));
    expect(han).toEqual([]);
  });

  it("fills placeholders and names a missing value or key", () => {
    const zh = uiStrings("zh-CN");
    expect(uiText(zh, "chart.targets_board.title", { target_year: 2031 })).toBe("2031年主要目标");
    expect(uiText(uiStrings("en"), "chart.targets_board.title", { target_year: 2031 })).toBe("Main targets for 2031");
    expect(() => uiText(zh, "chart.targets_board.title")).toThrow(/\{target_year\} needs a value/);
    expect(() => uiText(zh, "chart.nope")).toThrow(/"chart.nope" is missing/);
  });
});

describe("readUiFolder problems", () => {
  it("lists every problem with file, line and column", () => {
    const dir = folder({
      "zh-CN.yaml": "chart:\n  a: 甲{x}\n  b: 乙\n  c:\n    d: 丁\n",
      "en.yaml": "chart:\n  a: A {y}\n  c:\n    d: 4\n  e: extra\n",
    });
    const messages = readUiFolder(dir).errors.map(formatDataError).map((m) => m.replace(/^.*?ui\//, "ui/"));
    expect(messages).toEqual([
      `ui/en.yaml:4:8 chart.c.d "4" — expected a text (quote it; "" when the language says nothing here)`,
      `ui/en.yaml:2:6 chart.a "A {y}" — expected the placeholders of ${path.join(dir, "ui", "zh-CN.yaml")} ({x})`,
      `ui/en.yaml:2:3 chart.b — expected a text for every key of ${path.join(dir, "ui", "zh-CN.yaml")} (it has "乙")`,
      `ui/en.yaml:5:6 chart.e "extra" — expected a key ${path.join(dir, "ui", "zh-CN.yaml")} has (or add it there first)`,
    ]);
  });

  it("needs the reference file, and reports YAML syntax at its line", () => {
    expect(readUiFolder(folder({ "en.yaml": "chart:\n  a: A\n" })).errors.map((e) => e.expected)).toEqual(["the reference language file zh-CN.yaml"]);
    const broken = readUiFolder(folder({ "zh-CN.yaml": "chart:\n  a: [\n" })).errors;
    expect(broken[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
  });
});
