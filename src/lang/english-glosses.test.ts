import { describe, expect, it } from "vitest";
import { loadData, loadIndicatorValues } from "../data/load";
import { loadEditions } from "../edition";
import { loadContentStories } from "../specs/load";
import { escapeHtml } from "../stories/copy";
import { figureIn } from "./copy-lang";
import { glossHtml } from "./gloss-html";
import { figureGloss, sentenceAt } from "./glosses";

/**
 * Every figure an English story states links to its Chinese sentence, and an unofficial English gloss
 * of that sentence stands beside it (src/content/glosses/en/<report>.yaml): each figure the copy names
 * has one, and the gloss shows the figure as the English copy writes it (the same {fig:} token and
 * renderer), linked to the figure.
 */
const en = loadEditions().find((e) => e.lang === "en")!;
const data = loadData();
const values = loadIndicatorValues();

interface Cited {
  reportId: string;
  id: string;
  slug: string;
}

/** The figures a piece of copy names: its own report's, and another report's through {ind:<slug>:<report>:<year>}. */
function figuresOf(copy: string): Omit<Cited, "slug">[] {
  return [...copy.matchAll(/\{(fig|val|ind):([^{}]+)\}/g)].flatMap(([, kind, arg]) => {
    if (kind !== "ind") return [{ reportId: en.reportId, id: arg! }];
    const parts = arg!.split(":");
    const [slug, reportId, year] = parts.length === 2 ? [parts[0], en.reportId, parts[1]] : parts;
    const row = values.find((v) => v.indicator === slug && v.report_id === reportId && v.year === Number(year));
    return row?.figure_id ? [{ reportId: reportId!, id: row.figure_id }] : [];
  });
}

const cited: Cited[] = loadContentStories(en).flatMap((story) =>
  [story.dek, ...story.steps.map((s) => s.text), ...story.charts.map((c) => c.takeaway)].flatMap((copy) => figuresOf(copy).map((f) => ({ ...f, slug: story.slug }))),
);
const unique = [...new Map(cited.map((c) => [`${c.reportId}:${c.id}`, c])).values()];
const own = unique.filter((c) => c.reportId === en.reportId);
// Another report's text (the national one) is absent in a clone without ../shared/: its glosses are then not shown.
const others = unique.filter((c) => c.reportId !== en.reportId);
const present = others.filter((c) => (data.reports.get(c.reportId)?.sections.length ?? 0) > 0);

function expectGloss({ reportId, id }: Cited): void {
  const report = data.reports.get(reportId)!;
  const figure = report.figures.find((f) => f.id === id)!;
  const gloss = figureGloss(en.lang, reportId, figure);
  if (!gloss) {
    const at = sentenceAt(report.sections.find((s) => s.id === figure.section_id)!.text, figure.offset)!;
    expect.fail(`add to src/content/glosses/${en.lang}/${reportId}.yaml under ${figure.section_id}: sentence: ${at.sentence}, hash: "${at.hash}" (“${at.text}”), with {fig:${id}} for "${figure.quote}"`);
  }
  expect(gloss!.figureIds).toContain(id);
  // Written as the copy writes it, and linked to the figure in the text the gloss renders.
  const page = reportId === en.reportId ? "/en/report/" : `/reports/${reportId}/text/`;
  expect(glossHtml(gloss!, en)).toContain(`${page}#${id}"><b>${escapeHtml(figureIn(en.lang, reportId, id))}</b></a>`);
}

describe("unofficial glosses of the sentences the English stories cite", () => {
  it("cover some figures of the edition's report, and the national ones", () => {
    expect(own.length).toBeGreaterThan(50);
    expect(others.map((c) => c.reportId)).toContain("national-2024");
  });
  it.each(own.map((c) => [c.id, c.slug, c] as const))("%s (%s) has a gloss that shows it as the copy does", (_id, _slug, c) => expectGloss(c));
  it.each(present.map((c) => [c.reportId, c.id, c.slug, c] as const))("%s %s (%s) has a gloss that shows it as the copy does", (_r, _id, _slug, c) => expectGloss(c));
});
