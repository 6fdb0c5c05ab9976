/**
 * Checks a page's Content-Security-Policy: present as a <meta http-equiv>, every source list made
 * only of 'self', 'none' or sha256 hashes, every hash matching an inline script on the page, every
 * inline script covered by a hash, and no inline styles (style-src 'self' would block them).
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";

export type CspDirectives = Map<string, string[]>;

export function parseCsp(policy: string): CspDirectives {
  const out: CspDirectives = new Map();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const ALLOWED_KEYWORDS = new Set(["'self'", "'none'"]);
/** Directives that take source lists; others (e.g. upgrade-insecure-requests) have no sources. */
const SOURCE_LIST = /-src(-elem|-attr)?$|^base-uri$|^form-action$|^frame-ancestors$/;

export function checkCsp(html: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(html);
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
    (m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  if (metas.length !== 1) {
    problems.push(`expected exactly one <meta http-equiv="Content-Security-Policy">, found ${metas.length}`);
    return problems;
  }
  const meta = metas[0]!;
  if (meta.parentElement?.tagName.toLowerCase() !== "head") problems.push("CSP <meta> must be inside <head>");
  const csp = parseCsp(meta.getAttribute("content") ?? "");
  if (!csp.has("default-src")) problems.push("CSP has no default-src");

  const inlineScripts = [...document.querySelectorAll("script:not([src])")]
    .filter((s) => !/json/.test(s.getAttribute("type") ?? ""))
    .map((s) => s.textContent ?? "");
  const scriptHashes = new Set(inlineScripts.map(sha256Source));

  for (const [name, sources] of csp) {
    if (!SOURCE_LIST.test(name)) continue;
    for (const src of sources) {
      if (ALLOWED_KEYWORDS.has(src)) continue;
      if (/^'sha256-[A-Za-z0-9+/=]+'$/.test(src)) {
        if (!name.startsWith("script-src")) problems.push(`${name} allows hash ${src}; only scripts may be hashed`);
        else if (!scriptHashes.has(src)) problems.push(`${name} allows ${src}, which matches no inline script on this page`);
        continue;
      }
      problems.push(`${name} allows ${src}; only 'self', 'none' or a script hash are allowed`);
    }
  }
  const scriptSources = csp.get("script-src") ?? csp.get("default-src") ?? [];
  for (const [i, text] of inlineScripts.entries()) {
    if (!scriptSources.includes(sha256Source(text))) {
      problems.push(`inline script #${i + 1} (${JSON.stringify(text.slice(0, 40))}) is not allowed by script-src`);
    }
  }
  const styleElements = document.querySelectorAll("style").length;
  if (styleElements > 0) problems.push(`${styleElements} <style> element(s), blocked by style-src 'self'`);
  const styled = [...document.querySelectorAll("[style]")];
  if (styled.length > 0) {
    const first = styled[0]!;
    problems.push(`${styled.length} style="" attribute(s), blocked by style-src 'self' (first on <${first.tagName.toLowerCase()}>)`);
  }
  const handlers = [...document.querySelectorAll("*")].filter((el) =>
    [...el.attributes].some((a) => a.name.startsWith("on")),
  );
  if (handlers.length > 0) problems.push(`${handlers.length} element(s) with inline on* event handlers, blocked by script-src`);
  return problems;
}
