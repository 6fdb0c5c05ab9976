import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "__snapshots__");

/**
 * Test helper: compares `svg` to `src/charts/__snapshots__/<name>.svg`.
 * Creates the file when missing, except under CI (env CI set and not "false"/"0"), where a missing
 * snapshot fails: a deleted snapshot must not pass unnoticed. On a mismatch writes `<name>-changed.svg` (git-ignored) and throws;
 * accept a change by moving the -changed file over the snapshot.
 */
/** Whether this run is CI (as vitest decides for its own snapshots: CI set to anything but false/0). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
}

export function expectSvgSnapshot(name: string, svg: string, directory = SNAPSHOT_DIR): void {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`expectSvgSnapshot: name must be [a-z0-9-]+, got "${name}"`);
  const expectedPath = join(directory, `${name}.svg`);
  const changedPath = join(directory, `${name}-changed.svg`);
  const actual = `${svg.trim()}\n`;
  if (!existsSync(expectedPath)) {
    if (isCi()) throw new Error(`SVG snapshot "${name}" is missing: ${expectedPath} does not exist. Run the test outside CI to write it, check the picture, and commit it`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(expectedPath, actual);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  throw new Error(`SVG snapshot "${name}" changed; see ${changedPath} (move it over ${expectedPath} to accept)`);
}
