/**
 * Content collections over data/ through a custom loader built on src/data (not Astro's file()
 * loader: on a parser error it only logs, exits 0 and keeps stale cached data — see STACK.md).
 * Any data problem throws a DataValidationError listing every problem, so the build fails.
 */
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { DataValidationError, formatDataErrors } from "./data/errors";
import { readData, type Data } from "./data/load";

let lastLogged = "";

/** Reads and validates afresh on every build/sync (no per-process cache: the dev server reloads). */
function dataLoader(name: string, entries: (data: Data) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `data-${name}`,
    load: async ({ store, logger }) => {
      let data: Data;
      try {
        data = readData();
        lastLogged = "";
      } catch (e) {
        // Astro trims "file:line:col" prefixes from error messages, so log the full list first,
        // once per distinct set of problems (every collection's loader hits the same ones).
        if (e instanceof DataValidationError && e.message !== lastLogged) {
          logger.error(`\n${formatDataErrors(e.errors)}`);
          lastLogged = e.message;
        }
        throw e;
      }
      const rows = entries(data);
      store.clear();
      for (const { id, data } of rows) store.set({ id, data });
      logger.info(`${rows.length} ${name} entries`);
    },
  };
}

const plain = <T extends object>(row: T) => ({ ...row }) as Record<string, unknown>;

export const collections = {
  reports: defineCollection({
    loader: dataLoader("reports", (d) => d.manifest.map((m) => ({ id: m.id, data: plain(m) }))),
  }),
  sections: defineCollection({
    loader: dataLoader("sections", (d) =>
      [...d.reports.values()].flatMap((r) => r.sections.map((s) => ({ id: `${s.report_id}/${s.id}`, data: plain(s) }))),
    ),
  }),
  figures: defineCollection({
    loader: dataLoader("figures", (d) =>
      [...d.reports.values()].flatMap((r) => r.figures.map((f) => ({ id: `${f.report_id}/${f.id}`, data: plain(f) }))),
    ),
  }),
  areas: defineCollection({
    loader: dataLoader("areas", (d) => d.areas.map((a) => ({ id: a.slug, data: plain(a) }))),
  }),
  indicators: defineCollection({
    loader: dataLoader("indicators", (d) => d.indicators.map((i) => ({ id: i.slug, data: plain(i) }))),
  }),
  indicatorValues: defineCollection({
    loader: dataLoader("indicator values", (d) =>
      d.indicatorValues.map((v) => ({ id: `${v.indicator}/${v.report_id}/${v.year}/${v.status}`, data: plain(v) })),
    ),
  }),
  projects: defineCollection({
    loader: dataLoader("projects", (d) => d.projects.map((p) => ({ id: p.id, data: plain(p) }))),
  }),
};
