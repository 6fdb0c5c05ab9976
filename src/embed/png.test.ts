import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { cjkFontDir, fcMatch, findCjkFonts, MIN_PNG_WIDTH, NOTO_CJK_DIR, pngCacheDir, pngScale, pngSize, renderPng, renderPngAsync, renderPngCached, renderPngCachedAsync } from "./png";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="340" height="120" viewBox="0 0 340 120">' +
  '<rect width="100%" height="100%" fill="#ffffff"/>' +
  '<text x="10" y="60" font-size="20" font-family="Noto Sans CJK SC" fill="#1a1a1a">高标准农田</text></svg>';

describe("findCjkFonts", () => {
  it("fails naming what to install on Debian and macOS when no Noto CJK font is there", () => {
    expect(() => findCjkFonts("/nowhere", () => ["DejaVuSans.ttf"])).toThrow(/apt-get install fonts-noto-cjk.*brew install --cask font-noto-sans-cjk-sc.*CJK_FONT_DIR/);
  });
  it("finds the folder through CJK_FONT_DIR, else fontconfig, else Debian's folder", () => {
    expect(cjkFontDir({ CJK_FONT_DIR: "/opt/fonts" }, () => null)).toBe("/opt/fonts");
    const mac = { family: "Noto Sans CJK SC,Noto Sans CJK SC Regular", file: "/Library/Fonts/NotoSansCJKsc-Regular.otf" };
    expect(cjkFontDir({}, () => mac)).toBe("/Library/Fonts");
    // fontconfig answers every query with some font; a fallback that is not Noto CJK is not taken.
    expect(cjkFontDir({}, () => ({ family: "DejaVu Sans", file: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" }))).toBe(NOTO_CJK_DIR);
    expect(cjkFontDir({}, () => null)).toBe(NOTO_CJK_DIR);
  });
  it("fc-match on this machine names the installed Noto Sans CJK SC", () => {
    expect(fcMatch("Noto Sans CJK SC")?.file).toMatch(/NotoSansCJK/);
    expect(findCjkFonts(cjkFontDir({})).length).toBeGreaterThan(0);
  });
  it("finds the installed Noto Sans CJK collections", () => {
    expect(findCjkFonts().every((f) => /NotoSansCJK-/.test(f))).toBe(true);
  });
});

describe("renderPng", () => {
  it("renders at print width with Chinese glyphs drawn (ink in the text area)", () => {
    const png = renderPng(SVG, findCjkFonts());
    expect(pngSize(png)).toEqual({ width: 340 * pngScale(340), height: 120 * pngScale(340) });
    expect(pngSize(png).width).toBeGreaterThanOrEqual(MIN_PNG_WIDTH);
    // Rendered without any font, the same text leaves the picture blank; with Noto CJK it has ink.
    const dark = (svg: string, fonts: string[]) => {
      const pixels = new Resvg(svg, { font: { fontFiles: fonts, loadSystemFonts: false } }).render().pixels; // a copy per access: read once
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
      return n;
    };
    expect(dark(SVG, [])).toBe(0);
    expect(dark(SVG, findCjkFonts())).toBeGreaterThan(200);
  });
  it("caches by content: the second call reads the file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "png-cache-"));
    const a = renderPngCached(SVG, findCjkFonts(), dir);
    const b = renderPngCached(SVG, findCjkFonts(), dir);
    expect(b.equals(a)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(1);
  });
});

describe("renderPngAsync and the cache folder", () => {
  it("draws the same bytes off the main thread, and the async cache reports hits", async () => {
    const fonts = findCjkFonts();
    expect((await renderPngAsync(SVG, fonts)).equals(renderPng(SVG, fonts))).toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), "png-cache-"));
    expect((await renderPngCachedAsync(SVG, fonts, dir)).cached).toBe(false);
    expect((await renderPngCachedAsync(SVG, fonts, dir)).cached).toBe(true);
  });
  it("lives in node_modules/.cache/yq-png unless PNG_CACHE_DIR says otherwise", () => {
    expect(pngCacheDir("/repo", {})).toBe("/repo/node_modules/.cache/yq-png");
    expect(pngCacheDir("/repo", { PNG_CACHE_DIR: "/var/cache/png" })).toBe("/var/cache/png");
  });
});

describe("pngSize", () => {
  it("rejects bytes that are not a PNG", () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });
  it("pngScale keeps at least 3× and the minimum print width", () => {
    expect(pngScale(340)).toBe(5);
    expect(pngScale(1000)).toBe(3);
  });
});
