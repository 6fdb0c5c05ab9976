import { describe, expect, it } from "vitest";
import { loadIndicatorValues, loadReport } from "../data/load";
import { loadEditions } from "../edition";
import { loadContentStories } from "../specs/load";
import { escapeHtml } from "../stories/copy";
import { renderCopyHtml } from "../stories/copy-context";
import { figureIn } from "./copy-lang";
import { figureGloss } from "./glosses";

/**
 * Every figure an English story states links to its Chinese sentence, and an unofficial English gloss
 * of that sentence stands beside it (src/content/glosses/en/<report>.yaml): each figure the copy names
 * has one, and the gloss shows the figure as the English copy writes it (the same {fig:} token and
 * renderer), linked to the figure.
 */
const en = loadEditions().find((e) => e.lang === "en")!;
const report = loadReport(en.reportId);
const values = loadIndicatorValues();

function figureIdsOf(copy: string): string[] {
  return [...copy.matchAll(/\{(fig|val|ind):([^{}]+)\}/g)].flatMap(([, kind, arg]) => {
    if (kind !== "ind") return [arg!];
    const parts = arg!.split(":");
    if (parts.length !== 2) return []; // another report's value (the national one)
    const row = values.find((v) => v.indicator === parts[0] && v.report_id === en.reportId && v.year === Number(parts[1]));
    return row?.figure_id ? [row.figure_id] : [];
  });
}

const cited = loadContentStories(en).flatMap((story) =>
  [story.dek, ...story.steps.map((s) => s.text), ...story.charts.map((c) => c.takeaway)].flatMap((copy) => figureIdsOf(copy).map((id) => ({ slug: story.slug, id }))),
);
const unique = [...new Map(cited.map((c) => [c.id, c])).values()];

describe("unofficial glosses of the sentences the English stories cite", () => {
  it("cover some figures", () => expect(unique.length).toBeGreaterThan(50));
  it.each(unique.map((c) => [c.id, c.slug] as const))("%s (%s) has a gloss that shows it as the copy does", (id) => {
    const figure = report.figures.find((f) => f.id === id)!;
    const gloss = figureGloss(en.lang, en.reportId, figure);
    expect(gloss, `add the sentence holding "${figure.quote}" (${figure.section_id}) to src/content/glosses/${en.lang}/${en.reportId}.yaml`).toBeDefined();
    expect(gloss!.figureIds).toContain(id);
    expect(renderCopyHtml(gloss!.text, en)).toContain(`#${id}"><b>${escapeHtml(figureIn(en.lang, en.reportId, id))}</b></a>`);
  });
});
