// @ts-check
import { defineConfig } from "astro/config";
import { chartColorsPlugin } from "./src/site/chart-colors-plugin.ts";

// SITE_URL / BASE_PATH let the same build be deployed at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  devToolbar: { enabled: false },
  build: { format: "directory", inlineStylesheets: "never" },
  // Never inline small processed scripts: the CSP allows only 'self' plus one hashed script.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [chartColorsPlugin()] },
});
