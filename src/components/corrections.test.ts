import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCorrections } from "./corrections";

function dirWith(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "corrections-"));
  writeFileSync(path.join(dir, "corrections.yaml"), yaml);
  return dir;
}

describe("readCorrections(dir) reads the corrections log", () => {
  it("reads the project's own file", () => expect(Array.isArray(readCorrections())).toBe(true));

  it("sorts newest first", () => {
    const dir = dirWith(`corrections:
  - { date: 2026-01-02, path: areas/industry/, page: 煤+, text: 旧文写错了单位，已改为万吨。 }
  - { date: 2026-03-04, path: "", page: 概览, text: 更正了一个链接。 }
`);
    expect(readCorrections(dir).map((c) => c.date)).toEqual(["2026-03-04", "2026-01-02"]);
  });

  it("refuses a bad entry with its line and column, naming what was expected", () => {
    const dir = dirWith(`corrections:
  - { date: 2026-1-2, path: areas/industry/, page: 煤+, text: 改了。 }
`);
    expect(() => readCorrections(dir)).toThrow(/corrections\.yaml:2:\d+.*YYYY-MM-DD/);
  });
});
