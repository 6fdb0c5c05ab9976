/**
 * Reads every `*.yaml` file of a content folder through one zod schema. Files that fail are reported
 * as DataErrors with file:line:column, all at once; the others come back with a `locate` for later checks.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { dataError, type DataError } from "../data/errors";
import { parseYamlWith, type Locate } from "../lib/yaml-file";

export interface YamlFile<T> {
  /** File name, e.g. `demand.yaml`. */
  name: string;
  /** The path as messages show it: relative to the working directory when inside it. */
  file: string;
  data: T;
  locate: Locate;
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function fileLabel(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

/** The folder's `*.yaml` files in file-name order (none when the folder does not exist). */
export function readYamlFolder<T>(folder: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): { files: YamlFile<T>[]; errors: DataError[] } {
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort() : [];
  const files: YamlFile<T>[] = [];
  const errors: DataError[] = [];
  for (const name of names) {
    const file = fileLabel(path.join(folder, name));
    const parsed = parseYamlWith(readFileSync(path.join(folder, name), "utf8"), schema);
    if (parsed.ok) files.push({ name, file, data: parsed.data, locate: parsed.locate });
    else errors.push(...parsed.issues.map((i) => dataError(file, i.line, i.column, i.field, i.value, i.expected)));
  }
  return { files, errors };
}
