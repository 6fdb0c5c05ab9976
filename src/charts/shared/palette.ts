/**
 * Chart colours. Charts never write colours into markup: they emit classes
 * (`c-area-<slug>`, `c-actual`, `c-target`, `c-muted`, `c-text`, `c-grid`, `c-highlight`) that set `color`,
 * and marks paint with `currentColor`. `src/styles/charts.css` maps the classes to these values
 * through custom properties; a test keeps the two in step.
 *
 * Hues follow Okabe–Ito (colour-blind safe), darkened for the light page (#ffffff) and lightened
 * for the dark page (#111111) so every graphic colour reaches ≥ 3:1 and every text colour ≥ 4.5:1
 * against its background (WCAG 2.x relative luminance; checked in palette.test.ts).
 */

export const AREA_SLUGS = ["demand", "industry", "digital", "business", "reform", "town-country", "ecology", "livelihoods", "safety"] as const;
export type AreaSlug = (typeof AREA_SLUGS)[number];
export type Theme = "light" | "dark";

export const BACKGROUND: Record<Theme, string> = { light: "#ffffff", dark: "#111111" };

/** Graphic colours per 2024 work area (≥ 3:1 on the theme background). */
export const AREA_COLORS: Record<Theme, Record<AreaSlug, string>> = {
  light: {
    demand: "#0072b2",
    industry: "#b35c00",
    digital: "#6a4fb3",
    business: "#007a5a",
    reform: "#b0417e",
    "town-country": "#7a6a00",
    ecology: "#2e7d32",
    livelihoods: "#c24e00",
    safety: "#5f6b7a",
  },
  dark: {
    demand: "#56b4e9",
    industry: "#e69f00",
    digital: "#b8a2f0",
    business: "#3dd6a8",
    reform: "#e79bc8",
    "town-country": "#d9c24a",
    ecology: "#7cc47f",
    livelihoods: "#ff8a50",
    safety: "#a9b4c2",
  },
};

/** Role colours. `text` and `muted` are for text (≥ 4.5:1); the rest are graphics (≥ 3:1). */
export const ROLE_COLORS: Record<Theme, Record<"text" | "muted" | "actual" | "target" | "grid" | "highlight", string>> = {
  light: { text: "#1a1a1a", muted: "#5c5c5c", actual: "#4d4d4d", target: "#0072b2", grid: "#949494", highlight: "#c24e00" },
  dark: { text: "#eeeeee", muted: "#ababab", actual: "#bdbdbd", target: "#56b4e9", grid: "#707070", highlight: "#ff8a50" },
};

/** The class that colours a mark with its work area. */
export function areaClass(slug: AreaSlug): string {
  return `c-area-${slug}`;
}

export function isAreaSlug(value: string): value is AreaSlug {
  return (AREA_SLUGS as readonly string[]).includes(value);
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`contrastRatio: expected a #rrggbb colour, got "${hex}"`);
  const channels = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Every class → colour rule for one theme, as used by charts.css and standalone files. */
export function colorRules(theme: Theme): { className: string; color: string }[] {
  const roles = Object.entries(ROLE_COLORS[theme]).map(([role, color]) => ({ className: `c-${role}`, color }));
  const areas = AREA_SLUGS.map((slug) => ({ className: areaClass(slug), color: AREA_COLORS[theme][slug] }));
  return [...roles, ...areas];
}
