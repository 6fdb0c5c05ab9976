/** The search page's index of the edition's report (src/search/report-index.ts), written at build time. */
import type { APIRoute } from "astro";
import { loadData, loadReport } from "../../data/load";
import { siteEdition } from "../../edition";
import { sectionLabel } from "../../components/section-label";
import { buildSearchIndex } from "../../search/report-index";

export const GET: APIRoute = () => {
  const edition = siteEdition();
  const report = loadReport(edition.reportId);
  const english = !edition.lang.startsWith("zh");
  const topics = loadData().topics.map((t) => ({ slug: t.slug, label: english ? t.label_en : t.label_zh }));
  const index = buildSearchIndex({ id: report.meta.id, title: report.meta.title }, report.sections, sectionLabel, topics);
  return new Response(JSON.stringify(index), { headers: { "content-type": "application/json; charset=utf-8" } });
};
