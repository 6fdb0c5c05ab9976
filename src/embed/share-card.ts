/**
 * Share cards: one vertical 3:4 picture per story (1080 × 1440 px), its og:image. The story's
 * headline number large (the story file's `card` token, so the number comes from data), what that
 * number is, the headline as the finding, the source line with the paragraph, and the site's name.
 * Drawn as SVG and rasterised at build time by resvg with the chart PNGs' fonts and cache (png.ts).
 */
import { BACKGROUND, ROLE_COLORS } from "../charts/shared/palette";
import { FONT_STACK } from "../charts/shared/standalone";
import { loadData, loadReport } from "../data/load";
import type { Figure } from "../data/schema";
import type { Edition } from "../edition";
import { editionOfStory } from "../stories/index";
import { escapeHtml } from "../stories/copy";
import { renderCopyHtml } from "../stories/copy-context";
import type { Story } from "../stories/types";
import { textWidth, wrapToWidth } from "../lib/cjk-text";
import { sectionLabel } from "../edition/section-label";
import { sectionLabelIn } from "../lang/section-label";
import { htmlToText } from "./plain-text";
import { findCjkFonts, pngCacheDir, renderPngCached } from "./png";

export const CARD_WIDTH = 1080;
export const CARD_HEIGHT = 1440;
const PAD = 72;
const INNER = CARD_WIDTH - 2 * PAD;

/** Where a story's card is written, relative to the site base: `<edition path>cards/<slug>.png`. */
export function cardPath(story: Story, edition: Edition = editionOfStory(story)): string {
  return edition.pagePath(`cards/${story.slug}.png`);
}

export interface CardText {
  kicker: string;
  /** The headline number split as the copy renders it: words before it, the number with its unit, qualifiers after. */
  number: { before: string; value: string; after: string };
  /** What the number is: an indicator's name and year, or the report's own words around the figure. */
  what: string;
  headline: string;
  source: string;
  site: string;
}

const KINDS = /^\{(fig|val|ind):([^{}]+)\}$/;

/** The clause around a figure, as the report words it, grown to the left until it says what is counted. */
function clauseOf(f: Figure): string {
  const parts = f.sentence.split(/(?<=[，；。：、])/);
  let i = parts.findIndex((p) => p.includes(f.quote));
  if (i < 0) return f.quote;
  let clause = parts[i]!;
  while (clause.replace(f.quote, "").replace(/[，；。：、]/g, "").length < 6 && i > 0) clause = parts[--i]! + clause;
  return clause.replace(/[，；。：、]$/, "");
}

const statusWord = (status: string) => (status === "target" ? "目标" : status === "actual" ? "实绩" : "");

/** The words of a story's card; throws naming the story when its token is missing, unknown or not stated. */
export function cardText(story: Story, edition: Edition = editionOfStory(story), host = ""): CardText {
  const token = story.card;
  const kind = token ? KINDS.exec(token) : null;
  if (!token || !kind) throw new Error(`story ${story.slug}: no share-card token (\`card:\` in its story file, e.g. "{val:plan-p3-f1}")`);
  const html = renderCopyHtml(token, edition);
  if (html.includes("num--missing")) throw new Error(`story ${story.slug}: card ${token} is not stated in the report — a card shows a number the report gives`);
  const inner = html.replace(/^<a [^>]*>|<\/a>$/g, "");
  const m = /^(.*?)<b>(.*?)<\/b>(.*)$/s.exec(inner);
  if (!m) throw new Error(`story ${story.slug}: card ${token} rendered without a number (${html})`);
  const number = { before: htmlToText(m[1]!), value: htmlToText(m[2]!), after: htmlToText(m[3]!) };

  const data = loadData();
  const report = loadReport(story.reportId);
  // Another language's card names the indicator, year and status in that language; the source is the Chinese report.
  const english = !edition.lang.toLowerCase().startsWith("zh");
  const nameOf = (slug: string) => {
    const i = data.indicators.find((x) => x.slug === slug);
    return i && (english ? i.label_en || i.label_zh : i.label_zh);
  };
  const whatOf = (label: string, year: number | string, status: string) =>
    english ? `${label}, ${year}${status === "target" ? " target" : status === "actual" ? " actual" : ""}` : `${label}，${year}年${statusWord(status)}`;
  let figure: Figure | undefined;
  /** The report the card's number is from (another report's, for an {ind:} of another report). */
  let cardReportId = story.reportId;
  let what: string;
  if (kind[1] === "ind") {
    const parts = kind[2]!.split(":");
    const [slug, reportId, year] = parts.length === 2 ? [parts[0]!, story.reportId, parts[1]!] : (parts as [string, string, string]);
    const row = data.indicatorValues.find((v) => v.indicator === slug && v.report_id === reportId && String(v.year) === year)!;
    cardReportId = reportId;
    // No figure when that report's text is absent: the card then names the report without a paragraph.
    figure = data.reports.get(reportId)!.figures.find((f) => f.id === row.figure_id);
    const label = nameOf(slug) ?? slug;
    what = whatOf(label, row.year, row.status);
  } else {
    figure = report.figures.find((f) => f.id === kind[2]);
    // A curated indicator that cites the figure names it best (地区生产总值增速); else the report's own clause.
    const cited = figure && data.indicatorValues.find((v) => v.report_id === figure!.report_id && v.figure_id === figure!.id);
    const label = cited && nameOf(cited.indicator);
    if (figure && cited && label) what = whatOf(label, cited.year, cited.status);
    else what = figure ? `${clauseOf(figure)}${figure.period ? `（${figure.period}年${statusWord(figure.status)}）` : ""}` : "";
  }
  const sourceReport = figure ? data.reports.get(figure.report_id)! : data.reports.get(cardReportId) ?? report;
  const section = figure ? sourceReport.sections.find((s) => s.id === figure!.section_id) : undefined;
  const area = story.kind === "area" ? edition.areas.find((a) => a.slug === story.slug) : undefined;
  return {
    kicker: area ? `${edition.labels.area_kicker}${area.numeral} · ${area.name}` : story.kind === "review" ? edition.labels.review : edition.title,
    number,
    what,
    headline: story.title,
    source: english
      ? `${edition.labels.source}${section ? `, ${sectionLabelIn(edition.lang, section)}` : ""} (in Chinese)`
      : `来源：${sourceReport.meta.title}${section ? ` · ${sectionLabel(section)}` : ""}`,
    site: host ? `${edition.siteName} · ${host}` : edition.siteName,
  };
}

/** The number's digits (with % or a range) and the unit written after them: "38" + "微克/立方米", "3.2%" + "". */
export function splitUnit(value: string): { digits: string; unit: string } {
  const m = /^[-\d.]+(?:\s*[-—–~～至]\s*[\d.]+)?%?/.exec(value);
  return m ? { digits: m[0], unit: value.slice(m[0].length) } : { digits: value, unit: "" };
}

/**
 * Width of the big digits in Noto Sans CJK Bold, which cjk-text's estimate (0.6 em for anything not
 * CJK) gets wrong at 300 px: "%" is nearly a full em, "." and "-" far less than 0.6.
 */
function digitsWidth(digits: string, size: number): number {
  let w = 0;
  for (const ch of digits) w += size * (ch === "%" ? 0.92 : ch === "." ? 0.3 : /[-—–~～]/.test(ch) ? 0.42 : /\d/.test(ch) ? 0.58 : 1);
  return w;
}

/** Closing punctuation a line must not start with (it stays on the line before). */
const CLOSING = /^[”’」』）》】〕，。、；：！？…%)\].,;:!?]$/u;

/**
 * Lines no wider than `max` at `size`: Chinese breaks between any two characters, but a run of
 * digits and Latin letters (95%, 2×100万千瓦, PM2.5) is never split, and closing punctuation never
 * starts a line. Each line keeps one em of slack, as the estimate counts “” narrow and the font does not.
 */
export function wrapHeadline(text: string, max: number, size: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.%+×\-]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && !CLOSING.test(token) && textWidth(line + token, size) > max - size) {
      lines.push(line);
      line = "";
    }
    line += token;
  }
  if (line) lines.push(line);
  return lines;
}

/** The card as a standalone SVG, 1080 × 1440, light theme, the story's area colour as its accent. */
export function cardSvg(text: CardText, accent: string): string {
  const font = escapeHtml(FONT_STACK);
  const ink = ROLE_COLORS.light.text;
  const muted = ROLE_COLORS.light.muted;
  const out: string[] = [];
  const t = (x: number, y: number, size: number, s: string, fill: string, weight = 400) =>
    `<text x="${Math.round(x)}" y="${Math.round(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${font}">${escapeHtml(s)}</text>`;

  out.push(`<rect width="100%" height="100%" fill="${BACKGROUND.light}"/>`, `<rect width="${CARD_WIDTH}" height="20" fill="${accent}"/>`);
  out.push(t(PAD, 128, 38, text.kicker, accent, 700));

  // The middle block (number, what it is, headline) is laid out from y = 0, then centred between
  // the kicker and the footer, so a short headline does not leave a hole under it.
  const block: string[] = [];
  let y = 0;
  if (text.number.before) {
    y += 64;
    block.push(t(PAD, y, 56, text.number.before, ink, 700));
  }
  // The digits as large as fit, the unit and qualifiers smaller beside them (or under them when they do not fit).
  const { digits, unit } = splitUnit(text.number.value);
  const tail = `${unit}${text.number.after}`;
  let size = 300;
  const tailSize = (n: number) => Math.max(56, Math.round(n * 0.36));
  while (size > 120 && digitsWidth(digits, size) + (tail ? textWidth(tail, tailSize(size)) + 20 : 0) > INNER) size -= 8;
  y += size * 0.9;
  block.push(t(PAD - size * 0.04, y, size, digits, accent, 700));
  if (tail) {
    const x = PAD + digitsWidth(digits, size) + 20;
    if (x + textWidth(tail, tailSize(size)) <= CARD_WIDTH - PAD) block.push(t(x, y, tailSize(size), tail, accent, 700));
    else block.push(t(PAD, (y += tailSize(size) + 20), tailSize(size), tail, accent, 700));
  }
  y += 24;
  for (const line of wrapToWidth(text.what, INNER, 42).slice(0, 3)) {
    y += 58;
    block.push(t(PAD, y, 42, line, muted));
  }
  y += 48;
  block.push(`<rect x="${PAD}" y="${Math.round(y)}" width="160" height="6" fill="${ink}"/>`);
  y += 30;

  // The headline: as large as lets the block end above the footer.
  const top = 190;
  const footerTop = CARD_HEIGHT - 250;
  let hs = 80;
  const wrap = (n: number) => wrapHeadline(text.headline, INNER, n);
  let lines = wrap(hs);
  while (hs > 44 && y + lines.length * hs * 1.3 > footerTop - top) lines = wrap((hs -= 4));
  for (const line of lines) {
    y += hs * 1.3;
    block.push(t(PAD, y - hs * 0.3, hs, line, ink, 700));
  }
  const shift = top + Math.max(0, (footerTop - top - y) / 2);
  out.push(`<g transform="translate(0 ${Math.round(shift)})">${block.join("")}</g>`);

  const sourceLines = wrapToWidth(text.source, INNER, 30).slice(0, 2);
  let fy = CARD_HEIGHT - 96 - sourceLines.length * 42;
  out.push(`<rect x="${PAD}" y="${fy - 44}" width="${INNER}" height="2" fill="${ROLE_COLORS.light.grid}"/>`);
  for (const line of sourceLines) out.push(t(PAD, (fy += 42) - 10, 30, line, muted));
  out.push(t(PAD, CARD_HEIGHT - 64, 34, text.site, ink, 700));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${out.join("")}</svg>`;
}

/** The story's accent: its area's colour, else the site's accent. */
export function cardAccent(story: Story, edition: Edition = editionOfStory(story)): string {
  return edition.areas.find((a) => story.kind === "area" && a.slug === story.slug)?.color ?? "#b3261e";
}

let fonts: string[] | undefined;

/** The card PNG (1080 × 1440), through the PNG cache. */
export async function cardPng(story: Story, edition: Edition, host: string): Promise<Buffer> {
  fonts ??= findCjkFonts();
  const svg = cardSvg(cardText(story, edition, host), cardAccent(story, edition));
  return (await renderPngCached(svg, fonts, pngCacheDir(), CARD_WIDTH)).png;
}
