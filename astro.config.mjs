// @ts-check
import { defineConfig } from "astro/config";
import { chartColorsPlugin } from "./src/site/chart-colors-plugin.ts";

// SITE_URL / BASE_PATH let the same build be deployed at a domain root or under a sub-path.
// `npm run build` (src/build/safe-build.ts) checks both and passes them on normalised; these
// fallbacks serve `astro dev` and `astro preview` (`npm start`), which run on localhost.
// The base is collapsed to one slash each side, as the build does: "//yq2024/" must never
// become a protocol-relative URL.
const base = (process.env.BASE_PATH ?? "/").split("/").filter(Boolean).join("/");

export default defineConfig({
  site: process.env.SITE_URL || "http://localhost:4321",
  base: base ? `/${base}/` : "/",
  trailingSlash: "always",
  devToolbar: { enabled: false },
  build: { format: "directory", inlineStylesheets: "never" },
  // Never inline small processed scripts: the CSP allows only 'self' plus one hashed script.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [chartColorsPlugin()] },
});
