import { createHash } from "node:crypto";

/**
 * The only inline script on the site: marks <html> as scripted before first paint, so the
 * enhanced scrollytelling layout is chosen without a layout shift (STACK.md: CLS 0.63 → 0).
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js')";

/** CSP source expression for an inline script, e.g. `'sha256-…'`. */
export function cspHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** The page's Content-Security-Policy: nothing but the site's own origin, plus the one hashed inline script. */
export function contentSecurityPolicy(script: string = JS_CLASS_SCRIPT): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${cspHash(script)}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
