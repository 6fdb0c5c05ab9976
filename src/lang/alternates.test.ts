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

  it("offers no alternate a language does not have: an area story not written in English, the Chinese-only report pages, the English glossary", () => {
    const missing = storiesOf(zh).find((s) => s.kind === "area" && !storiesOf(en).some((e) => e.slug === s.slug))!;
    expect(paths(alternatesFor(zh, `areas/${missing.slug}/`))).toEqual([`zh-CN areas/${missing.slug}/`]);
    expect(paths(alternatesFor(zh, "reports/"))).toEqual(["zh-CN reports/"]);
    expect(paths(alternatesFor(en, "en/glossary/"))).toEqual(["en en/glossary/"]);
  });
});
