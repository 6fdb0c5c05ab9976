/**
 * PNG downloads: the standalone SVG rasterised by resvg with Noto Sans CJK, so Chinese text is
 * drawn, never tofu. Rendering is deterministic, so results are cached by content hash in a folder
 * that survives builds (node_modules/.cache/yq-png by default).
 *
 * resvg runs as WebAssembly (@resvg/resvg-wasm), with the font files read once per process and
 * handed over as bytes. The native build (@resvg/resvg-js) takes font file paths and re-reads the
 * whole 20 MB collection for every text element it lays out (about 11 ms each here): a cold build
 * spent about 56 CPU-s in the kernel copying fonts. The same resvg version draws the same bytes
 * either way (compared over every PNG of the site).
 *
 * Fonts: `CJK_FONT_DIR` (a folder holding NotoSansCJK*.ttc/otf), else fontconfig's answer for
 * "Noto Sans CJK SC" (`fc-match`), else Debian's folder. A missing font is a clear error.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { initWasm, Resvg, type ResvgRenderOptions } from "@resvg/resvg-wasm";

/** Where Debian's fonts-noto-cjk puts its collections (the last place looked). */
export const NOTO_CJK_DIR = "/usr/share/fonts/opentype/noto";
/** The family every chart asks for. */
export const CJK_FAMILY = "Noto Sans CJK SC";
/** Printed pictures are at least this wide. */
export const MIN_PNG_WIDTH = 1600;

const FONT_FILE = /^NotoSansCJK.*\.(ttc|otf|ttf)$/i;

export const MISSING_FONT_HELP =
  `install Noto Sans CJK — Debian/Ubuntu: apt-get install fonts-noto-cjk; ` +
  `macOS: brew install --cask font-noto-sans-cjk-sc — or set CJK_FONT_DIR to a folder holding NotoSansCJK*.ttc/.otf`;

/** The Noto Sans CJK files in `dir`; throws naming what to install when there are none. */
export function findCjkFonts(dir: string = cjkFontDir(), list: (dir: string) => string[] = safeList): string[] {
  const files = list(dir).filter((f) => FONT_FILE.test(f)).sort();
  if (files.length === 0) {
    throw new Error(
      `PNG downloads need a CJK font, but ${dir} has no NotoSansCJK* font file: ${MISSING_FONT_HELP}. Without it Chinese text would render as empty boxes`,
    );
  }
  return files.map((f) => path.join(dir, f));
}

/** What fontconfig answers for the family: its file and family name, or null without fc-match. */
export type FontMatcher = (family: string) => { family: string; file: string } | null;

export const fcMatch: FontMatcher = (family) => {
  try {
    const out = execFileSync("fc-match", ["-f", "%{family}\n%{file}", family], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const [names = "", file = ""] = out.split("\n");
    return file ? { family: names, file } : null;
  } catch {
    return null;
  }
};

/**
 * The folder of the CJK fonts: `CJK_FONT_DIR`, else the folder of the file fontconfig matches for
 * "Noto Sans CJK SC" (only when it really is that family, not a fallback), else Debian's folder.
 */
export function cjkFontDir(env: NodeJS.ProcessEnv = process.env, match: FontMatcher = fcMatch): string {
  if (env.CJK_FONT_DIR) return path.resolve(env.CJK_FONT_DIR);
  const found = match(CJK_FAMILY);
  if (found && found.family.split(",").some((f) => f.trim() === CJK_FAMILY) && FONT_FILE.test(path.basename(found.file))) {
    return path.dirname(found.file);
  }
  return NOTO_CJK_DIR;
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

/** `width`: the picture's width in pixels (share cards are drawn at their own size); else pngScale's. */
function renderOptions(svg: string, fontFiles: readonly string[], outWidth?: number): ResvgRenderOptions {
  const { width } = svgSize(svg);
  return {
    fitTo: { mode: "width", value: outWidth ?? Math.round(width * pngScale(width)) },
    font: { fontBuffers: fontFiles.map(fontBytes), loadSystemFonts: false, defaultFontFamily: CJK_FAMILY, sansSerifFamily: CJK_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  };
}

let wasm: Promise<void> | undefined;

/** Loads resvg's WebAssembly once per process (from node_modules, found from here or from the working folder). */
function resvgReady(): Promise<void> {
  const file = "@resvg/resvg-wasm/index_bg.wasm";
  const find = () => {
    try {
      return createRequire(import.meta.url).resolve(file);
    } catch {
      return createRequire(path.join(process.cwd(), "package.json")).resolve(file);
    }
  };
  return (wasm ??= initWasm(readFileSync(find())));
}

const fonts = new Map<string, Uint8Array>();
function fontBytes(file: string): Uint8Array {
  let bytes = fonts.get(file);
  if (!bytes) fonts.set(file, (bytes = new Uint8Array(readFileSync(file))));
  return bytes;
}

/**
 * Rasterises a standalone SVG with the given font files only (no system scan: reproducible), at
 * `outWidth` pixels wide, else at `pngScale(width)`.
 */
export async function renderPng(svg: string, fontFiles: readonly string[], outWidth?: number): Promise<Buffer> {
  await resvgReady();
  const resvg = new Resvg(svg, renderOptions(svg, fontFiles, outWidth));
  try {
    const image = resvg.render();
    try {
      return Buffer.from(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** Cache file of a picture: SHA-256 of the SVG and the font list. */
export function pngCacheFile(svg: string, fontFiles: readonly string[], cacheDir: string, outWidth?: number): string {
  const hash = createHash("sha256").update(svg).update("\0").update(fontFiles.join("\n"));
  if (outWidth !== undefined) hash.update(`\0width=${outWidth}`);
  const key = hash.digest("hex");
  return path.join(cacheDir, `${key}.png`);
}

function store(file: string, png: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file); // a crash leaves no half file
}

/** `renderPng` through a folder cache keyed by the SVG, font list and width; `cached` says whether the file was already there. */
export async function renderPngCached(svg: string, fontFiles: readonly string[], cacheDir: string, outWidth?: number): Promise<{ png: Buffer; cached: boolean }> {
  const file = pngCacheFile(svg, fontFiles, cacheDir, outWidth);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await renderPng(svg, fontFiles, outWidth);
  store(file, png);
  return { png, cached: false };
}

/**
 * The PNG cache folder: `PNG_CACHE_DIR`, else node_modules/.cache/yq-png under `root`. It lives in
 * node_modules so it survives `npm run build`, is shared by copies that link node_modules (the
 * determinism test) and goes away with a fresh `npm ci`.
 */
export function pngCacheDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return env.PNG_CACHE_DIR ? path.resolve(env.PNG_CACHE_DIR) : path.join(root, "node_modules", ".cache", "yq-png");
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error("pngSize: not a PNG (bad signature)");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== "IHDR") throw new Error("pngSize: first chunk is not IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
