/**
 * Share cards: every story names its headline number by a token, and the card's words come from
 * data: the number is the figure's own value and unit as the report writes it, the source names
 * its report and paragraph, and the picture is 3:4.
 */
import { describe, expect, test } from "vitest";
import { loadData } from "../data/load";
import { loadEditions, siteEdition } from "../edition";
import { storiesOf } from "../stories/index";
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, cardText, splitUnit, wrapHeadline } from "./share-card";
import { svgSize } from "./png";

describe("every story's share card", () => {
  const data = loadData();
  const stories = storiesOf(siteEdition());
  test.each(stories.map((s) => [s.slug, s] as const))("%s: its number is a figure of the report, as written", (_slug, story) => {
    expect(story.card, `story ${story.slug} has no card token`).toMatch(/^\{(fig|val|ind):/);
    const text = cardText(story);
    const ind = data.indicatorValues.find((v) => v.report_id === story.reportId && `{ind:${v.indicator}:${v.year}}` === story.card);
    const id = /\{(?:fig|val):([^}]+)\}/.exec(story.card!)?.[1] ?? ind?.figure_id;
    const figure = data.reports.get(story.reportId)!.figures.find((f) => f.id === id)!;
    expect(figure, `figure of ${story.card}`).toBeDefined();
    // The big number is the figure's quote as written: its digits and unit stand in the quote.
    expect(figure.quote).toContain(text.number.value);
    expect(text.number.value).toMatch(new RegExp(`^${String(figure.value).replace(".", "\\.")}`));
    expect(text.source).toMatch(/^来源：.+政府工作报告 · /);
    expect(text.headline).toBe(story.title);
    expect(svgSize(cardSvg(text, "#b3261e"))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(CARD_WIDTH / CARD_HEIGHT).toBe(3 / 4);
  });
});

test("the unit is set apart from the digits, a percentage stays whole", () => {
  expect(splitUnit("38微克/立方米")).toEqual({ digits: "38", unit: "微克/立方米" });
  expect(splitUnit("3.2%")).toEqual({ digits: "3.2%", unit: "" });
  expect(splitUnit("3-5家")).toEqual({ digits: "3-5", unit: "家" });
});

test("a headline breaks between Chinese characters, never inside a number, and no line starts with a comma", () => {
  const lines = wrapHeadline("“煤+”：先进产能达到95%左右，九条产业链营收达到220亿元", 936, 80);
  expect(lines.join("")).toBe("“煤+”：先进产能达到95%左右，九条产业链营收达到220亿元");
  for (const l of lines) expect(l).not.toMatch(/^[，。%]/);
  expect(lines.some((l) => l.includes("95%"))).toBe(true);
  expect(lines.some((l) => l.includes("220"))).toBe(true);
});

describe("an English story's share card", () => {
  const en = loadEditions().find((e) => e.lang === "en")!;
  const stories = storiesOf(en).filter((s) => s.card);
  test.each(stories.map((s) => [s.slug, s] as const))("%s: says what the number is and where it is from in English", (_slug, story) => {
    const text = cardText(story, en);
    expect(text.what, text.what).not.toMatch(/\p{Script=Han}/u);
    expect(text.what).toMatch(/, \d{4} (actual|target)$/);
    expect(text.source).toMatch(/^Source: .*\(in Chinese\)$/);
    expect(text.source).not.toMatch(/\p{Script=Han}/u);
  });
});
