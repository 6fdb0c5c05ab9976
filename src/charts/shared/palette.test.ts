import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AREA_SLUGS, BACKGROUND, ROLE_COLORS, colorRules, contrastRatio } from "./palette";
import { standaloneSvg } from "./standalone";

const css = readFileSync(new URL("../../styles/charts.css", import.meta.url), "utf8");

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it.each(colorRules(theme))("$className reaches its contrast against the page", ({ className, color }) => {
    const needed = className === "c-text" || className === "c-muted" ? 4.5 : 3;
    expect(contrastRatio(color, BACKGROUND[theme])).toBeGreaterThanOrEqual(needed);
  });

  it("charts.css declares the same colours", () => {
    const block = theme === "light" ? css.slice(css.indexOf(":root {"), css.indexOf("@media")) : css.slice(css.indexOf('[data-theme="dark"]'));
    for (const { className, color } of colorRules(theme)) expect(block).toContain(`--${className}: ${color};`);
    expect(block).toContain(`--c-background: ${BACKGROUND[theme]};`);
  });
});

describe("palette", () => {
  it("has a class rule for every area in charts.css", () => {
    for (const slug of AREA_SLUGS) expect(css).toContain(`.c-area-${slug} { color: var(--c-area-${slug}); }`);
  });
  it("computes WCAG contrast", () => expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5));
});

describe("standaloneSvg(svg, theme)", () => {
  const svg = '<svg class="chart" width="100%" viewBox="0 0 300 120"><text class="c-target">5%</text></svg>';
  it("inlines concrete colours, a CJK font stack and a fixed size", () => {
    const out = standaloneSvg(svg, "dark");
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="120"/);
    expect(out).toContain(`.c-target{color:${ROLE_COLORS.dark.target}}`);
    expect(out).toContain("Noto Sans CJK SC");
    expect(out).toContain(`fill="${BACKGROUND.dark}"`);
  });
  it("rejects markup without a viewBox", () => expect(() => standaloneSvg("<svg></svg>", "light")).toThrow(/viewBox/));
});
