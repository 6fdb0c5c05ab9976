/**
 * Replaces `target` with `fresh` by renames on the same filesystem, so readers see either the
 * old folder or the new one, never a half-written mix. If the second rename fails the old folder
 * is put back.
 */
import { rename, rm, stat } from "node:fs/promises";

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export async function swapDir(fresh: string, target: string): Promise<void> {
  const retired = `${target}.old-${process.pid}`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, retired);
  try {
    await rename(fresh, target);
  } catch (err) {
    if (hadTarget) await rename(retired, target);
    throw err;
  }
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}
