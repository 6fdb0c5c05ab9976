/**
 * Content collections: the files under src/content/ that editors write. Each is read and checked by
 * the same code the pages and tests use (src/edition/), so a problem is reported once, with
 * file:line:column, and stops the build (Astro's own loaders only log a parse error; see STACK.md).
 * Declaring the folder also keeps Astro from generating a legacy collection for it.
 */
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { formatDataErrors } from "./data/errors";
import { loadData } from "./data/load";
import { contentDir, readEditions } from "./edition/load";

const editionsLoader: Loader = {
  name: "editions",
  load: async ({ store, logger }) => {
    const { editions, errors } = readEditions(contentDir(), loadData());
    if (errors.length > 0) {
      // Astro trims "file:line:col" prefixes from error messages, so log the full list first.
      logger.error(`\n${formatDataErrors(errors)}`);
      throw new Error(`${errors.length} problem(s) in the edition files`);
    }
    store.clear();
    for (const e of editions) store.set({ id: e.id, data: { report: e.reportId, lang: e.lang, path: e.path } });
  },
};

export const collections = {
  editions: defineCollection({ loader: editionsLoader }),
};
