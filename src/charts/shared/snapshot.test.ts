import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expectSvgSnapshot, isCi } from "./snapshot";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`;
const ci = process.env.CI;
afterEach(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
});

describe("expectSvgSnapshot", () => {
  it("under CI, a missing snapshot fails and nothing is written", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "svg-snap-"));
    process.env.CI = "true";
    expect(() => expectSvgSnapshot("gone", SVG, dir)).toThrow(/SVG snapshot "gone" is missing/);
    expect(existsSync(path.join(dir, "gone.svg"))).toBe(false);
  });
  it("outside CI, a missing snapshot is written, then compared", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "svg-snap-"));
    delete process.env.CI;
    expectSvgSnapshot("new", SVG, dir);
    expect(readFileSync(path.join(dir, "new.svg"), "utf8")).toBe(`${SVG}\n`);
    process.env.CI = "true";
    expectSvgSnapshot("new", SVG, dir);
    expect(() => expectSvgSnapshot("new", SVG.replace('width="10" height="10"/>', 'width="9" height="10"/>'), dir)).toThrow(/changed/);
    expect(existsSync(path.join(dir, "new-changed.svg"))).toBe(true);
  });
  it("reads CI as vitest does", () => {
    expect([isCi({ CI: "true" }), isCi({ CI: "1" }), isCi({ CI: "false" }), isCi({ CI: "0" }), isCi({})]).toEqual([true, true, false, false, false]);
  });
});
