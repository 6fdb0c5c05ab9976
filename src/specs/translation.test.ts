import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEditions, siteEdition, type Edition } from "../edition";
import { readStories } from "./load";

const zh = siteEdition();
const BUSINESS = readFileSync(`src/content/stories/${zh.id}/business.yaml`, "utf8");

/** The site's edition in another language (src/content/editions/yq2024-en.yaml). */
const en = loadEditions().find((e) => e.reportId === zh.reportId && e.lang !== zh.lang)!;
const en_ = en;

/** A content folder with the site edition's business story and an English translation of it. */
function contentWith(translation: string, source = BUSINESS): string {
  const dir = mkdtempSync(path.join(tmpdir(), "translation-"));
  mkdirSync(path.join(dir, "stories", zh.id), { recursive: true });
  mkdirSync(path.join(dir, "stories", en.id), { recursive: true });
  writeFileSync(path.join(dir, "stories", zh.id, "business.yaml"), source);
  writeFileSync(path.join(dir, "stories", en.id, "business.yaml"), translation);
  return dir;
}

const TRANSLATION = `translates: ${zh.id}
slug: business
title: Business
dek: "Market entities grew {fig:review-p5-f3}."
charts:
  business-results-targets:
    title: "Results in {review_year}, targets for {plan_year}"
    takeaway: "Two targets: {fig:plan-4-p3-f1} and {fig:plan-4-p3-f2}."
    unit: various
    note: No target for the total.
    rows:
      - { label: Market entities }
      - { label: Growth of market entities }
      - { label: Net new industrial firms }
      - { indicator: specialised-firms-new, label: New specialised firms }
  business-policy-packages:
    title: Policy packages by number of measures
    takeaway: "{val:review-2-f1}"
    unit: measures
    subject: "Measures, {review_year} and {plan_year}"
    rows:
      - { label: "{review_year} · recovery" }
      - { label: "{review_year} · private investment" }
      - { label: "{review_year} · services" }
      - { label: "{plan_year} · private economy" }
  business-firm-targets:
    title: One dot per firm
    takeaway: "{fig:plan-4-p3-f1}"
    unit: firms
    subject: Firms to add
steps:
  - { chart: business-firm-targets, text: "Entities: {val:review-p5-f2}.", label: Targets }
  - { chart: business-firm-targets, text: "Two targets.", label: One dot per firm }
  - { chart: business-results-targets, text: "No target for the total.", label: Results and targets }
  - { chart: business-policy-packages, text: "Packages.", label: Packages }
  - { chart: business-policy-packages, text: "One package.", label: "Package in {plan_year}" }
`;

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("a translation (translates: <edition>) reuses the source story's charts and steps", () => {
  const { stories, errors } = readStories(contentWith(TRANSLATION), en);
  const [story] = stories;
  const [source] = readStories(contentWith(TRANSLATION), zh).stories;

  it("with the translation's words and the edition's years", () => {
    expect(errors).toEqual([]);
    expect(story!.title).toBe("Business");
    expect(story!.charts[2]!.title).toBe("Policy packages by number of measures");
    expect(story!.steps[4]!.state.label).toBe(`Package in ${en.planYear}`);
    expect(JSON.stringify(story!.charts[2]!.render().table.rows)).toContain(`"${en.planYear} · private economy"`);
  });

  it("with the source's charts, sources, steps and highlights under the edition's chart ids", () => {
    const local = (id: string, e: Edition) => id.slice(e.id.length + 1);
    expect(story!.charts.map((c) => local(c.id, en))).toEqual(source!.charts.map((c) => local(c.id, zh)));
    expect(story!.charts.map((c) => [c.figureIds, c.sourceIds])).toEqual(source!.charts.map((c) => [c.figureIds, c.sourceIds]));
    expect(story!.steps.map((s) => [local(s.chartId, en), s.sourceIds])).toEqual(source!.steps.map((s) => [local(s.chartId, zh), s.sourceIds]));
    // Same rows lit in every step: the dimmed marks are where they were.
    const dimmed = (svg: string) => (svg.match(/is-dimmed/g) ?? []).length;
    expect(story!.steps.map((s) => dimmed(s.state.svg))).toEqual(source!.steps.map((s) => dimmed(s.state.svg)));
  });

  it("draws the chart in the edition's language, with no Chinese left in its words", () => {
    const svg = story!.steps[3]!.state.svg;
    expect(svg).toContain("private investment");
    expect(svg.replace(/<[^>]*lang="zh-CN"[^>]*>[^<]*</g, "")).not.toMatch(/\p{Script=Han}/u);
  });
});

describe("a translation that no longer follows its source fails at the translation's line", () => {
  const problems = (text: string, source?: string) => readStories(contentWith(text, source), en).errors.map((e) => [e.line, e.message.split(" ")[0], e.expected]);

  it("a missing chart, an unknown chart, a step that shows another chart, and a step too few", () => {
    const broken = TRANSLATION.replace("  business-firm-targets:\n", "  business-firms:\n")
      .replace("{ chart: business-policy-packages, text: \"Packages.\"", "{ chart: business-firm-targets, text: \"Packages.\"")
      .replace(/  - \{ chart: business-policy-packages, text: "One package[^\n]*\n/, "");
    expect(problems(broken)).toEqual([
      // A mapping is found at its first line, under its key.
      [lineOf(broken, "business-firms:") + 1, "charts.business-firms", expect.stringContaining("the id of a chart of")],
      [lineOf(broken, "charts:") + 1, "charts", expect.stringContaining("but chart business-firm-targets has none")],
      [lineOf(broken, "steps:") + 1, "steps", expect.stringMatching(/^5 steps, one per step of .*business\.yaml \(it has 4\)$/)],
      [lineOf(broken, "Packages."), "steps.3.chart", expect.stringMatching(/^"business-policy-packages", the chart of step 4 of /)],
    ]);
  });

  it("a rows patch that changes an id or the length of a list", () => {
    const broken = TRANSLATION.replace("{ indicator: specialised-firms-new, label: New specialised firms }", "{ indicator: industrial-firms-net-new, label: New specialised firms }").replace(
      '      - { label: "{plan_year} · private economy" }\n',
      "",
    );
    expect(problems(broken)).toEqual([
      [lineOf(broken, "indicator: industrial-firms-net-new"), "charts.business-results-targets.rows.3.indicator", expect.stringContaining('the source\'s value "specialised-firms-new"')],
      [lineOf(broken, '- { label: "{review_year} · recovery" }'), "charts.business-policy-packages.rows", "a list of 4 items, one per item of the source's list"],
    ]);
  });

  it("a claim of the source that the translation leaves out, and claimed words not in its copy", () => {
    const source = `${BUSINESS}claims:\n  - { says: 只写了两个数字目标, section: plan-4-p3, count: 2 }\n`;
    // A list the translation leaves out is reported at the top of the file.
    expect(problems(TRANSLATION, source)).toEqual([[1, "claims", expect.stringMatching(/^1 claims, the words of each claim of .* in order \(it has 0\)$/)]]);
    const said = `${TRANSLATION}claims:\n  - { says: only two targets }\n`;
    expect(problems(said, source)).toEqual([[lineOf(said, "only two targets"), "claims.0.says", "words that stand in the story's copy (title, dek, a step or a takeaway)"]]);
  });
});

describe("words a translation adds, and claims it leaves to the source", () => {
  it("adds a list of labels the source leaves out, and the kind checks its length", () => {
    const ecology = readFileSync(`src/content/stories/${zh.id}/ecology.yaml`, "utf8");
    const english = readFileSync(`src/content/stories/${en_.id}/ecology.yaml`, "utf8");
    const dir = mkdtempSync(path.join(tmpdir(), "translation-"));
    mkdirSync(path.join(dir, "stories", zh.id), { recursive: true });
    mkdirSync(path.join(dir, "stories", en_.id), { recursive: true });
    writeFileSync(path.join(dir, "stories", zh.id, "ecology.yaml"), ecology);
    const short = english.replace("          - Preventing soil pollution at the source\n", "");
    writeFileSync(path.join(dir, "stories", en_.id, "ecology.yaml"), short);
    const errors = readStories(dir, en_).errors.map((e) => [e.line, e.message.split(" ")[0], e.expected]);
    expect(errors).toEqual([[lineOf(short, "- National action plan to improve air quality"), "charts.ecology-commitments.rows.0.labels", "one label per name"]]);
  });

  it("leaves a claim to the source with not_said: the English story does not make it", () => {
    const source = `${BUSINESS}claims:\n  - { says: 只写了两个数字目标, section: plan-4-p3, count: 2 }\n`;
    const left = `${TRANSLATION}claims:\n  - { not_said: the English copy does not repeat these words }\n`;
    expect(readStories(contentWith(left, source), en_).errors).toEqual([]);
  });
});

describe("the site's translations mirror their source stories", () => {
  const editions = loadEditions();
  const translated = editions.filter((e) => e.lang !== zh.lang);
  it.each(translated.map((e) => [e.id, e] as const))("%s: same charts, steps and highlights as the story it translates", (_, edition) => {
    const { stories, errors } = readStories("src/content", edition);
    expect(errors).toEqual([]);
    const source = readStories("src/content", zh).stories;
    for (const story of stories) {
      const original = source.find((s) => s.slug === story.slug);
      if (!original) continue;
      const local = (id: string, e: Edition) => id.slice(e.id.length + 1);
      expect(story.charts.map((c) => [local(c.id, edition), c.figureIds, c.sourceIds]), story.slug).toEqual(original.charts.map((c) => [local(c.id, zh), c.figureIds, c.sourceIds]));
      expect(story.steps.map((s) => [local(s.chartId, edition), s.sourceIds]), story.slug).toEqual(original.steps.map((s) => [local(s.chartId, zh), s.sourceIds]));
    }
  });
});
