import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLock } from "./build-lock.ts";

describe("withLock(file, fn)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "lock-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("runs holders one at a time", async () => {
    const file = path.join(dir, "a.lock");
    const events: string[] = [];
    const holder = (name: string) =>
      withLock(file, async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 50));
        events.push(`${name} out`);
      });
    await Promise.all([holder("first"), holder("second")]);
    // Either may win the race for the lock (seen under load); what matters is that they never overlap.
    const [winner, loser] = events[0] === "first in" ? ["first", "second"] : ["second", "first"];
    expect(events).toEqual([`${winner} in`, `${winner} out`, `${loser} in`, `${loser} out`]);
  });

  it("takes over a lock whose owner process is gone, and releases it afterwards", async () => {
    const file = path.join(dir, "b.lock");
    await writeFile(file, "999999999");
    const waits: string[] = [];
    const seen = await withLock(file, () => readFile(file, "utf8"), (m) => waits.push(m));
    expect(seen).toBe(String(process.pid));
    await expect(readFile(file, "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("gives up after the timeout while a live process holds the lock", async () => {
    const file = path.join(dir, "c.lock");
    await writeFile(file, String(process.pid));
    await expect(withLock(file, async () => 1, () => {}, 300)).rejects.toThrow(/gave up waiting/);
  });
});
