import { describe, expect, it } from "vitest";
import { renderReport } from "./run.ts";
import { manifest, readRepo, readSeed } from "./test-support.ts";

describe.each(manifest().map((m) => [m.id, m] as const))("golden output for %s", (id, meta) => {
  const text = readSeed(meta);
  const out = renderReport(text, meta, meta.file);

  it.each(["sections.csv", "figures.csv"] as const)("%s equals the committed file byte for byte", (name) => {
    expect(out[name]).toBe(readRepo(`data/${id}/${name}`));
  });

  it("is deterministic", () => {
    const again = renderReport(text, meta, meta.file);
    expect(again["sections.csv"]).toBe(out["sections.csv"]);
    expect(again["figures.csv"]).toBe(out["figures.csv"]);
  });
});
