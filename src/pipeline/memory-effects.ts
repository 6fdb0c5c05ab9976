/** In-memory Effects for tests: a Map file system plus a journal of every effect, in order. */
import { InputError } from "./manifest.ts";
import type { Effects } from "./run.ts";

export interface MemoryEffects extends Effects {
  files: Map<string, Uint8Array>;
  journal: string[];
  out: string[];
  err: string[];
  text(path: string): string | undefined;
}

export function memoryEffects(initial: Record<string, string | Uint8Array>): MemoryEffects {
  const files = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(initial)) files.set(k, typeof v === "string" ? new TextEncoder().encode(v) : v);
  const journal: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  return {
    files, journal, out, err,
    text: (p) => {
      const b = files.get(p);
      return b === undefined ? undefined : new TextDecoder().decode(b);
    },
    readFile: async (p) => {
      journal.push(`read ${p}`);
      const b = files.get(p);
      if (!b) throw new InputError(`${p}: cannot read (ENOENT)`);
      return b;
    },
    writeFile: async (p, t) => {
      journal.push(`write ${p}`);
      files.set(p, new TextEncoder().encode(t));
    },
    rename: async (a, b) => {
      journal.push(`rename ${a} ${b}`);
      const v = files.get(a);
      if (!v) throw new Error(`rename: ${a} missing`);
      files.set(b, v);
      files.delete(a);
    },
    mkdir: async (p) => {
      journal.push(`mkdir ${p}`);
    },
    log: (l) => out.push(l),
    error: (l) => err.push(l),
  };
}
