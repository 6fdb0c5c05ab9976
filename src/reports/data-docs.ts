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
  /** Prose under the file's heading (markdown code marks removed), may be "". */
  intro: string;
  /** Column name → meaning, when the README has a column table for the file. */
  columns: Map<string, string>;
}

const plain = (md: string): string => md.replace(/`/g, "").replace(/\*\*/g, "").trim();
const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());

/** Keys are the README's file names: "areas.csv", "<report-id>/figures.csv". */
export function parseDataDocs(markdown: string): Map<string, FileDoc> {
  const docs = new Map<string, FileDoc>();
  const get = (key: string): FileDoc => {
    let d = docs.get(key);
    if (!d) docs.set(key, (d = { madeBy: "", editByHand: "", intro: "", columns: new Map() }));
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
    if (current && line.trim() !== "" && !line.startsWith("-")) {
      const d = get(current);
      d.intro = d.intro ? `${d.intro} ${plain(line)}` : plain(line);
    }
  }
  return docs;
}

/** The README key of a data file: "yangquan-2024/figures.csv" → "<report-id>/figures.csv". */
export function docKey(rel: string, reportIds: readonly string[]): string {
  const [head, ...rest] = rel.split("/");
  return rest.length > 0 && reportIds.includes(head!) ? `<report-id>/${rest.join("/")}` : rel;
}
