/**
 * Replaces `target` with `fresh` by renames on the same filesystem, so readers see either the
 * old folder or the new one, never a half-written mix. If the second rename fails the old folder
 * is put back. The result says exactly what is on disk afterwards.
 */
import { rename, rm, stat } from "node:fs/promises";

export interface SwapOps {
  rename(from: string, to: string): Promise<void>;
  remove(dir: string): Promise<void>;
}

const nodeOps: SwapOps = {
  rename: (a, b) => rename(a, b),
  remove: (d) => rm(d, { recursive: true, force: true }),
};

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * "swapped": `target` holds the new folder, the old one is gone.
 * "swapped-leftover": `target` holds the new folder, but the old one, moved to `leftover`, could
 * not be removed completely. A failed rename throws, with `target` as it was.
 */
export type SwapResult = { kind: "swapped" } | { kind: "swapped-leftover"; leftover: string; error: unknown };

export async function swapDir(fresh: string, target: string, ops: SwapOps = nodeOps): Promise<SwapResult> {
  const retired = `${target}.old-${process.pid}`;
  const hadTarget = await exists(target);
  if (hadTarget) await ops.rename(target, retired);
  try {
    await ops.rename(fresh, target);
  } catch (err) {
    if (hadTarget) await ops.rename(retired, target);
    throw err;
  }
  if (!hadTarget) return { kind: "swapped" };
  try {
    await ops.remove(retired);
    return { kind: "swapped" };
  } catch (error) {
    return { kind: "swapped-leftover", leftover: retired, error };
  }
}
