/**
 * PNG downloads: the standalone SVG rasterised by resvg with the system's Noto CJK fonts, so Chinese
 * text is drawn, never tofu. Rendering is deterministic, so results are cached by content hash.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** Where Debian's fonts-noto-cjk puts its collections. */
export const NOTO_CJK_DIR = "/usr/share/fonts/opentype/noto";
/** Printed pictures are at least this wide. */
export const MIN_PNG_WIDTH = 1600;

/** The Noto Sans CJK collections in `dir`; throws naming the Debian package when there are none. */
export function findCjkFonts(dir: string = NOTO_CJK_DIR, list: (dir: string) => string[] = safeList): string[] {
  const files = list(dir).filter((f) => /^NotoSansCJK-.*\.(ttc|otf|ttf)$/.test(f)).sort();
  if (files.length === 0) {
    throw new Error(
      `PNG downloads need a CJK font, but ${dir} has no NotoSansCJK-*.ttc — install the Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk); without it Chinese text would render as empty boxes`,
    );
  }
  return files.map((f) => path.join(dir, f));
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Integer scale factor so a chart `svgWidth` px wide becomes at least MIN_PNG_WIDTH px (and never less than 3×). */
export function pngScale(svgWidth: number): number {
  if (!(svgWidth > 0)) throw new Error(`pngScale: expected a positive SVG width, got ${svgWidth}`);
  return Math.max(3, Math.ceil(MIN_PNG_WIDTH / svgWidth));
}

/** Width and height of a standalone SVG (its `width`/`height` attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(`svgSize: expected <svg width="…" height="…"> in pixels, got "${open.slice(0, 120)}"`);
  return { width, height };
}

/** Rasterises a standalone SVG at `pngScale(width)` with the given font files only (no system scan: reproducible). */
export function renderPng(svg: string, fontFiles: readonly string[]): Buffer {
  const { width } = svgSize(svg);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width * pngScale(width)) },
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: "Noto Sans CJK SC", sansSerifFamily: "Noto Sans CJK SC" },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** `renderPng` through a folder cache keyed by the SVG and font list; writes via rename so a crash leaves no half file. */
export function renderPngCached(svg: string, fontFiles: readonly string[], cacheDir: string): Buffer {
  const key = createHash("sha256").update(svg).update("\0").update(fontFiles.join("\n")).digest("hex");
  const file = path.join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = renderPng(svg, fontFiles);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error("pngSize: not a PNG (bad signature)");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== "IHDR") throw new Error("pngSize: first chunk is not IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
