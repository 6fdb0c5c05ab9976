import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cjkFontDir, fcMatch, findCjkFonts, MIN_PNG_WIDTH, NOTO_CJK_DIR, pngCacheDir, pngScale, pngSize, renderPng, renderPngCached } from "./png";

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
  it("renders at print width with Chinese glyphs drawn (ink in the text area)", async () => {
    const png = await renderPng(SVG, findCjkFonts());
    expect(pngSize(png)).toEqual({ width: 340 * pngScale(340), height: 120 * pngScale(340) });
    expect(pngSize(png).width).toBeGreaterThanOrEqual(MIN_PNG_WIDTH);
    // Without any font the text leaves the picture as blank as one with no text; with Noto CJK it is drawn.
    const blank = await renderPng(SVG.replace(/<text[^]*<\/text>/, ""), []);
    expect((await renderPng(SVG, [])).equals(blank)).toBe(true);
    expect(png.equals(blank)).toBe(false);
    expect(png.length).toBeGreaterThan(blank.length + 1000);
  });
  it("draws the same bytes every time, at a given width when asked", async () => {
    const fonts = findCjkFonts();
    expect((await renderPng(SVG, fonts)).equals(await renderPng(SVG, fonts))).toBe(true);
    expect(pngSize(await renderPng(SVG, fonts, 1080))).toEqual({ width: 1080, height: Math.round((120 * 1080) / 340) });
  });
});

describe("the PNG cache folder", () => {
  it("caches by content: the second call reads the file and says so", async () => {
    const fonts = findCjkFonts();
    const dir = mkdtempSync(path.join(os.tmpdir(), "png-cache-"));
    const a = await renderPngCached(SVG, fonts, dir);
    const b = await renderPngCached(SVG, fonts, dir);
    expect([a.cached, b.cached]).toEqual([false, true]);
    expect(b.png.equals(a.png)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(1);
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
