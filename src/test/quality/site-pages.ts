/** The pages of a built site, as files and as URL paths relative to the base. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../../build/hash-tree.ts";

export interface SitePage {
  /** File path relative to the site folder, e.g. "areas/demand/index.html". */
  file: string;
  /** URL path relative to the base, e.g. "areas/demand/" ("" for the home page). */
  urlPath: string;
}

export function urlPathOf(file: string): string {
  if (file === "index.html") return "";
  return file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}

export async function listPages(siteDir: string): Promise<SitePage[]> {
  const files = (await listFiles(siteDir)).filter((f) => f.endsWith(".html"));
  return files.map((file) => ({ file, urlPath: urlPathOf(file) }));
}

export async function readPage(siteDir: string, page: SitePage): Promise<string> {
  return readFile(path.join(siteDir, page.file), "utf8");
}

/** Pages readers navigate to: everything but the 404 page. */
export function isContentPage(page: SitePage): boolean {
  return page.file !== "404.html";
}
