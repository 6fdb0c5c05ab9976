/**
 * The search page's script (only there): fetches the report's sentence index from the same origin
 * on first use, matches the query as a substring and lists the sentences, each linked to its paragraph
 * in the annotated report, the matches marked. Built with DOM methods only (no HTML strings), so text
 * from the index can never become markup. The query lives in the address (?q=…), so a result list
 * can be linked and the header's search form works as a plain link to this page.
 */
import { searchIndex, type SearchIndex } from "../search/match";

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  const root = document.querySelector<HTMLElement>("[data-search-root]");
  if (!form || !input || !status || !list || !root) return;
  const { index: indexUrl, report: reportUrl, topics: topicsUrl } = root.dataset;
  let index: Promise<SearchIndex> | null = null;
  const load = () => (index ??= fetch(indexUrl!).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<SearchIndex>;
  }));

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };

  // Typing and pressing Enter can both start a search: only the latest one writes its results.
  let latest = 0;
  const render = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    if (!q) {
      list.replaceChildren();
      status.textContent = "输入词语，例如：就业、煤矿、新能源汽车、专精特新、养老。";
      return;
    }
    status.textContent = "正在搜索…";
    let idx: SearchIndex;
    try {
      idx = await load();
    } catch {
      status.textContent = "搜索索引没有载入。请刷新页面，或直接阅读标注版全文。";
      return;
    }
    if (ticket !== latest) return; // a newer search has started
    list.replaceChildren();
    const { hits, total } = searchIndex(idx, q);
    const topic = idx.topics.find(([, label]) => label === q);
    if (topic) {
      const li = el("li", undefined, "search-hit search-hit--topic");
      const a = el("a", `我关心：${topic[1]}（报告中这个话题的每一句和每个数字）`);
      a.href = `${topicsUrl}${topic[0]}/`;
      li.append(a);
      list.append(li);
    }
    status.textContent = total === 0 ? `报告原文中没有“${q}”。` : `报告原文中有${total}句含“${q}”${total > hits.length ? `，下面列出前${hits.length}句` : ""}。`;
    for (const hit of hits) {
      const li = el("li", undefined, "search-hit");
      const where = el("a", hit.label, "search-hit__where");
      where.href = `${reportUrl}#${hit.section}`;
      const p = el("p", undefined, "search-hit__text");
      let last = 0;
      for (const at of hit.at) {
        p.append(hit.text.slice(last, at), el("mark", hit.text.slice(at, at + q.length)));
        last = at + q.length;
      }
      p.append(hit.text.slice(last));
      li.append(where, p);
      list.append(li);
    }
  };

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set("q", input.value.trim());
      else url.searchParams.delete("q");
      history.replaceState(null, "", url);
      void render(input.value);
    }, 150);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void render(input.value);
  });
  const initial = new URL(location.href).searchParams.get("q") ?? "";
  input.value = initial;
  void render(initial);
}
