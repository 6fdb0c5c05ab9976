/**
 * A cross-process lock file. Several people (and test runs) build in one working tree at once;
 * concurrent Astro builds in one root were seen to mix up their `base`, so builds take turns.
 * The lock file holds the owner's pid; a lock whose owner is gone is taken over.
 */
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";

/** Whether the process `pid` is running (EPERM: it runs as another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function tryAcquire(file: string): Promise<boolean> {
  try {
    const handle = await open(file, "wx");
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      // The folder was removed under us (e.g. a clean); recreate it and try again.
      await mkdir(path.dirname(file), { recursive: true });
      return false;
    }
    if (code !== "EEXIST") throw err;
    const owner = Number((await readFile(file, "utf8").catch(() => "")).trim());
    // An empty file is a lock being written right now; only a dead pid is stale.
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) await rm(file, { force: true });
    return false;
  }
}

export async function withLock<T>(
  file: string,
  fn: () => Promise<T>,
  onWait: (message: string) => void = () => {},
  timeoutMs = 15 * 60_000,
): Promise<T> {
  await mkdir(path.dirname(file), { recursive: true });
  const started = Date.now();
  let told = false;
  while (!(await tryAcquire(file))) {
    if (!told) {
      onWait(`waiting for another build to finish (lock ${file})`);
      told = true;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${file} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return await fn();
  } finally {
    await rm(file, { force: true });
  }
}
