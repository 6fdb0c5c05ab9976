/** The real file-system effects for the pipeline commands. */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import type { Effects } from "./run.ts";

export const nodeEffects: Effects = {
  readFile: async (p) => {
    try {
      return new Uint8Array(await readFile(p));
    } catch (e) {
      const { InputError } = await import("./manifest.ts");
      throw new InputError(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  },
  writeFile: (p, t) => writeFile(p, t, "utf8"),
  rename: (a, b) => rename(a, b),
  mkdir: async (p) => {
    await mkdir(p, { recursive: true });
  },
  log: (l) => console.log(l),
  error: (l) => console.error(l),
};
