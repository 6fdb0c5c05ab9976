/**
 * Setup file of the "site" project: a site test file starts once the test sites that global-setup.ts
 * builds in the background are ready (built, or their failure recorded for requireSite to throw).
 */
import { waitForSiteBuilds } from "./site-build.ts";

await waitForSiteBuilds();
