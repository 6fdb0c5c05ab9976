/** Bytes → text, refusing anything that is not UTF-8 (a GBK seed would otherwise turn into mojibake figures). */
import { InputError } from "./manifest.ts";
import { firstInvalidUtf8 } from "../lib/utf8.ts";

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line += 1;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    throw new InputError(`${file}:${line}: not valid UTF-8 (byte 0x${hex} at offset ${at}); convert the file to UTF-8 (GBK?)`);
  }
}
