import { expect, test } from "vitest";
import { seedHash } from "../lib/seed-hash.ts";
import { recordExtraction, seedPathOf } from "./extraction-record.ts";
import { memoryEffects } from "./memory-effects.ts";

test("extract records each distinct text once, and warns when the text changed but data_date did not", async () => {
  const fx = memoryEffects({});
  await recordExtraction(fx, "out", "a.txt", "一、回顾\n增长3.2%", "2026-11-26");
  await recordExtraction(fx, "out", "a.txt", "\uFEFF一、回顾\r\n增长3.2%\r\n", "2026-11-26"); // same text, re-saved
  expect(fx.out).toEqual([]);
  await recordExtraction(fx, "out", "a.txt", "一、回顾\n增长2.6%", "2026-11-26");
  expect(fx.out).toEqual(["warning: a.txt changed since its last extraction, but its data_date is still 2026-11-26; set data_date in seeds/manifest.csv to the day of this text"]);
  expect(fx.text("out/extraction.csv")).toBe(
    `file,sha256,data_date\na.txt,${seedHash("一、回顾\n增长3.2%")},2026-11-26\na.txt,${seedHash("一、回顾\n增长2.6%")},2026-11-26\n`,
  );
});

test("a manifest file that leaves seeds/ is refused with its line and column", () => {
  expect(() => seedPathOf(".", "../../etc/passwd", "seeds/manifest.csv", 3)).toThrow(
    'seeds/manifest.csv:3: column "file" is "../../etc/passwd", expected a path inside seeds/ or a report folder, without ".."',
  );
});
