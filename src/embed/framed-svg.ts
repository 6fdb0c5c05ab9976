/**
 * The picture that travels alone (PNG download, og:image): the standalone chart SVG with its
 * title above and the source line below, so a screenshot never loses where it came from.
 */
import { BACKGROUND, ROLE_COLORS, type Theme } from "../charts/shared/palette";
import { FONT_STACK } from "../charts/shared/standalone";
import { escapeHtml } from "../stories/copy";
import { svgSize } from "./png";
import { wrapToWidth } from "../lib/cjk-text";

export interface FrameText {
  title: string;
  source: string;
  theme: Theme;
}

const PAD = 12;
const TITLE_PX = 16;
const TITLE_LINE = 22;
const SOURCE_PX = 12;

export function framedSvg(standalone: string, { title, source, theme }: FrameText): string {
  const { width, height } = svgSize(standalone);
  const titleLines = wrapToWidth(title, width, TITLE_PX);
  const top = PAD + titleLines.length * TITLE_LINE + PAD / 2;
  const total = { width: width + 2 * PAD, height: top + height + PAD + SOURCE_PX + PAD };
  const font = escapeHtml(FONT_STACK);
  const ink = ROLE_COLORS[theme].text;
  const muted = ROLE_COLORS[theme].muted;
  const titleText = titleLines
    .map((l, i) => `<text x="${PAD}" y="${PAD + (i + 1) * TITLE_LINE - 6}" font-size="${TITLE_PX}" font-weight="700" fill="${ink}" font-family="${font}">${escapeHtml(l)}</text>`)
    .join("");
  const chart = standalone.replace(/^<svg\b/, `<svg x="${PAD}" y="${top}" overflow="visible"`);
  const sourceText = `<text x="${PAD}" y="${total.height - PAD}" font-size="${SOURCE_PX}" fill="${muted}" font-family="${font}">${escapeHtml(source)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}">` +
    `<rect width="100%" height="100%" fill="${BACKGROUND[theme]}"/>${titleText}${chart}${sourceText}</svg>`
  );
}
