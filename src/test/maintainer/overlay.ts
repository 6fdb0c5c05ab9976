/**
 * Assembles a test dataset: a copy of the real data/ and seeds/ with a fixture folder laid over it.
 * In the fixture, a CSV that also exists in the copy holds rows to append (same header required);
 * any other file is added as is. So a fixture states only what a new report adds, and stays in
 * step with data/ as the curated tables grow.
 */
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../../build/hash-tree.ts";
import { decodeUtf8 } from "../../pipeline/decode.ts";
import { parseManifest } from "../../pipeline/manifest.ts";
import { recordExtraction } from "../../pipeline/extraction-record.ts";
import { nodeEffects } from "../../pipeline/node-effects.ts";
import { renderReport } from "../../pipeline/run.ts";
import { ROOT_DIR } from "../paths.ts";

/** Copies data/ and seeds/ into `dest` and overlays `fixtureDir` (which has data/ and/or seeds/). Returns dest/data. */
export async function assembleDataset(fixtureDir: string, dest: string): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  for (const root of ["data", "seeds"]) await cp(path.join(ROOT_DIR, root), path.join(dest, root), { recursive: true });
  for (const root of ["data", "seeds"]) {
    const from = path.join(fixtureDir, root);
    if (!existsSync(from)) continue;
    for (const rel of await listFiles(from)) {
      const src = path.join(from, rel);
      const target = path.join(dest, root, rel);
      if (rel.endsWith(".csv") && existsSync(target)) {
        const [header, ...rows] = (await readFile(src, "utf8")).split("\n");
        const [baseHeader] = (await readFile(target, "utf8")).split("\n");
        if (header !== baseHeader) throw new Error(`${src}:1 header ${JSON.stringify(header)} — expected the header of ${root}/${rel}: ${JSON.stringify(baseHeader)}`);
        const base = await readFile(target, "utf8");
        await appendFile(target, (base.endsWith("\n") ? "" : "\n") + rows.filter((r) => r !== "").join("\n") + "\n");
      } else {
        await mkdir(path.dirname(target), { recursive: true });
        await cp(src, target);
      }
    }
  }
  return path.join(dest, "data");
}

/**
 * What a maintainer does with a revised text of an existing report: replace the seed, then
 * `npm run extract` it (here through the same renderReport the CLI uses) into data/<id>/.
 */
export async function replaceSeedAndExtract(datasetRoot: string, reportId: string, newText: string): Promise<void> {
  const seeds = path.join(datasetRoot, "seeds");
  const meta = parseManifest(await readFile(path.join(seeds, "manifest.csv"), "utf8")).find((m) => m.id === reportId);
  if (!meta) throw new Error(`replaceSeedAndExtract: no manifest row "${reportId}" in ${seeds}`);
  const seedPath = path.join(seeds, meta.file);
  await cp(newText, seedPath);
  const text = decodeUtf8(new Uint8Array(await readFile(seedPath)), seedPath);
  const outputs = renderReport(text, meta, seedPath);
  for (const [name, csv] of Object.entries(outputs)) await writeFile(path.join(datasetRoot, "data", reportId, name), csv);
  await recordExtraction({ ...nodeEffects, log: () => {} }, path.join(datasetRoot, "data", reportId), meta.file, text, meta.data_date);
}
