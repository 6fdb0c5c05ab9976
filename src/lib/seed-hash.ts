/**
 * The hash that ties a report text to its extraction: SHA-256 of the decoded text in one normal
 * form (no BOM, LF line ends, no trailing blank lines), so re-saving a seed with CRLF or a BOM —
 * which extracts identically — is not a change, while any edit to its words or figures is.
 */
import { createHash } from "node:crypto";

export function seedHash(text: string): string {
  const normal = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  return createHash("sha256").update(normal, "utf8").digest("hex");
}

/** The record `npm run extract` keeps next to a report's tables: one row per distinct text. */
export const EXTRACTION_RECORD = "extraction.csv";
