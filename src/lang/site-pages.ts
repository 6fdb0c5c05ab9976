/**
 * The words of a language's site-wide pages (about, corrections, glossary, charts, data) as
 * content: `src/content/pages/<lang>/<page>.yaml`, checked with zod (file:line:column errors).
 * `blocks` are the page's body: h2, p, ol, ul, dl. In any text, [words](path) links a page of the
 * site, {name} is filled from the page's values, {zh:<figure id>} is a figure as the report writes
 * it and {en:<figure id>} the same figure in English (src/lang/copy-lang.ts), and {zh:<words>}
 * marks Chinese words lang="zh-CN". Rendering escapes everything it is given.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataError, DataValidationError } from "../data/errors";
import { figureById } from "../data/load";
import { parseYamlWith } from "../lib/yaml-file";
import { escapeHtml } from "../stories/copy";
import { figureIn } from "./copy-lang";

const text = z.string().min(1, "a non-blank text");
const block = z.union([
  z.object({ h2: text }).strict(),
  z.object({ p: text }).strict(),
  z.object({ ol: z.array(text).min(1) }).strict(),
  z.object({ ul: z.array(text).min(1) }).strict(),
  z.object({ dl: z.array(z.object({ term: text, text }).strict()).min(1) }).strict(),
]);
export type Block = z.infer<typeof block>;

const pageSchema = z
  .object({ title: text, description: text, kicker: text.optional(), dek: text, blocks: z.array(block).optional() })
  .catchall(text);
export type SitePage = z.infer<typeof pageSchema> & Record<string, unknown>;

const cache = new Map<string, SitePage>();

/** `src/content/pages/<lang>/<name>.yaml` (under CONTENT_DIR when set); throws with file:line:column. */
export function sitePage(lang: string, name: string): SitePage {
  const abs = path.resolve(process.env.CONTENT_DIR ?? "src/content", "pages", lang, `${name}.yaml`);
  let page = cache.get(abs);
  if (page) return page;
  const rel = path.relative(process.cwd(), abs).split(path.sep).join("/");
  let source: string;
  try {
    source = readFileSync(abs, "utf8");
  } catch {
    throw new Error(`${rel}: no such page file — expected the ${lang} words of the ${name} page`);
  }
  const parsed = parseYamlWith(source, pageSchema);
  if (!parsed.ok) throw new DataValidationError(parsed.issues.map((i) => dataError(rel, i.line, i.column, i.field, i.value, i.expected)));
  page = parsed.data as SitePage;
  cache.set(abs, page);
  return page;
}

export interface InlineContext {
  /** The report a {zh:}/{en:} figure id names. */
  reportId: string;
  /** The English (or other) language {en:} converts into. */
  lang: string;
  /** Values for {name}; a value in `chinese` is marked lang="zh-CN". */
  vars: Readonly<Record<string, string | number>>;
  chinese?: readonly string[];
  /** A site path ("data/") → its href under the base. */
  link(path: string): string;
}

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\{(zh|en):([^{}]+)\}|\{([a-z_]+)\}/g;

/** One text → HTML: links, values, figures (as written and in English) and Chinese words marked. */
export function renderInline(source: string, ctx: InlineContext): string {
  let html = "";
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    html += escapeHtml(source.slice(last, m.index));
    last = m.index + m[0].length;
    const [, label, target, lang, arg, name] = m;
    if (label !== undefined) {
      if (/^[a-z]+:|^\/\//i.test(target!)) throw new Error(`site page link "${target}": expected a path of this site such as data/`);
      html += `<a href="${escapeHtml(ctx.link(target!))}">${renderInline(label, ctx)}</a>`;
    } else if (lang !== undefined) {
      const figure = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(arg!) ? figureById(ctx.reportId, arg!) : undefined;
      if (lang === "en") {
        if (!figure) throw new Error(`{en:${arg}}: expected a figure id of data/${ctx.reportId}/figures.csv`);
        html += `<b>${escapeHtml(figureIn(ctx.lang, ctx.reportId, figure.id))}</b>`;
      } else {
        html += `<span lang="zh-CN">${escapeHtml(figure ? figure.quote.replace(/^(增长|达到|达|下降|提高到|降至)/, "") : arg!)}</span>`;
      }
    } else {
      const value = ctx.vars[name!];
      if (value === undefined) throw new Error(`site page text: {${name}} has no value here (values: ${Object.keys(ctx.vars).join(", ")})`);
      const shown = escapeHtml(String(value));
      html += ctx.chinese?.includes(name!) ? `<span lang="zh-CN">${shown}</span>` : shown;
    }
  }
  return html + escapeHtml(source.slice(last));
}

/** A page's blocks → HTML. */
export function renderBlocks(blocks: readonly Block[], ctx: InlineContext): string {
  const r = (t: string) => renderInline(t, ctx);
  return blocks
    .map((b) => {
      if ("h2" in b) return `<h2>${r(b.h2)}</h2>`;
      if ("p" in b) return `<p>${r(b.p)}</p>`;
      if ("ol" in b) return `<ol>${b.ol.map((i) => `<li>${r(i)}</li>`).join("")}</ol>`;
      if ("ul" in b) return `<ul>${b.ul.map((i) => `<li>${r(i)}</li>`).join("")}</ul>`;
      return `<dl>${b.dl.map((d) => `<dt>${r(d.term)}</dt><dd>${r(d.text)}</dd>`).join("")}</dl>`;
    })
    .join("\n");
}
