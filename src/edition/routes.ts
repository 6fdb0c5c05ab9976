/**
 * Astro route parameters for pages under `src/pages/[...edition]/`: one page per edition at the
 * edition's path (the rest parameter is undefined for the root edition), or one per language for the
 * pages every edition in a language shares.
 */
import type { Edition } from "./edition";
import { loadManifest, loadReport } from "../data/load";
import { languageEditions, loadEditions } from "./load";

export interface EditionRoute {
  params: { edition: string | undefined };
  props: { edition: Edition };
}

/** `[...edition]` value for an edition path: "" → undefined (the site root), "yq2025/" → "yq2025". */
export function editionParam(edition: Pick<Edition, "path">): string | undefined {
  return edition.path === "" ? undefined : edition.path.replace(/\/$/, "");
}

/** One route per edition: the pages an edition owns (overview, review, areas, report, charts, embeds, downloads). */
export function editionRoutes(): EditionRoute[] {
  return loadEditions().map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));
}

/** One route per language, at its first edition's path: the pages every edition in a language shares. */
export function languageRoutes(): EditionRoute[] {
  return languageEditions().map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));
}

/**
 * One route per report in the manifest, for each language whose pages show report texts (Chinese:
 * the texts are Chinese), at that language's path: `/reports/<id>/` and `/reports/<id>/text/`.
 */
export function reportRoutes(): (EditionRoute & { params: { id: string } })[] {
  return languageRoutes()
    .filter(({ props: { edition } }) => edition.lang.toLowerCase().startsWith("zh"))
    .flatMap(({ params, props }) => loadManifest().map((m) => ({ params: { ...params, id: m.id }, props })));
}

/**
 * The report routes whose text page is built: a report whose text lies outside the repository and
 * is absent (a clone without ../shared) has its /reports/<id>/ page from its curated rows, no text page.
 */
export function reportTextRoutes(): (EditionRoute & { params: { id: string } })[] {
  return reportRoutes().filter(({ params }) => loadReport(params.id).hasText);
}
