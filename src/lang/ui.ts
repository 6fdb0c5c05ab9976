/**
 * The words a page or chart draws that are not story copy (axis labels, table headers, notes, alt
 * text patterns, download labels), one content file per language: `src/content/ui/<lang>.yaml`.
 * `zh-CN.yaml` is the reference: every other language has exactly its keys, and each text uses the
 * same {placeholders}. Problems are DataErrors with file:line:column, all listed at once.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import { dataError, DataValidationError, type DataError } from "../data/errors";

/** Texts by dotted key ("chart.common.not_stated"). */
export type UiStrings = ReadonlyMap<string, string>;

export const REFERENCE_LANG = "zh-CN";

interface ParsedFile {
  lang: string;
  file: string;
  strings: Map<string, string>;
  /** Where each key's value (or, for a missing key, its nearest parent) is written. */
  at: Map<string, { line: number; column: number }>;
  /** Keys whose value was refused (already reported; not reported again as missing). */
  refused: Set<string>;
}

/** The content folder: env CONTENT_DIR, else src/content (as the editions loader reads it). */
function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? "src/content");
}

function fileLabel(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

const placeholders = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!).sort();

function parseFile(abs: string, errors: DataError[]): ParsedFile | null {
  const file = fileLabel(abs);
  const lang = path.basename(abs, ".yaml");
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(abs, "utf8"), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push(dataError(file, pos(e.pos[0]).line, pos(e.pos[0]).column, "yaml", null, e.message.split("\n")[0]!));
    return null;
  }
  const strings = new Map<string, string>();
  const at = new Map<string, { line: number; column: number }>();
  const refused = new Set<string>();
  const walk = (node: Node | null, prefix: string) => {
    if (!isMap(node)) {
      const where = pos(node?.range?.[0] ?? 0);
      errors.push(dataError(file, where.line, where.column, prefix || "(file)", null, "a map of keys to texts or to further maps"));
      return;
    }
    at.set(prefix, pos(node.range?.[0] ?? 0));
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const full = prefix ? `${prefix}.${key}` : key;
      const value = pair.value as Node | null;
      if (!/^[a-z][a-z0-9_]*$/.test(key)) {
        const where = pos((pair.key as Node | null)?.range?.[0] ?? 0);
        errors.push(dataError(file, where.line, where.column, "key", key, "a key of lower-case letters, digits and _"));
      } else if (isScalar(value)) {
        const where = pos(value.range?.[0] ?? 0);
        if (typeof value.value !== "string") {
          refused.add(full);
          errors.push(dataError(file, where.line, where.column, full, String(value.value), "a text (quote it; \"\" when the language says nothing here)"));
        }
        else {
          strings.set(full, value.value);
          at.set(full, where);
        }
      } else walk(value, full);
    }
  };
  walk(doc.contents as Node | null, "");
  return { lang, file, strings, at, refused };
}

/** Every language file in `<dir>/ui/`, checked against the reference; never throws for bad files. */
export function readUiFolder(dir: string): { byLang: Map<string, UiStrings>; errors: DataError[] } {
  const folder = path.join(dir, "ui");
  const errors: DataError[] = [];
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort() : [];
  const files = names.map((n) => parseFile(path.join(folder, n), errors)).filter((f): f is ParsedFile => f !== null);
  const reference = files.find((f) => f.lang === REFERENCE_LANG);
  if (!reference) {
    if (errors.length === 0) errors.push(dataError(fileLabel(path.join(folder, `${REFERENCE_LANG}.yaml`)), null, null, "file", null, `the reference language file ${REFERENCE_LANG}.yaml`));
    return { byLang: new Map(), errors };
  }
  for (const f of files) {
    if (f === reference) continue;
    for (const [key, text] of reference.strings) {
      const own = f.strings.get(key);
      if (own === undefined && f.refused.has(key)) continue;
      if (own === undefined) {
        const parent = key.split(".").slice(0, -1);
        let where: { line: number; column: number } | undefined;
        while (!where && parent.length >= 0) {
          where = f.at.get(parent.join("."));
          if (parent.length === 0) break;
          parent.pop();
        }
        errors.push(dataError(f.file, where?.line ?? 1, where?.column ?? 1, key, null, `a text for every key of ${reference.file} (it has ${JSON.stringify(text)})`));
      } else if (placeholders(own).join() !== placeholders(text).join()) {
        const where = f.at.get(key)!;
        errors.push(dataError(f.file, where.line, where.column, key, own, `the placeholders of ${reference.file} (${placeholders(text).map((p) => `{${p}}`).join(", ") || "none"})`));
      }
    }
    for (const key of f.strings.keys()) {
      if (!reference.strings.has(key)) {
        const where = f.at.get(key)!;
        errors.push(dataError(f.file, where.line, where.column, key, f.strings.get(key)!, `a key ${reference.file} has (or add it there first)`));
      }
    }
  }
  return { byLang: new Map(files.map((f) => [f.lang, f.strings])), errors };
}

const cache = new Map<string, Map<string, UiStrings>>();

/** The UI texts of `lang` (a tag such as zh-CN or en); throws listing every problem of the folder. */
export function uiStrings(lang: string): UiStrings {
  const dir = contentRoot();
  let byLang = cache.get(dir);
  if (!byLang) {
    const result = readUiFolder(dir);
    if (result.errors.length > 0) throw new DataValidationError(result.errors);
    byLang = result.byLang;
    cache.set(dir, byLang);
  }
  const strings = byLang.get(lang);
  if (!strings) throw new Error(`no UI texts for language "${lang}" — expected src/content/ui/${lang}.yaml (there are: ${[...byLang.keys()].join(", ")})`);
  return strings;
}

/** The text at `key` with `{name}` filled from `vars`; throws naming a missing key or value. */
export function uiText(strings: UiStrings, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const text = strings.get(key);
  if (text === undefined) throw new Error(`UI text "${key}" is missing — add it to src/content/ui/${REFERENCE_LANG}.yaml and every other language file`);
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`UI text "${key}": {${name}} needs a value`);
    return String(value);
  });
}
