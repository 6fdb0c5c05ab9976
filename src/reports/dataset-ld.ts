/**
 * schema.org `Dataset` JSON-LD for the /data/ page, built from the manifest and the file list.
 * Pure: inputs in, a plain object out; `jsonLdText` makes it safe inside a <script> element.
 */
import type { DataFile } from "./data-files";

export interface LdReport {
  id: string;
  title: string;
  place: string;
  review_year: number;
  plan_year: number;
  data_date: string;
}

export interface DatasetLdInput {
  name: string;
  description: string;
  /** Absolute URL of the /data/ page. */
  pageUrl: string;
  /** Turns a site path ("data/files/areas.csv") into an absolute URL. */
  absolute: (urlPath: string) => string;
  reports: readonly LdReport[];
  files: readonly DataFile[];
  /** Combined version of every report's data, e.g. a hash of their hashes. */
  version: string;
}

export function datasetLd(input: DatasetLdInput): Record<string, unknown> {
  const years = input.reports.flatMap((r) => [r.review_year, r.plan_year]);
  const dates = input.reports.map((r) => r.data_date).sort();
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: input.name,
    description: input.description,
    url: input.pageUrl,
    inLanguage: "zh-CN",
    version: input.version,
    dateModified: dates.at(-1),
    creator: { "@type": "Organization", name: input.name },
    license: {
      "@type": "CreativeWork",
      name: "报告文本为政府公开发布的文件，按原文收录；本站整理的表格可自由转载，请注明来源及所依据的报告。",
    },
    isBasedOn: input.reports.map((r) => ({ "@type": "CreativeWork", name: r.title })),
    temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}`,
    spatialCoverage: [...new Set(input.reports.map((r) => r.place))].map((name) => ({ "@type": "Place", name })),
    distribution: input.files.map((f) => ({
      "@type": "DataDownload",
      name: f.repoPath,
      contentUrl: input.absolute(f.urlPath),
      encodingFormat: f.encodingFormat,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
