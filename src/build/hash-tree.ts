/** SHA-256 of every file under a folder, keyed by "/"-separated relative path, sorted. */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of await listFiles(dir)) {
    const bytes = await readFile(path.join(dir, rel));
    out.set(rel, createHash("sha256").update(bytes).digest("hex"));
  }
  return out;
}

/** Paths whose hashes differ, or that exist on one side only. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
