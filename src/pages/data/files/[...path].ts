/** Every table in data/ and every report text in seeds/, served byte for byte as static files. */
import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import { dataDirs, loadManifest } from "../../../data/load";
import { listDataFiles } from "../../../reports/data-files";

export const getStaticPaths = (() =>
  listDataFiles(dataDirs(), loadManifest()).map((f) => ({
    params: { path: f.urlPath.slice("data/files/".length) },
    props: { abs: f.abs, type: f.encodingFormat },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.abs as string), { headers: { "Content-Type": `${props.type as string}; charset=utf-8` } });
