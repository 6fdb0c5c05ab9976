import { describe, expect, it } from "vitest";
import { loadAreas } from "../../data/load";
import { BACKGROUND, ROLE_COLORS, chartColorCss, colorRules, contrastRatio } from "./palette";
import { standaloneSvg } from "./standalone";

// The colours of every area in data/areas.csv (any report), as the chart CSS generator gets them.
const areas = loadAreas().map((a) => ({ slug: a.slug, color: a.color, colorDark: a.color_dark }));
const css = chartColorCss(areas);

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it.each(colorRules(theme, areas))("$className reaches its contrast against the page", ({ className, color }) => {
    const needed = className === "c-text" || className === "c-muted" ? 4.5 : 3;
    expect(contrastRatio(color, BACKGROUND[theme])).toBeGreaterThanOrEqual(needed);
  });

  it("chartColorCss declares each colour as a custom property of the theme's block", () => {
    const block = theme === "light" ? css.slice(css.indexOf(":root {"), css.indexOf("@media")) : css.slice(css.indexOf('[data-theme="dark"]'));
    for (const { className, color } of colorRules(theme, areas)) expect(block).toContain(`--${className}: ${color};`);
    expect(block).toContain(`--c-background: ${BACKGROUND[theme]};`);
  });
});

describe("chartColorCss(areas)", () => {
  it("has a class rule for every role and every area, and the system dark block equals the explicit one", () => {
    for (const role of Object.keys(ROLE_COLORS.light)) expect(css).toContain(`.c-${role} { color: var(--c-${role}); }`);
    for (const { slug } of areas) expect(css).toContain(`.c-area-${slug} { color: var(--c-area-${slug}); }`);
    const system = css.slice(css.indexOf(":root:not"), css.indexOf('[data-theme="dark"]'));
    const explicit = css.slice(css.indexOf('[data-theme="dark"]'));
    for (const { className, color } of colorRules("dark", areas)) {
      expect(system).toContain(`--${className}: ${color};`);
      expect(explicit).toContain(`--${className}: ${color};`);
    }
  });
  it("takes any number of areas: a tenth area is one more rule", () => {
    const ten = [...areas.slice(0, 9), { slug: "tenth", color: "#0072b2", colorDark: "#56b4e9" }];
    expect(chartColorCss(ten)).toContain(".c-area-tenth { color: var(--c-area-tenth); }");
  });
  it("computes WCAG contrast", () => expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5));
});

describe("standaloneSvg(svg, theme, areas)", () => {
  const svg = '<svg class="chart" width="100%" viewBox="0 0 300 120"><text class="c-target">5%</text></svg>';
  it("inlines concrete colours, a CJK font stack and a fixed size", () => {
    const out = standaloneSvg(svg, "dark", areas);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="120"/);
    expect(out).toContain(`.c-target{color:${ROLE_COLORS.dark.target}}`);
    expect(out).toContain(`.c-area-${areas[0]!.slug}{color:${areas[0]!.colorDark}}`);
    expect(out).toContain("Noto Sans CJK SC");
    expect(out).toContain(`fill="${BACKGROUND.dark}"`);
  });
  it("rejects markup without a viewBox", () => expect(() => standaloneSvg("<svg></svg>", "light")).toThrow(/viewBox/));
});
