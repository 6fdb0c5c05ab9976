/**
 * The output folder is the only place a build writes. Before anything is built, `checkOutDir`
 * refuses an output path that is a file, a symbolic link, or a non-empty folder that an earlier
 * build did not make (an earlier build leaves the marker file BUILD_MARKER in it), and a folder
 * that holds the project itself. `checkRemovable` tells, before the swap, whether the previous
 * output can be removed whole, so a build never swaps in a new site over one it cannot remove.
 */
import { access, constants, lstat, lutimes, readdir } from "node:fs/promises";
import path from "node:path";

/** Written into every finished output folder; its presence lets the next build replace the folder. */
export const BUILD_MARKER = ".built-by-npm-run-build";
export const BUILD_MARKER_TEXT =
  "This folder was written by `npm run build` (src/build/safe-build.ts).\nThe next build replaces it whole; do not keep other files here.\n";

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

/** Null when `outDir` may receive a build, else the reason (the caller prefixes the path as given). */
export async function checkOutDir(outDir: string, protectedPaths: readonly string[]): Promise<string | null> {
  for (const p of protectedPaths) {
    const rel = path.relative(outDir, p);
    if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) {
      return `holds ${p}, which a build must never replace — expected a folder of its own, e.g. --out dist`;
    }
  }
  let stat;
  try {
    stat = await lstat(outDir);
  } catch (err) {
    if (code(err) === "ENOENT") return null; // made by the swap
    return `cannot be read (${code(err)})`;
  }
  if (stat.isSymbolicLink()) return "is a symbolic link — expected a real folder (or a path that does not exist yet)";
  if (!stat.isDirectory()) return "is a file, not a folder — a build would replace it; expected a folder, e.g. --out dist";
  const entries = await readdir(outDir);
  if (entries.length === 0 || entries.includes(BUILD_MARKER)) return null;
  const shown = entries.slice(0, 3).join(", ") + (entries.length > 3 ? `, … (${entries.length} entries)` : "");
  return (
    `is a folder that an earlier build did not make (no ${BUILD_MARKER} in it; it holds ${shown}) — ` +
    "a build replaces its output folder whole, so it only writes to an empty or new folder, or to one it made before; " +
    "if this is an old build output, remove it by hand, or pass --out <new folder>"
  );
}

/**
 * Null when every file and folder under `dir` can be removed, else the first one that cannot and
 * why. Checks write access to each folder and touches each entry's own times (an immutable or
 * read-only entry refuses that), so nothing is changed.
 */
export async function checkRemovable(dir: string): Promise<string | null> {
  if (!(await lstat(dir).then(() => true, () => false))) return null; // nothing to remove
  const probe = async (p: string): Promise<string | null> => {
    try {
      const s = await lstat(p);
      await lutimes(p, s.atime, s.mtime);
      if (s.isDirectory()) {
        await access(p, constants.W_OK | constants.X_OK);
        for (const name of await readdir(p)) {
          const found = await probe(path.join(p, name));
          if (found) return found;
        }
      }
      return null;
    } catch (err) {
      return `${p} (${code(err)})`;
    }
  };
  return probe(dir);
}
