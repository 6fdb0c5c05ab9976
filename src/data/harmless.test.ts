import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { readDataset } from "./dataset";
import { BASE, FIXTURES, readerWith } from "./fixture-reader.test-helpers";
import { TABLES } from "./schema";
import { readTableBytes } from "./table";

const baseFile = `${BASE}/data/indicator-values.csv`;
const base = readTableBytes(new Uint8Array(readFileSync(baseFile)), baseFile, TABLES.indicatorValues);

test.each(["crlf.csv", "bom.csv", "no-trailing-newline.csv", "all-quoted.csv", "blank-lines-at-end.csv"])(
  "%s is read exactly like the plain file",
  (name) => {
    const file = `${FIXTURES}/harmless/${name}`;
    const variant = readTableBytes(new Uint8Array(readFileSync(file)), file, TABLES.indicatorValues);
    expect(variant.errors).toEqual([]);
    expect(base.rows.length).toBe(5);
    expect(variant.rows).toEqual(base.rows);
    expect(readDataset(readerWith("indicator-values.csv", file)).errors).toEqual([]);
  },
);
