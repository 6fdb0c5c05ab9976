/**
 * The one way to build an internal link. Astro's `base` may be "/" or a sub-path such as
 * "/yq2024/"; every page, component and copy renderer goes through `href` so a sub-path
 * deployment never produces a broken link.
 */
import { joinBase, normaliseBase } from "../lib/url-path";

export { joinBase, normaliseBase };

const BASE = normaliseBase(import.meta.env.BASE_URL ?? "/");

/** `href("report/#plan-6-p2")` → "/yq2024/report/#plan-6-p2". Leading slashes in `path` are ignored. */
export function href(path = ""): string {
  return joinBase(BASE, path);
}

/** Link to a paragraph or figure of an edition's annotated report (`{ path: "yq2025/" }` → "/yq2025/report/#…"). */
export function reportHref(edition: { readonly path: string }, anchorId: string): string {
  return href(`${edition.path}report/#${anchorId}`);
}
