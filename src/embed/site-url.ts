/**
 * Absolute URLs for things that leave the site: embed codes, citations, og:image. They are built
 * from the configured `site` (SITE_URL) and `base` (BASE_PATH), never from the page's own location.
 */
import { normaliseBase } from "../lib/url-path";

/** `absoluteUrl("https://x.cn", "/yq2024/", "embed/a/")` → "https://x.cn/yq2024/embed/a/". */
export function absoluteUrl(site: string, base: string, path = ""): string {
  const origin = new URL(site).origin;
  return origin + normaliseBase(base) + path.replace(/^\/+/, "");
}

/** Absolute URL of a path (relative to the base) on the configured site of this build. */
export function siteUrl(path = ""): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error("siteUrl: astro.config.mjs has no `site` (set SITE_URL), so absolute URLs for embeds cannot be built");
  return absoluteUrl(site, import.meta.env.BASE_URL ?? "/", path);
}
