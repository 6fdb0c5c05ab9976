/** Where the test run's builds live. Built once per `npm test` by global-setup.ts. */
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const TMP_DIR = path.join(ROOT_DIR, ".tmp");
/** The site built with base "/". */
export const SITE_DIR = path.join(TMP_DIR, "site");
/** The same site built with base "/yq2024/" (sub-path deployment). */
export const SITE_BASE_DIR = path.join(TMP_DIR, "site-base");
export const SITE_BASE_PATH = "/yq2024/";
/** The SITE_URL of the sub-path build: a production build, with no localhost anywhere in it. */
export const PRODUCTION_SITE_URL = "https://news.example.org";
export const DATA_DIR = path.join(ROOT_DIR, "data");
