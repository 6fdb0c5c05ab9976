import { afterEach, describe, expect, it } from "vitest";
import { counter, progressLine, withAstroProgress } from "./progress";

const saved = process.env.BUILD_PROGRESS;
afterEach(() => {
  if (saved === undefined) delete process.env.BUILD_PROGRESS;
  else process.env.BUILD_PROGRESS = saved;
});

describe("counter", () => {
  it("prints every `every` items and at the end, with the cached count and the time", () => {
    delete process.env.BUILD_PROGRESS;
    const lines: string[] = [];
    const c = counter("PNG", 5, 2, (l) => lines.push(l));
    for (const cached of [true, false, false, true, false]) c.tick(cached);
    expect(c.done).toBe(5);
    expect(lines.map((l) => l.replace(/\[build [\d.]+ s\] /, "").replace(/\([\d.]+ s\)/, "(t)"))).toEqual([
      "PNG 2/5, 1 from cache (t)",
      "PNG 4/5, 2 from cache (t)",
      "PNG 5/5, 2 from cache (t)",
    ]);
  });
  it("is quiet with BUILD_PROGRESS=0", () => {
    process.env.BUILD_PROGRESS = "0";
    const lines: string[] = [];
    progressLine("x", (l) => lines.push(l));
    counter("PNG", 1, 1, (l) => lines.push(l)).tick();
    expect(lines).toEqual([]);
  });
});

describe("withAstroProgress", () => {
  it("passes stage lines through, counts route lines, and keeps progress lines whole inside a route line", async () => {
    delete process.env.BUILD_PROGRESS;
    const out: string[] = [];
    const real = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      out.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    let level = "";
    try {
      await withAstroProgress(async (logLevel) => {
        level = logLevel;
        process.stdout.write("12:00:00 [build] Building static entrypoints...\n");
        process.stdout.write("12:00:01 ▶ src/pages/areas/[slug].astro\n");
        process.stdout.write("12:00:01   ├─ /areas/a/index.html ");
        progressLine("PNG 10/50");
        process.stdout.write("(+5ms)\n12:00:01   └─ /areas/b/index.html (+4ms)\n");
        process.stdout.write("12:00:02 [vite] .astro/_astro/x.js 1 kB\n");
      }, 1);
    } finally {
      process.stdout.write = real;
    }
    const text = out.join("").replace(/\[build [\d.]+ s\]/g, "[build]").replace(/\([\d.]+ s into Astro\)/g, "(t)");
    expect(level).toBe("info");
    expect(text.split("\n")).toEqual([
      "12:00:00 [build] Building static entrypoints...",
      "12:00:01 ▶ src/pages/areas/[slug].astro",
      "[build] PNG 10/50",
      "[build] 1 pages and files written (t)",
      "[build] 2 pages and files written (t)",
      "[build] 2 pages and files written in all",
      "",
    ]);
  });
});
