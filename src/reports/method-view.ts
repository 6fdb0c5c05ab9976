/**
 * The method view of a report page (/reports/<id>/#method): how the report is written, counted from
 * its own rows for every report in the manifest, never listed by hand. Counting is method, not story:
 * the stories show what the numbers mean, this view shows how long each part is, where the Arabic-digit
 * figures sit and which words each work area uses.
 *  - the figure counts of src/reports/report-charts.ts (per part, per area, by kind of measure);
 *  - characters per area of every part with areas;
 *  - per work area of the plan: the length of each paragraph, and its most frequent words
 *    (Intl.Segmenter, src/analysis/terms.ts `topWords`).
 * Takeaways are computed from the same rows.
 */
import { wordFrequencyChart } from "../charts";
import type { Figure, Section } from "../data/schema";
import { topWords } from "../analysis/terms";
import { chineseNumeral } from "../lib/chinese-numerals";
import { isTextParagraph, type OutlinePart } from "./outline";
import { headingLabel, reportCharts, type ReportChart } from "./report-charts";

/** A method chart with its place in the view: the group it is shown under, and its id without the report. */
export interface MethodChart extends ReportChart {
  /** The chart's id within its report, e.g. `words-plan-7`; the page id is `<reportId>-<localId>`. */
  localId: string;
}

export interface MethodGroup {
  /** Anchor of the group on the page. */
  id: string;
  heading: string;
  /** sections.csv id of the work area the group is about, if any. */
  sectionId?: string;
  charts: MethodChart[];
}

/** Report charts are laid out for the phone column, like report-charts.ts. */
const WIDTH = 340;
/** Most frequent words shown per work area. */
export const TOP_WORDS = 10;
/**
 * Words never counted: qualifiers of figures and words of address, which say nothing about a topic.
 * Kept short on purpose; everything else the segmenter calls a word of two or more Han characters counts.
 */
export const STOP_WORDS: readonly string[] = ["以上", "以下", "左右", "以内", "我们", "各位", "代表"];

type S = Pick<Section, "id" | "kind" | "part" | "area_no" | "heading" | "text" | "chars" | "order">;

function extremes(rows: { term: string; count: number }[], unit: string): string {
  const top = Math.max(...rows.map((r) => r.count));
  const low = Math.min(...rows.map((r) => r.count));
  const name = (n: number) => rows.filter((r) => r.count === n).map((r) => r.term).join("、");
  return top === low ? `都是${top}${unit}` : `最长的是${name(top)}（${top}${unit}），最短的是${name(low)}（${low}${unit}）`;
}

/** A paragraph as a chart label: its first clause, the report's own summary of what follows. */
export function paragraphLabel(text: string): string {
  return text.replace(/^[。，；：！\s]+/, "").split(/[。；：，！]/)[0]!.trim();
}

const areaName = (heading: string) => headingLabel(heading.replace(/^（[^）]*）/, ""));

/** The text paragraphs of one area, in reading order (an inline area heading that carries text counts). */
function areaParagraphs(sections: readonly S[], area: { id: string; areaNo: number }, part: Section["part"]): S[] {
  return [...sections]
    .filter((s) => s.part === part && s.area_no === area.areaNo && (s.id === area.id || s.id.startsWith(`${area.id}-`)) && isTextParagraph(s))
    .sort((a, b) => a.order - b.order);
}

/** Every method chart of a report, grouped as the page shows them. Pure: rows in, charts out. */
export function methodGroups(reportId: string, outline: readonly OutlinePart[], sections: readonly S[], figures: readonly Pick<Figure, "measure">[]): MethodGroup[] {
  // A count over the whole report (the kinds of measure) cites its parts.
  const local = (chart: ReportChart): MethodChart => ({
    ...chart,
    sourceIds: chart.sourceIds.length > 0 ? chart.sourceIds : outline.map((p) => p.id),
    localId: chart.id.slice(reportId.length + 1),
  });
  const make = (localId: string, c: Omit<ReportChart, "id" | "result">, rows: { term: string; count: number }[], subject: string): MethodChart => {
    const id = `${reportId}-${localId}`;
    const counts = c.unit === "字" ? { unit: "字", countLabel: "字数" } : {};
    return { ...c, id, localId, result: wordFrequencyChart(rows, { subject, id, width: WIDTH, ...counts }) };
  };
  const groups: MethodGroup[] = [{ id: "method-figures", heading: "数字写在哪里", charts: reportCharts(reportId, outline, figures).map(local) }];

  const lengths: MethodChart[] = [];
  for (const part of outline.filter((p) => p.areas.length > 0)) {
    const rows = part.areas.map((a) => ({ term: `（${chineseNumeral(a.areaNo)}）${areaName(a.heading)}`, count: a.chars }));
    lengths.push(
      make(
        `chars-by-area-${part.id}`,
        {
          title: `${headingLabel(part.heading)}：各项的篇幅`,
          takeaway: `${rows.length}项中${extremes(rows, "字")}。字数含标题，按字符计。`,
          unit: "字",
          sourceIds: part.areas.map((a) => a.id),
        },
        rows,
        `${headingLabel(part.heading)}各项的字数`,
      ),
    );
  }
  if (lengths.length > 0) groups.push({ id: "method-lengths", heading: "各项写了多长", charts: lengths });

  for (const part of outline.filter((p) => p.part === "plan")) {
    for (const area of part.areas) {
      const paragraphs = areaParagraphs(sections, area, part.part);
      if (paragraphs.length === 0) continue;
      const name = areaName(area.heading);
      const label = `（${chineseNumeral(area.areaNo)}）${name}`;
      const seen = new Map<string, number>();
      const rows = paragraphs.map((p, i) => {
        const lead = paragraphLabel(p.id === area.id ? p.text.replace(area.heading, "") || p.heading : p.text) || `第${i + 1}段`;
        const n = (seen.get(lead) ?? 0) + 1;
        seen.set(lead, n);
        return { term: n > 1 ? `${lead}（${n}）` : lead, count: p.chars };
      });
      const charts: MethodChart[] = [
        make(
          `paragraphs-${area.id}`,
          {
            title: `${label}：每段的长度`,
            takeaway: paragraphs.length === 1 ? `这一项只有一段，${rows[0]!.count}字。` : `${paragraphs.length}段中${extremes(rows, "字")}。每段以它的第一句话为名。`,
            unit: "字",
            sourceIds: paragraphs.map((p) => p.id),
          },
          rows,
          `${label}各段的字数`,
        ),
      ];
      const words = topWords(paragraphs.map((p) => p.text), { stop: STOP_WORDS, limit: TOP_WORDS });
      if (words.length > 0) {
        const top = words.filter((w) => w.count === words[0]!.count).map((w) => `“${w.word}”`);
        charts.push(
          make(
            `words-${area.id}`,
            {
              title: `${label}：用得最多的词`,
              takeaway: `出现最多的是${top.join("、")}（${words[0]!.count}次）。按词计数（Intl.Segmenter 分词），两个字以上，前${chineseNumeral(words.length)}个。`,
              unit: "出现次数",
              sourceIds: paragraphs.map((p) => p.id),
            },
            words.map((w) => ({ term: w.word, count: w.count })),
            `${label}中出现最多的词`,
          ),
        );
      }
      groups.push({ id: `method-${area.id}`, heading: label, sectionId: area.id, charts });
    }
  }
  return groups;
}
