/**
 * Reads the data contract (data/README.md) so the /data/ page never restates it by hand:
 * which tool or person makes each file, the prose under each file's heading, and the
 * column meanings from its `| column | meaning |` table. Pure: markdown in, docs out.
 */

export interface FileDoc {
  /** "`npm run extract` from `seeds/<file>`" or "curated". */
  madeBy: string;
  /** The README's "edit by hand?" cell. */
  editByHand: string;
  /** Prose paragraphs and list items under the file's heading (markdown marks removed). */
  intro: string[];
  /** Column name → meaning, when the README has a column table for the file. */
  columns: Map<string, string>;
}

const plain = (md: string): string => md.replace(/`/g, "").replace(/\*\*/g, "").trim();
/** Cells of a markdown table row; a | inside `code` belongs to the cell, not the border. */
export function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let inCode = false;
  for (const ch of line.trim().replace(/^\||\|$/g, "")) {
    if (ch === "`") inCode = !inCode;
    if (ch === "|" && !inCode) {
      out.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

/** Keys are the README's file names: "areas.csv", "<report-id>/figures.csv". */
export function parseDataDocs(markdown: string): Map<string, FileDoc> {
  const docs = new Map<string, FileDoc>();
  const get = (key: string): FileDoc => {
    let d = docs.get(key);
    if (!d) docs.set(key, (d = { madeBy: "", editByHand: "", intro: [], columns: new Map() }));
    return d;
  };
  const lines = markdown.split(/\r?\n/);
  let current: string | null = null;
  for (const line of lines) {
    const heading = /^##\s+`([^`]+)`/.exec(line);
    if (heading) {
      current = heading[1]!;
      get(current);
      continue;
    }
    if (/^#/.test(line)) {
      current = null;
      continue;
    }
    if (line.startsWith("|")) {
      const [first = "", second = "", third = ""] = cells(line);
      const name = /^`([^`]+)`$/.exec(first)?.[1];
      if (!name) continue;
      if (current) get(current).columns.set(name, plain(second));
      else if (third) Object.assign(get(name), { madeBy: plain(second), editByHand: plain(third) });
      continue;
    }
    if (current && line.trim() !== "") get(current).intro.push(plain(line.replace(/^\s*-\s+/, "")));
  }
  return docs;
}

/** The README key of a data file: "yangquan-2024/figures.csv" → "<report-id>/figures.csv". */
export function docKey(rel: string, reportIds: readonly string[]): string {
  const [head, ...rest] = rel.split("/");
  return rest.length > 0 && reportIds.includes(head!) ? `<report-id>/${rest.join("/")}` : rel;
}
