import { BACKGROUND, colorRules, type AreaColor, type Theme } from "./palette";

/** The CJK-capable system font stack, same as charts.css. */
export const FONT_STACK =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/**
 * A downloadable SVG file: inlines a `<style>` with concrete colours and fonts (charts.css is not there),
 * a background rect, the xmlns, and fixed pixel size. Only for files — pages use the class markup,
 * because their CSP forbids inline styles. `areas` are the work areas whose colours the chart may use.
 */
export function standaloneSvg(svg: string, theme: Theme, areas: readonly AreaColor[] = []): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`standaloneSvg: expected markup starting with <svg, got "${svg.slice(0, 40)}"`);
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open[0]);
  if (!viewBox) throw new Error("standaloneSvg: the <svg> has no viewBox=\"0 0 w h\"");
  const [, width, height] = viewBox;
  const rules = colorRules(theme, areas).map(({ className, color }) => `.${className}{color:${color}}`).join("");
  const style =
    `<style>svg{color:${colorRules(theme).find((r) => r.className === "c-text")!.color};font-family:${FONT_STACK};font-size:12px}` +
    `text{white-space:pre}.t-large{font-size:14px;font-weight:600}.t-xlarge{font-size:20px;font-weight:700}.t-value{font-weight:600}.m-open{fill:${BACKGROUND[theme]}}.is-dimmed{opacity:.25}${rules}</style>`;
  const background = `<rect width="100%" height="100%" fill="${BACKGROUND[theme]}"/>`;
  const tag = open[0]
    .replace(/\swidth="[^"]*"/, "")
    .replace(/^<svg/, `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`);
  return `${tag}${style}${background}${svg.slice(open[0].length)}`;
}
