/** Each edition's search index of its report (src/search/report-index.ts), written at build time to `<edition path>search/report.json`. */
import { isChinese } from "../../../lang/t";
import type { APIRoute } from "astro";
import { loadData, loadReport } from "../../../data/load";
import { editionRoutes, type Edition } from "../../../edition";
import { sectionLabel } from "../../../edition/section-label";
import { buildSearchIndex } from "../../../search/report-index";

/** Search over the Chinese text: Chinese editions only so far. */
export const getStaticPaths = () => editionRoutes().filter(({ props: { edition } }) => isChinese(edition));

export const GET: APIRoute = ({ props }) => {
  const { edition } = props as { edition: Edition };
  const report = loadReport(edition.reportId);
  const english = !edition.lang.startsWith("zh");
  const { topics, topicSentences } = loadData();
  const told = topics.filter((t) => topicSentences.some((r) => r.topic === t.slug && r.report_id === edition.reportId));
  const index = buildSearchIndex({ id: report.meta.id, title: report.meta.title }, report.sections, sectionLabel, told.map((t) => ({ slug: t.slug, label: english ? t.label_en : t.label_zh })));
  return new Response(JSON.stringify(index), { headers: { "content-type": "application/json; charset=utf-8" } });
};
