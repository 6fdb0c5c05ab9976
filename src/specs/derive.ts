/**
 * deriveStory: a story file + its edition → the Story the pages show. The one place that turns
 * declarative chart specs into charts: it derives chart ids (edition prefix, published aliases),
 * widths (widths.ts), years (the edition's), sources (from the figures drawn) and every step's
 * pre-rendered state. Problems are returned with the path of the field they concern.
 */
import type { ChartResult, ChartState } from "../charts/types";
import type { Edition } from "../edition";
import { fill } from "../edition";
import { loadReport } from "../data/load";
import { sectionIdsOf } from "../stories/indicator-rows";
import type { ChartDef, Story, StoryStep } from "../stories/types";
import type { DrawOptions, SpecKind } from "./kind";
import { SPEC_KINDS } from "./kinds";
import { aliasesOf } from "./published-ids";
import { plainTitle } from "./plain-title";
import { describeRule, pickRows } from "./row-rules";
import { expandQuotes } from "./quotes";
import type { ChartSpec, StoryFile } from "./story-file";
import { compareProblem } from "./compare-claim";
import { STORY_WIDTH } from "./widths";
import { chartLang } from "../charts/shared/lang";

export interface DeriveProblem {
  path: (string | number)[];
  expected: string;
  value?: string;
}

interface Resolved {
  spec: ChartSpec;
  kind: SpecKind<unknown, unknown>;
  rows: unknown[];
  def: ChartDef;
}

/** Every string in a rows query with {review_year}/{plan_year} filled in (row labels may name years). */
function fillDeep(value: unknown, words: (text: string) => string): unknown {
  if (typeof value === "string") return words(value);
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, words));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, words)]));
  return value;
}

/** A property computed on first read, so deriving a story renders nothing until a page asks. */
function lazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  let value: V | undefined;
  let done = false;
  return Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      if (!done) [value, done] = [compute(), true];
      return value;
    },
  }) as T & Record<K, V>;
}

export function deriveStory(file: StoryFile, edition: Edition): { story?: Story; problems: DeriveProblem[] } {
  const problems: DeriveProblem[] = [];
  const years = { review_year: edition.reviewYear, plan_year: edition.planYear };
  const words = (text: string) => fill(text, years);
  const area = file.kind === "area" ? edition.areas.find((a) => a.slug === file.slug) : undefined;
  if (file.kind === "area" && !area) problems.push({ path: ["slug"], value: file.slug, expected: `an area slug of report ${edition.reportId} in data/areas.csv (${edition.areas.map((a) => a.slug).join(", ")})` });

  const base = (localId: string, extra: Partial<DrawOptions> = {}): DrawOptions => ({
    id: localId,
    width: STORY_WIDTH,
    actualYear: edition.reviewYear,
    targetYear: edition.planYear,
    lang: chartLang(edition.lang),
    ...(area ? { area: area.slug } : {}),
    ...extra,
  });

  const ctx = { reportId: edition.reportId, reviewYear: edition.reviewYear, planYear: edition.planYear, lang: edition.lang, ...(area ? { area: area.slug, areaSection: area.sectionId } : {}) };
  const charts = new Map<string, Resolved>();
  file.charts.forEach((spec, i) => {
    if (charts.has(spec.id)) problems.push({ path: ["charts", i, "id"], value: spec.id, expected: "a chart id not already used in this story" });
    const kind = SPEC_KINDS[spec.type] as SpecKind<unknown, unknown>;
    let rows: unknown[];
    // The kind's own placeholders ({ratio}) pass through the years untouched, for its resolve to fill.
    const kept = Object.fromEntries((kind.placeholders ?? []).map((name) => [name, `{${name}}`]));
    try {
      rows = kind.resolve(kind.rows.parse(fillDeep(spec.rows, (text) => fill(text, { ...kept, ...years }))), ctx);
    } catch (e) {
      problems.push({ path: ["charts", i, "rows"], expected: `rows the data has: ${(e as Error).message}` });
      return;
    }
    const figureIds = [...new Set(kind.figureIds(rows))];
    const figureSources = kind.citesSourcesOnly ? [] : sectionIdsOf(figureIds, edition.reportId);
    const sourceIds = [...new Set([...figureSources, ...(kind.sourceIds?.(rows, ctx) ?? []), ...(spec.sources ?? [])])];
    if (sourceIds.length === 0) problems.push({ path: ["charts", i, "sources"], expected: "the paragraphs the chart reads: it draws no figure, and every chart must cite the report" });
    const subject = spec.subject ? words(spec.subject) : undefined;
    const id = edition.chartId(spec.id);
    const def: ChartDef = {
      id,
      aliases: aliasesOf(id),
      reportId: edition.reportId,
      story: file.slug,
      renderer: kind.renderer,
      kind: spec.type,
      title: words(spec.title),
      takeaway: spec.takeaway,
      unit: words(spec.unit),
      ...(spec.note ? { note: spec.note } : {}),
      figureIds,
      sourceIds,
      render: (): ChartResult => kind.draw(rows, base(spec.id, subject ? { subject } : {})),
    };
    charts.set(spec.id, { spec, kind, rows, def });
  });

  const steps: StoryStep[] = file.steps.flatMap((step, i) => {
    const chart = charts.get(step.chart);
    if (!chart) {
      if (!file.charts.some((c) => c.id === step.chart)) problems.push({ path: ["steps", i, "chart"], value: step.chart, expected: `the id of one of this story's charts (${file.charts.map((c) => c.id).join(", ")})` });
      return [];
    }
    const where = Object.entries(step.where ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(words)] as const);
    const rows = chart.rows.filter((r) => where.every(([k, vs]) => vs.includes(String((r as Record<string, unknown>)[k]))));
    if (rows.length === 0) problems.push({ path: ["steps", i, "where"], expected: `a condition some rows of chart ${step.chart} meet` });
    const keys = rows.map((r) => chart.kind.keyOf(r));
    const highlight = [
      ...new Set(
        (step.highlight ?? []).flatMap((key, j) => {
          if (typeof key !== "string") {
            try {
              const picked = pickRows(rows, key).map((r) => chart.kind.keyOf(r));
              if (picked.length === 0) problems.push({ path: ["steps", i, "highlight", j], value: describeRule(key), expected: `a rule that picks some rows of chart ${step.chart}` });
              return picked;
            } catch (e) {
              problems.push({ path: ["steps", i, "highlight", j], value: describeRule(key), expected: `a rule on fields the rows of ${step.chart} have: ${(e as Error).message}` });
              return [];
            }
          }
          let expanded = key;
          try {
            expanded = expandQuotes(words(key), edition.reportId);
          } catch (e) {
            problems.push({ path: ["steps", i, "highlight", j], value: key, expected: `a quote of a figure the data has: ${(e as Error).message}` });
          }
          if (!keys.includes(expanded)) problems.push({ path: ["steps", i, "highlight", j], value: key, expected: `a row key of chart ${step.chart} (${keys.join(", ")})` });
          return [expanded];
        }),
      ),
    ];
    // Unique on the page and ASCII whatever the row keys are (word keys are Chinese): the step's number.
    const stateId = `${step.chart}-step${i + 1}`;
    const subject = chart.spec.subject ? words(chart.spec.subject) : undefined;
    const drawState = (): ChartState => ({
      ...chart.kind.draw(rows, base(stateId, { step: step.step, highlight, ...(subject ? { subject } : {}) })),
      label: words(step.label),
    });
    return [lazy({ text: step.text, sourceIds: step.sources, chartId: chart.def.id } as Omit<StoryStep, "state">, "state", drawState)];
  });

  const copy = [file.title, file.dek, ...file.steps.map((s) => s.text), ...file.charts.flatMap((c) => [c.takeaway, ...(c.note ? [c.note] : [])])];
  const saidInCopy = (says: string) => copy.some((c) => c.includes(says));
  const SAID = "words that stand in the story's copy (title, dek, a step or a takeaway)";
  let title = file.title;
  try {
    title = plainTitle(words(file.title), edition.reportId, edition.lang);
  } catch (e) {
    problems.push({ path: ["title"], value: file.title, expected: `a title whose values the data has: ${(e as Error).message}` });
  }

  (file.claims ?? []).forEach((claim, i) => {
    if ("compare" in claim) {
      const problem = compareProblem(claim, edition.reportId, words);
      if (problem) problems.push({ path: ["claims", i, "says"], value: claim.says, expected: problem });
      if (!saidInCopy(claim.says)) problems.push({ path: ["claims", i, "says"], value: claim.says, expected: SAID });
      return;
    }
    if ("section" in claim) {
      const n = loadReport(edition.reportId).figures.filter((f) => f.section_id === claim.section || f.section_id.startsWith(`${claim.section}-`)).length;
      if (n !== claim.count) problems.push({ path: ["claims", i, "count"], value: String(claim.count), expected: `the number of figures section ${claim.section} states in data/${edition.reportId}/figures.csv (${n})` });
      if (!saidInCopy(claim.says)) problems.push({ path: ["claims", i, "says"], value: claim.says, expected: SAID });
      return;
    }
    const chart = charts.get(claim.chart);
    if (!chart) {
      problems.push({ path: ["claims", i, "chart"], value: claim.chart, expected: `the id of one of this story's charts` });
      return;
    }
    const rows = chart.rows as Record<string, unknown>[];
    if ("pick" in claim) {
      try {
        const picked = pickRows(rows, claim.pick).map((r) => chart.kind.keyOf(r));
        if (claim.count !== undefined && picked.length !== claim.count)
          problems.push({ path: ["claims", i, "count"], value: String(claim.count), expected: `the number of rows of ${claim.chart} the rule picks (${picked.length}: ${picked.join(", ") || "none"})` });
        if (claim.rows !== undefined && [...picked].sort().join() !== [...claim.rows].sort().join())
          problems.push({ path: ["claims", i, "rows"], value: claim.rows.join(", "), expected: `the rows of ${claim.chart} the rule picks (${picked.join(", ") || "none"})` });
      } catch (e) {
        problems.push({ path: ["claims", i, "pick"], value: describeRule(claim.pick), expected: `a rule on fields the rows of ${claim.chart} have: ${(e as Error).message}` });
      }
    } else if ("covers" in claim) {
      const drawn = new Set(chart.def.figureIds);
      const under = (section: string) => section === claim.covers || section.startsWith(`${claim.covers}-`);
      const missing = loadReport(edition.reportId).figures.filter((f) => under(f.section_id) && !drawn.has(f.id));
      if (missing.length > 0) problems.push({ path: ["claims", i, "covers"], value: claim.covers, expected: `paragraphs whose every figure ${claim.chart} draws, but it misses ${missing.map((f) => `${f.id} "${f.quote}"`).join(", ")}` });
    } else if ("of" in claim) {
      const rowOf = (key: string) => rows.find((r) => chart.kind.keyOf(r) === key);
      const [row, toRow] = [rowOf(claim.row), rowOf(claim.to_row ?? claim.row)];
      const num = (r: Record<string, unknown> | undefined, field: string) => {
        const v = r?.[field] as number | { value?: number } | undefined;
        return typeof v === "number" ? v : v?.value;
      };
      const [of, to] = [num(row, claim.of), num(toRow, claim.to)];
      const toName = claim.to_row ? `${claim.to_row} ${claim.to}` : claim.to;
      const keys = `a row key of chart ${claim.chart} (${rows.map((r) => chart.kind.keyOf(r)).join(", ")})`;
      if (!row) problems.push({ path: ["claims", i, "row"], value: claim.row, expected: keys });
      else if (!toRow) problems.push({ path: ["claims", i, "to_row"], value: claim.to_row!, expected: keys });
      else if (of === undefined || to === undefined || to === 0) problems.push({ path: ["claims", i, "of"], value: `${claim.of} / ${toName}`, expected: `two stated numbers in row ${claim.row}${claim.to_row ? ` and row ${claim.to_row}` : ""} of ${claim.chart}` });
      else if (of / to < claim.at_least || of / to >= claim.below)
        problems.push({ path: ["claims", i, "says"], value: claim.says, expected: `words the data bears out: ${claim.row} ${claim.of} / ${toName} = ${(of / to).toFixed(2)}, not at least ${claim.at_least} and under ${claim.below}` });
    } else if ("leads" in claim) {
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(String(r[claim.group_by]), (totals.get(String(r[claim.group_by])) ?? 0) + Number(r[claim.sum]));
      const lead = totals.get(claim.leads) ?? 0;
      const rivals = [...totals].filter(([g, n]) => g !== claim.leads && n >= lead);
      if (rivals.length > 0) problems.push({ path: ["claims", i, "leads"], value: claim.leads, expected: `the group with the largest ${claim.sum} in ${claim.chart}, but ${[...totals].map(([g, n]) => `${g} ${n}`).join(", ")}` });
      if (claim.then !== undefined) {
        const second = totals.get(claim.then) ?? 0;
        const others = [...totals].filter(([g, n]) => g !== claim.leads && g !== claim.then && n >= second);
        if (!totals.has(claim.then) || second >= lead || others.length > 0) problems.push({ path: ["claims", i, "then"], value: claim.then, expected: `the group with the second largest ${claim.sum} in ${claim.chart}, but ${[...totals].map(([g, n]) => `${g} ${n}`).join(", ")}` });
      }
    } else {
      const where = Object.entries(claim.where ?? {}).map(([k, v]) => [k, words(v)] as const);
      const values = [...new Set(rows.filter((r) => where.every(([k, v]) => String(r[k]) === v)).map((r) => String(r[claim.field])))];
      const said = values.join("、");
      if (said !== claim.says) problems.push({ path: ["claims", i, "says"], value: claim.says, expected: `"${said}", what the rows of ${claim.chart} say (${claim.field}${where.length ? ` where ${where.map(([k, v]) => `${k} = ${v}`).join(", ")}` : ""})` });
    }
    if (!saidInCopy(claim.says)) problems.push({ path: ["claims", i, "says"], value: claim.says, expected: SAID });
  });

  if (problems.length > 0) return { problems };
  return {
    problems,
    story: {
      slug: file.slug,
      reportId: edition.reportId,
      kind: file.kind,
      ...(area ? { areaNo: area.no, sectionId: area.sectionId } : {}),
      title,
      dek: file.dek,
      ...(file.card ? { card: words(file.card) } : {}),
      steps,
      charts: [...charts.values()].map((c) => c.def),
    },
  };
}
