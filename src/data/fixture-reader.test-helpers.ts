/**
 * Test helper: a FileReader over the small valid dataset in src/test/fixtures/broken/base,
 * with one table replaced by a fixture file (whose path then appears in the error messages).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readDataset, type FileReader } from "./dataset";
import type { DataError } from "./errors";

export const FIXTURES = "src/test/fixtures/broken";
export const BASE = `${FIXTURES}/base`;

function readFile(file: string) {
  return existsSync(file) ? { file, bytes: new Uint8Array(readFileSync(file)) } : null;
}

/** Base dataset, with `table` (a path under data/, e.g. "areas.csv") read from `fixture` instead. */
export function readerWith(table?: string, fixture?: string): FileReader {
  return (root, rel) => {
    if (root === "data" && rel === table && fixture) return readFile(fixture);
    return readFile(path.posix.join(BASE, root === "text" ? "seeds" : root, rel));
  };
}

/** Every problem in the base dataset with `table` replaced by the fixture file `name`. */
export function errorsWith(table: string, name: string): DataError[] {
  return readDataset(readerWith(table, `${FIXTURES}/${name}`)).errors;
}
