/**
 * Byte-level checks done before CSV parsing: a legacy-encoded (e.g. GBK) or binary file
 * must be reported with the place of the first bad byte, never half-parsed.
 */
import { dataError, type DataError } from "./errors";
import { firstInvalidUtf8 } from "../lib/utf8";

export { firstInvalidUtf8 };

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * Decodes a CSV file's bytes as UTF-8 (a leading BOM is dropped).
 * Returns the text, or the errors that make the file unreadable: empty, not UTF-8, or binary.
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text: string } | { errors: DataError[] } {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const shown = Array.from(bytes.subarray(bad, bad + 2), hex).join(" ");
    return {
      errors: [
        dataError(file, lineOfByte(bytes, bad), null, "invalid UTF-8 bytes", shown,
          "UTF-8 text (the file may be GBK or another legacy encoding, or binary; re-save it as UTF-8)"),
      ],
    };
  }
  let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  // NUL and other C0 controls (except tab, CR, LF) never occur in text tables: this is binary data.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split("\n").length;
    const code = control[0].charCodeAt(0);
    return { errors: [dataError(file, line, null, "control character", hex(code), "text, not binary data")] };
  }
  if (text.trim() === "") {
    return { errors: [dataError(file, null, null, "file is empty", null, "a header row and data rows")] };
  }
  return { text };
}
