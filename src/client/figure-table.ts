/**
 * Enhances the server-rendered figures tables (src/reports/FigureTable.astro): filter by text,
 * measure and period, and sort by any column with a button in its header (aria-sort on the <th>).
 * Without JavaScript the full table is shown in reading order and the filter form stays hidden.
 */

export interface RowFacts {
  text: string;
  measure: string;
  period: string;
}
export interface Filter {
  q: string;
  measure: string;
  period: string;
}

/** Whether a row passes the filter: every words of the query occurs in the row's text. */
export function rowMatches(row: RowFacts, filter: Filter): boolean {
  if (filter.measure && row.measure !== filter.measure) return false;
  if (filter.period && row.period !== filter.period) return false;
  const words = filter.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const text = row.text.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Compares two sort keys; blanks sort last in both directions. */
export function compareKeys(a: string, b: string, type: "text" | "number", direction: 1 | -1): number {
  if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
  if (type === "number") return (Number(a) - Number(b)) * direction;
  return a.localeCompare(b, "zh-CN") * direction;
}

function keyOf(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell?.dataset.sort ?? cell?.textContent?.trim() ?? "";
}

function enhance(root: HTMLElement): void {
  const table = root.querySelector("table");
  const form = root.querySelector<HTMLElement>(".figure-table__filters");
  const body = table?.tBodies[0];
  if (!table || !form || !body) return;
  const rows = [...body.rows];
  const status = form.querySelector<HTMLElement>(".figure-table__count");
  const facts = new Map(rows.map((r) => [r, { text: r.textContent ?? "", measure: r.dataset.measure ?? "", period: r.dataset.period ?? "" }]));

  const apply = () => {
    const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? "";
    const filter = { q: value("q"), measure: value("measure"), period: value("period") };
    let shown = 0;
    for (const r of rows) {
      const ok = rowMatches(facts.get(r)!, filter);
      r.hidden = !ok;
      if (ok) shown += 1;
    }
    if (status) status.textContent = `显示${shown}个，共${rows.length}个`;
  };
  form.hidden = false;
  form.addEventListener("input", apply);

  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.append(button);
    button.addEventListener("click", () => {
      const direction: 1 | -1 = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      const type = th.dataset.type === "number" ? "number" : "text";
      const sorted = [...rows].sort((a, b) => compareKeys(keyOf(a, index), keyOf(b, index), type, direction) || compareKeys(keyOf(a, 0), keyOf(b, 0), "number", 1));
      body.append(...sorted);
    });
  });
  apply();
}

export function initFigureTables(doc: Document): void {
  doc.querySelectorAll<HTMLElement>("[data-figure-table]").forEach(enhance);
}
