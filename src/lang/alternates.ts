/**
 * The same page in the report's other languages, for hreflang links and the language switch: an
 * edition page keeps its place within the edition (review/ ↔ en/review/, areas/demand/ ↔
 * en/areas/demand/), a language-wide page its place within the language (about/ ↔ en/about/).
 * A page another language does not have (a story not written yet, the English glossary) has no
 * alternate there. x-default is the root edition's page.
 */
import { alternatesOf, loadEditions, type Edition } from "../edition";
import { storiesOf } from "../stories/index";

export interface Alternate {
  lang: string;
  /** Relative to the site base. */
  path: string;
  /** The language's own name, for the switch (src/content/ui/<lang>.yaml `site.language_name`). */
  edition: Edition;
}

/** Pages only some languages have: a page path within the edition or language → whether `edition` has it. */
function has(edition: Edition, local: string): boolean {
  const story = /^areas\/([a-z0-9-]+)\/$/.exec(local);
  if (story) return storiesOf(edition).some((s) => s.kind === "area" && s.slug === story[1]);
  if (local === "glossary/") return !edition.lang.toLowerCase().startsWith("zh");
  if (/^(reports|topics|search)\//.test(local)) return edition.lang.toLowerCase().startsWith("zh");
  return true;
}

/** Alternates of the page at `current` (relative to the base) of `edition`, the page itself first. */
export function alternatesFor(edition: Edition, current: string): Alternate[] {
  const language = edition.languagePath !== edition.path && current.startsWith(edition.languagePath) && !current.startsWith(edition.path);
  const prefix = language ? edition.languagePath : edition.path;
  if (!current.startsWith(prefix)) return [{ lang: edition.lang, path: current, edition }];
  const local = current.slice(prefix.length);
  const others = alternatesOf(edition).filter((e) => e.lang !== edition.lang && (!language || e.path === e.languagePath) && has(e, local));
  return [edition, ...others].map((e) => ({ lang: e.lang, path: language ? e.languagePage(local) : e.pagePath(local), edition: e }));
}

/** The x-default page: the same page in the root edition, when it has it. */
export function xDefault(alternates: readonly Alternate[]): Alternate | undefined {
  const root = loadEditions()[0]!;
  return alternates.find((a) => a.edition.id === root.id);
}
