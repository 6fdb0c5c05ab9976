/**
 * Static link check of a built site: every same-origin href/src must stay under the base path and
 * name a file that exists, and every #fragment must name an id (or <a name>) on its target page.
 * Sub-resources (scripts, styles, images) from other origins are reported too; plain hyperlinks to
 * other sites are allowed and listed separately, since this machine cannot reach them.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { listPages, readPage } from "./site-pages.ts";

const FAKE_ORIGIN = "http://site.invalid";

export interface LinkReport {
  broken: string[];
  external: string[];
}

interface PageIndex {
  ids: Set<string>;
}

function targetFile(siteDir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = path.join(siteDir, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  return existsSync(index) ? index : null;
}

const REF_SELECTORS: Array<[string, string]> = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["use[href]", "href"],
  ["form[action]", "action"],
];

/** <link rel="canonical|alternate"> is a reference (absolute by design); stylesheets, icons, preloads load. */
const LOADING_LINK_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|prefetch|apple-touch-icon)\b/i;

function loadsResource(el: Element, selector: string): boolean {
  if (selector === "a[href]" || selector === "area[href]" || selector === "form[action]") return false;
  if (selector === "link[href]") return LOADING_LINK_RELS.test(el.getAttribute("rel") ?? "");
  return true;
}

export async function checkSiteLinks(siteDir: string, base: string): Promise<LinkReport> {
  const pages = await listPages(siteDir);
  const index = new Map<string, PageIndex>();
  const documents = new Map<string, Document>();
  for (const p of pages) {
    const { document } = parseHTML(await readPage(siteDir, p));
    const ids = new Set<string>();
    for (const el of document.querySelectorAll("[id]")) ids.add(el.getAttribute("id") ?? "");
    for (const el of document.querySelectorAll("a[name]")) ids.add(el.getAttribute("name") ?? "");
    index.set(path.join(siteDir, p.file), { ids });
    documents.set(p.file, document as unknown as Document);
  }
  const broken: string[] = [];
  const external: string[] = [];
  for (const p of pages) {
    const document = documents.get(p.file)!;
    const pageUrl = new URL(base + p.urlPath, FAKE_ORIGIN);
    for (const [selector, attr] of REF_SELECTORS) {
      for (const el of document.querySelectorAll(selector)) {
        const raw = el.getAttribute(attr) ?? "";
        const where = `${p.file}: <${el.tagName.toLowerCase()} ${attr}="${raw}">`;
        if (/^(mailto|tel|data):/i.test(raw)) continue;
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          broken.push(`${where} is not a valid URL`);
          continue;
        }
        if (url.origin !== FAKE_ORIGIN) {
          if (!loadsResource(el, selector)) external.push(where);
          else broken.push(`${where} loads from another origin`);
          continue;
        }
        const file = targetFile(siteDir, base, url.pathname);
        if (!file) {
          broken.push(`${where} → ${url.pathname} does not exist${url.pathname.startsWith(base) ? "" : ` (outside base ${base})`}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && fragment !== "top" && file.endsWith(".html")) {
          const target = index.get(file);
          if (target && !target.ids.has(fragment)) broken.push(`${where} → #${fragment} has no matching id on ${path.relative(siteDir, file)}`);
        }
      }
    }
  }
  return { broken, external };
}
