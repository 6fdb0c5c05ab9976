/**
 * Every table in data/ and every report text that is present, served as static files: texts byte
 * for byte, CSVs byte for byte unless a cell could run as a spreadsheet formula (see servedCsv).
 */
import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import { dataDirs, loadData } from "../../../data/load";
import { listDataFiles, servedCsv } from "../../../reports/data-files";

export const getStaticPaths = (() =>
  listDataFiles(dataDirs(), [...loadData().reportEntries.values()].map((r) => ({ ...r.meta, seedPath: r.seedPath }))).map((f) => ({
    params: { path: f.urlPath.slice("data/files/".length) },
    props: { abs: f.abs, type: f.encodingFormat },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const abs = props.abs as string;
  const type = props.type as string;
  const body = type === "text/csv" ? servedCsv(readFileSync(abs, "utf8")) : readFileSync(abs);
  return new Response(body, { headers: { "Content-Type": `${type}; charset=utf-8` } });
};
