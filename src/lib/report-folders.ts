/**
 * Where report texts may be read from. A manifest `file` is a path relative to one of the allowed
 * report folders — `seeds/` first, then the extra report folders (REPORTS_DIR, a list separated by
 * ":"; by default `../shared/reports`, which a clone may not have) — and must stay inside it:
 * no absolute paths, no "..", and no symbolic link that leads out of the folder (links are
 * resolved before the check). Anything else is refused, so no manifest row can make a build read,
 * or publish, a file from elsewhere.
 */
import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

export interface ReportFolder {
  /** Absolute path. */
  dir: string;
  /** How to name it in messages: the path as the maintainer gave it. */
  label: string;
}

/** The default extra report folder, relative to the working directory (the repository root). */
export const DEFAULT_REPORTS_DIR = "../shared/reports";

/**
 * Extra report folders from REPORTS_DIR (set and empty = none), else ../shared/reports; relative
 * paths are taken from `cwd` (the working directory unless a caller validates another tree).
 */
export function reportFolders(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): { folders: ReportFolder[]; fromEnv: boolean } {
  const fromEnv = env.REPORTS_DIR !== undefined;
  const given = fromEnv ? env.REPORTS_DIR!.split(path.delimiter).map((s) => s.trim()).filter(Boolean) : [DEFAULT_REPORTS_DIR];
  return { folders: given.map((g) => ({ dir: path.resolve(cwd, g), label: fromEnv ? `REPORTS_DIR entry "${g}"` : g })), fromEnv };
}

/** Null when `file` is a plain relative path (no "..", not absolute), else what is wrong. */
export function seedNameProblem(file: string): string | null {
  if (file.includes("\0")) return "a file name without NUL characters";
  if (path.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith("\\")) {
    return "a path relative to seeds/ or a report folder, not an absolute path";
  }
  const parts = file.split(/[\\/]/);
  if (parts.some((p) => p === "..")) return 'a path inside seeds/ or a report folder, without ".."';
  if (parts.some((p) => p === "" || p === ".")) return "a path of plain names separated by single slashes";
  return null;
}

export type SeedLookup =
  | { kind: "found"; abs: string; folder: ReportFolder }
  | { kind: "absent"; looked: string[] }
  | { kind: "refused"; expected: string };

const inside = (root: string, p: string) => {
  const rel = path.relative(root, p);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
};

/** Looks `file` up in each folder in turn (first match wins), resolving symbolic links. */
export function findSeed(file: string, folders: readonly ReportFolder[]): SeedLookup {
  const problem = seedNameProblem(file);
  if (problem) return { kind: "refused", expected: problem };
  const looked: string[] = [];
  for (const folder of folders) {
    looked.push(folder.label);
    if (!existsSync(folder.dir)) continue;
    const candidate = path.join(folder.dir, file);
    try {
      lstatSync(candidate);
    } catch {
      continue;
    }
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      return { kind: "refused", expected: `a readable file; ${file} in ${folder.label} is a broken symbolic link` };
    }
    if (!inside(realpathSync(folder.dir), real)) {
      return { kind: "refused", expected: `a file inside ${folder.label}; ${file} there is a symbolic link to ${real}, outside it` };
    }
    if (!statSync(real).isFile()) return { kind: "refused", expected: `a text file; ${file} in ${folder.label} is not a regular file` };
    return { kind: "found", abs: real, folder };
  }
  return { kind: "absent", looked };
}
