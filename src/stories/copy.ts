/**
 * Story copy → escaped HTML. Copy never contains a typed number: every figure is a token
 * (see types.ts) rendered from data as a link to its sentence in the annotated report.
 *   {fig:<figure-id>}               the quote as written, number in bold: 增长<b>5%</b>左右
 *   {val:<figure-id>}               value + unit with qualifiers only:     <b>5%</b>左右
 *   {ind:<slug>:<year>}             a curated indicator value of the edition's report (or 未提及 when not stated)
 *   {ind:<slug>:<report-id>:<year>} the same for another report (e.g. the national one)
 *   {ctx:<context-id>}              an outside fact from data/context.csv: its value and unit, then its
 *                                   source line, marked as outside the report: <b>35微克/立方米</b>（报告外参照：国家标准（GB 3095-2012）二级限值）
 */
import { withQualifier, NOT_STATED } from "../charts/shared/format";
import { joinBase } from "../lib/url-path";

/** The fields of a `figures.csv` row that copy needs. */
export interface CopyFigure {
  id: string;
  quote: string;
  unit: string;
  qualifier: string;
  /**
   * Where it links, relative to the base, when not to its sentence: a figure of a report whose text
   * is absent is cited by its curated row on the report's page (src/data/cited.ts).
   */
  page?: string;
}

/** The fields of an `indicator-values.csv` row that copy needs (figure_id is "" when not stated). */
export interface CopyIndicatorValue {
  indicator: string;
  report_id: string;
  year: number;
  status: "actual" | "target" | "not_stated";
  figure_id: string;
}

/** The fields of a `context.csv` row that copy needs. */
export interface CopyContextFact {
  id: string;
  value: number;
  unit: string;
  shown_as: string;
}

/** How an outside fact is introduced beside its source line, so it never reads as the report's own figure. */
export const OUTSIDE_MARK = "报告外参照";

export interface CopyContext {
  /** Site base, e.g. "/" or "/yq2024/". */
  base: string;
  /** The edition's report: `{fig:}`/`{val:}` and a short `{ind:}` read it, and only its figures link to `report/#<id>`. */
  reportId: string;
  /**
   * Where figures link, relative to the base: the edition's annotated report (default "report/"),
   * the language's full texts of other reports (default "reports/") and its data page (default "data/").
   */
  pages?: { report: string; reports: string; data: string };
  /** Figures by report id, then by figure id. `{fig:}`/`{val:}` read `reportId`'s figures. */
  figures: ReadonlyMap<string, ReadonlyMap<string, CopyFigure>>;
  indicatorValues: readonly CopyIndicatorValue[];
  /** Outside facts (data/context.csv) for `{ctx:}`; none when absent. */
  context?: readonly CopyContextFact[];
  /**
   * Another language than the report's (src/lang/copy-lang.ts): each figure is written by `value`
   * (its value, unit and qualifiers in that language: "around 5%") instead of the quote, and
   * `notStated` stands for 未提及.
   */
  language?: {
    lang: string;
    value(reportId: string, fig: CopyFigure): string;
    notStated: string;
    /** An outside fact's value and source line in the language, and the words marking it as outside the report. */
    context?(fact: CopyContextFact): { value: string; shownAs: string; mark: string };
    /**
     * Another report's full text (`reports/<id>/text/`) exists only in its own language: a link
     * there carries its `hreflang` and says so in the link's name (`note`, e.g. " (in Chinese)").
     */
    otherReports?: { hreflang: string; note: string };
  };
}

/** Link targets of a context without `pages`: the root edition's. */
const DEFAULT_PAGES = { report: "report/", reports: "reports/", data: "data/" } as const;

const TOKEN = /\{(fig|val|ind|ctx):([^{}]+)\}/g;
/** A number as written, with an optional range tail: 5, 4.5, 3-5, 4.5%—5%. */
const NUMBER_SPAN = /\d+(?:\.\d+)?%?(?:\s*[-—–~～至]\s*\d+(?:\.\d+)?)?/;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Splits a quote into the text before the number, the number with its unit, and the rest. */
export function splitQuote(fig: CopyFigure): { before: string; number: string; after: string } {
  const match = NUMBER_SPAN.exec(fig.quote);
  if (!match) throw new Error(`figure ${fig.id}: quote "${fig.quote}" contains no number`);
  let end = match.index + match[0].length;
  // 余/多 stand between number and unit as written (150余家), so they belong to the number span.
  const infix = /^[余多]/.exec(fig.quote.slice(end))?.[0] ?? "";
  if (fig.unit && !match[0].endsWith(fig.unit) && fig.quote.startsWith(fig.unit, end + infix.length)) end += infix.length + fig.unit.length;
  return { before: fig.quote.slice(0, match.index), number: fig.quote.slice(match.index, end), after: fig.quote.slice(end) };
}

/**
 * A figure links to its sentence: the site's report in its annotated text, any other report in
 * `reports/<id>/text/`; a figure with its own `page` (a report whose text is absent) there.
 */
function link(ctx: CopyContext, reportId: string, fig: CopyFigure, inner: string): string {
  const { report, reports } = ctx.pages ?? DEFAULT_PAGES;
  const own = reportId === ctx.reportId;
  const target = fig.page ?? `${own ? report : `${reports}${reportId}/text/`}#${fig.id}`;
  // Another report's pages (its text, or its page with the curated stand-in rows) are Chinese only.
  const other = own ? undefined : ctx.language?.otherReports;
  const lang = other ? ` hreflang="${escapeHtml(other.hreflang)}"` : "";
  const note = other ? `<span class="visually-hidden">${escapeHtml(other.note)}</span>` : "";
  return `<a class="num" href="${escapeHtml(joinBase(ctx.base, target))}"${lang}>${inner}${note}</a>`;
}

function findFigure(ctx: CopyContext, reportId: string, id: string, token: string): CopyFigure {
  const fig = ctx.figures.get(reportId)?.get(id);
  if (!fig) throw new Error(`copy token ${token}: unknown figure id "${id}" (expected an id from data/${reportId}/figures.csv)`);
  return fig;
}

function renderFig(ctx: CopyContext, reportId: string, fig: CopyFigure): string {
  if (ctx.language) return renderVal(ctx, reportId, fig);
  const { before, number, after } = splitQuote(fig);
  return link(ctx, reportId, fig, `${escapeHtml(before)}<b>${escapeHtml(number)}</b>${escapeHtml(after)}`);
}

function renderVal(ctx: CopyContext, reportId: string, fig: CopyFigure): string {
  if (ctx.language) return link(ctx, reportId, fig, `<b>${escapeHtml(ctx.language.value(reportId, fig))}</b>`);
  const { number } = splitQuote(fig);
  // An infix qualifier already inside the number span (150余家) must not be added twice.
  const qualifier = fig.qualifier.split("|").filter((q) => !(/^[余多]$/.test(q) && number.includes(q))).join("|");
  return link(ctx, reportId, fig, withQualifier(`<b>${escapeHtml(number)}</b>`, escapeHtml(qualifier)));
}

function renderInd(ctx: CopyContext, arg: string, token: string): string {
  const parts = arg.split(":");
  const [slug, reportId, yearText] = parts.length === 2 ? [parts[0], ctx.reportId, parts[1]] : parts;
  const year = Number(yearText);
  if (!slug || !reportId || !Number.isInteger(year) || parts.length > 3) {
    throw new Error(`copy token ${token}: expected {ind:<slug>:<year>} (the edition's report) or {ind:<slug>:<report-id>:<year>}`);
  }
  const row = ctx.indicatorValues.find((v) => v.indicator === slug && v.report_id === reportId && v.year === year);
  if (!row) throw new Error(`copy token ${token}: no row in indicator-values.csv for ${slug} / ${reportId} / ${year}`);
  if (row.status === "not_stated" || !row.figure_id) return `<span class="num--missing">${escapeHtml(ctx.language?.notStated ?? NOT_STATED)}</span>`;
  return renderVal(ctx, reportId, findFigure(ctx, reportId, row.figure_id, token));
}

/** The /data/ anchor of the context table, where each fact's source and wording are listed. */
export const contextAnchor = (id: string, dataPage: string = DEFAULT_PAGES.data) => `${dataPage}#context-${id}`;

function renderCtx(ctx: CopyContext, id: string, token: string): string {
  const fact = ctx.context?.find((f) => f.id === id);
  if (!fact) {
    const known = (ctx.context ?? []).map((f) => f.id).join(", ") || "none";
    throw new Error(`copy token ${token}: unknown context id "${id}" (expected an id from data/context.csv: ${known})`);
  }
  const href = escapeHtml(joinBase(ctx.base, contextAnchor(fact.id, ctx.pages?.data)));
  const words = ctx.language?.context?.(fact);
  if (words) return `<a class="num num--context" href="${href}"><b>${escapeHtml(words.value)}</b></a><span class="context-source"> (${escapeHtml(words.mark)}: ${escapeHtml(words.shownAs)})</span>`;
  if (ctx.language) throw new Error(`copy token ${token}: no ${ctx.language.lang} words for outside facts (src/content/context/${ctx.language.lang}.yaml)`);
  const value = `<a class="num num--context" href="${href}"><b>${escapeHtml(`${fact.value}${fact.unit}`)}</b></a>`;
  return `${value}<span class="context-source">（${OUTSIDE_MARK}：${escapeHtml(fact.shown_as)}）</span>`;
}

/** Renders copy to HTML; all text is escaped, and an unknown id throws naming the token. */
export function renderCopy(copy: string, ctx: CopyContext): string {
  let html = "";
  let last = 0;
  for (const match of copy.matchAll(TOKEN)) {
    const [token, kind, arg] = match as unknown as [string, "fig" | "val" | "ind" | "ctx", string];
    html += escapeHtml(copy.slice(last, match.index));
    if (kind === "ind") html += renderInd(ctx, arg, token);
    else if (kind === "ctx") html += renderCtx(ctx, arg, token);
    else {
      const fig = findFigure(ctx, ctx.reportId, arg, token);
      html += kind === "fig" ? renderFig(ctx, ctx.reportId, fig) : renderVal(ctx, ctx.reportId, fig);
    }
    last = match.index + token.length;
  }
  return html + escapeHtml(copy.slice(last));
}

/** Copy with every token removed: what a person typed. */
export function stripTokens(copy: string): string {
  return copy.replace(TOKEN, "");
}

/** Throws if any digit (ASCII or full-width) was typed into copy instead of coming from a token. */
export function assertNoTypedNumbers(copy: string, where = "copy"): void {
  const typed = stripTokens(copy).match(/[0-9０-９]+/g);
  if (typed) throw new Error(`${where}: typed number(s) ${typed.map((t) => `"${t}"`).join(", ")} — use a {fig:…}, {val:…}, {ind:…} or {ctx:…} token from data instead, in: ${copy}`);
}
