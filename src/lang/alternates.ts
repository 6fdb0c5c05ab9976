/**
 * The same page in the report's other languages, for hreflang links and the language switch: an
 * edition page keeps its place within the edition (review/ ↔ en/review/, areas/demand/ ↔
 * en/areas/demand/), a language-wide page its place within the language (about/ ↔ en/about/).
 * A page another language does not have (a story not written yet, the English glossary) has no
 * alternate there. An embed page's alternate is the same chart's embed page in the other language
 * (embed/yq2024-demand-sectors/ ↔ en/embed/yq2024-en-demand-sectors/). x-default is the root
 * edition's page.
 */
import { alternatesOf, loadEditions, type Edition } from "../edition";
import { chartsOf, storiesOf } from "../stories/index";
import { t } from "./t";

export interface Alternate {
  lang: string;
  /** Relative to the site base. */
  path: string;
  /** The language's own name, for the switch (src/content/ui/<lang>.yaml `site.language_name`). */
  edition: Edition;
}

/**
 * The id of the chart of `to` that tells the chart `chartId` of `from` in another language: the same local id
 * (`Edition.localChartId`, "yq2024-en-demand-sectors" ↔ "yq2024-demand-sectors"), when `to` has it.
 */
export function counterpartChartId(from: Edition, chartId: string, to: Edition): string | undefined {
  const local = from.localChartId(chartId);
  if (local === undefined) return undefined;
  const id = to.chartId(local);
  return chartsOf(to).some((c) => c.id === id) ? id : undefined;
}

/**
 * The page `local` of `from` (a path within the edition or language) as `to` has it, or undefined for
 * a page `to` does not have: an area story not written in that language, the English glossary, the
 * Chinese-only report, topic and search pages, a chart with no counterpart (`embed/<id>/` maps by the
 * chart's local id, since chart ids carry the edition's id).
 */
function pageIn(from: Edition, local: string, to: Edition): string | undefined {
  const story = /^areas\/([a-z0-9-]+)\/$/.exec(local);
  if (story) return storiesOf(to).some((s) => s.kind === "area" && s.slug === story[1]) ? local : undefined;
  const embed = /^embed\/([^/]+)\/$/.exec(local);
  if (embed) {
    const id = counterpartChartId(from, embed[1]!, to);
    return id === undefined ? undefined : `embed/${id}/`;
  }
  if (local === "glossary/") return !to.lang.toLowerCase().startsWith("zh") ? local : undefined;
  if (/^(reports|topics|search)\//.test(local)) return to.lang.toLowerCase().startsWith("zh") ? local : undefined;
  return local;
}

/** Alternates of the page at `current` (relative to the base) of `edition`, the page itself first. */
export function alternatesFor(edition: Edition, current: string): Alternate[] {
  const language = edition.languagePath !== edition.path && current.startsWith(edition.languagePath) && !current.startsWith(edition.path);
  const prefix = language ? edition.languagePath : edition.path;
  if (!current.startsWith(prefix)) return [{ lang: edition.lang, path: current, edition }];
  const local = current.slice(prefix.length);
  const others = alternatesOf(edition)
    .filter((e) => e.lang !== edition.lang && (!language || e.path === e.languagePath))
    .flatMap((e) => {
      const page = pageIn(edition, local, e);
      return page === undefined ? [] : [{ edition: e, page }];
    });
  return [{ edition, page: local }, ...others].map(({ edition: e, page }) => ({ lang: e.lang, path: language ? e.languagePage(page) : e.pagePath(page), edition: e }));
}

/** The x-default page: the same page in the root edition, when it has it. */
export function xDefault(alternates: readonly Alternate[]): Alternate | undefined {
  const root = loadEditions()[0]!;
  return alternates.find((a) => a.edition.id === root.id);
}

/** What the visible language switch of the page at `current` reads (the other languages' own names), "" when it shows none. */
export function languageSwitchText(edition: Edition, current: string): string {
  return alternatesFor(edition, current).slice(1).map((a) => t(a.edition, "site.language_name")).join(" ");
}
