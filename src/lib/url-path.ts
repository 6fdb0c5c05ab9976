/** Site-relative URL paths, with no knowledge of the build: the pure half of components/url.ts. */

/** "/yq2024" | "/yq2024/" | "" → "/yq2024/" (always with a trailing slash). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** `joinBase("/yq2024", "report/#plan-6-p2")` → "/yq2024/report/#plan-6-p2". Leading slashes in `path` are ignored. */
export function joinBase(base: string, path = ""): string {
  return normaliseBase(base) + path.replace(/^\/+/, "");
}
