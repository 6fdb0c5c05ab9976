import { describe, expect, it } from "vitest";
import { loadEditions } from "../edition";
import { storiesOf } from "../stories/index";
import { alternatesFor, xDefault } from "./alternates";

const editions = loadEditions();
const zh = editions.find((e) => e.id === "yq2024")!;
const en = editions.find((e) => e.id === "yq2024-en")!;
const paths = (list: { lang: string; path: string }[]) => list.map((a) => `${a.lang} ${a.path}`);

describe("alternatesFor: the same page in the report's other languages", () => {
  it("keeps an edition page's place: review/ ↔ en/review/, with x-default at the root edition", () => {
    expect(paths(alternatesFor(zh, "review/"))).toEqual(["zh-CN review/", "en en/review/"]);
    expect(paths(alternatesFor(en, "en/review/"))).toEqual(["en en/review/", "zh-CN review/"]);
    expect(xDefault(alternatesFor(en, "en/review/"))?.path).toBe("review/");
    expect(paths(alternatesFor(zh, ""))).toEqual(["zh-CN ", "en en/"]);
  });

  it("keeps a language-wide page's place: about/ ↔ en/about/", () => {
    expect(paths(alternatesFor(zh, "about/"))).toEqual(["zh-CN about/", "en en/about/"]);
  });

  it("offers an area story's alternate exactly when the story is written in that language", () => {
    for (const story of storiesOf(zh).filter((s) => s.kind === "area")) {
      const english = storiesOf(en).some((e) => e.slug === story.slug);
      expect(paths(alternatesFor(zh, `areas/${story.slug}/`)), story.slug).toEqual([`zh-CN areas/${story.slug}/`, ...(english ? [`en en/areas/${story.slug}/`] : [])]);
    }
  });

  it("offers no alternate a language does not have: the Chinese-only report pages, the English glossary", () => {
    expect(paths(alternatesFor(zh, "reports/"))).toEqual(["zh-CN reports/"]);
    expect(paths(alternatesFor(en, "en/glossary/"))).toEqual(["en en/glossary/"]);
  });
});
