/**
 * YAML text → a value checked by a zod schema, with every problem placed at its line and column
 * (YAML syntax errors and schema issues alike), so a content file's errors read like the CSV ones.
 */
import { LineCounter, isNode, parseDocument, type Document } from "yaml";
import type { z } from "zod";

export interface YamlIssue {
  /** 1-based; the position of the offending value, or of the nearest enclosing node when the key is missing. */
  line: number;
  column: number;
  /** Dotted path of the field (`steps.2.chart`), or "yaml" for a syntax error. */
  field: string;
  /** The value as written, when there is one. */
  value: string | null;
  expected: string;
}

/** Where a field is written, for checks made after parsing (e.g. against other tables). */
export type Locate = (path: readonly (string | number)[]) => { line: number; column: number; value: string | null };

export type YamlResult<T> = { ok: true; data: T; locate: Locate } | { ok: false; issues: YamlIssue[] };

/** Parses `text` and validates it with `schema`; never throws for bad input. */
export function parseYamlWith<T>(text: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): YamlResult<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return { ok: false, issues: doc.errors.map((e) => ({ ...at(e.pos[0]), field: "yaml", value: null, expected: e.message.split("\n")[0]! })) };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) {
    return { ok: true, data: parsed.data, locate: (path) => { const { offset, value } = locate(doc, path); return { ...at(offset), value }; } };
  }
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const { offset, value } = locate(doc, issue.path);
      return { ...at(offset), field: issue.path.join(".") || "(file)", value, expected: issue.message };
    }),
  };
}

/** Start offset and source text of the deepest node on `path` that exists. */
function locate(doc: Document, path: readonly (string | number)[]): { offset: number; value: string | null } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const exact = depth === path.length;
      const scalar = exact && "value" in node && (typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean");
      return { offset: node.range[0], value: scalar ? String((node as { value: unknown }).value) : null };
    }
  }
  return { offset: 0, value: null };
}
