/**
 * A report's structure as the generic report page shows it: parts in reading order, each with its
 * areas, paragraph and figure counts. Pure: sections and figures in, outline out.
 */
import type { Figure, Section } from "../data/schema";

export interface OutlineNode {
  /** sections.csv id of the heading (or of the first paragraph for the opening lines). */
  id: string;
  heading: string;
  paragraphs: number;
  figures: number;
  chars: number;
}

export interface OutlinePart extends OutlineNode {
  part: Section["part"];
  partNo: number;
  areas: (OutlineNode & { areaNo: number })[];
}

type S = Pick<Section, "id" | "kind" | "part" | "part_no" | "area_no" | "heading" | "chars" | "order">;

/**
 * A text paragraph: a paragraph line, or an inline area heading that carries its own text (and
 * figures). Heading-only lines are not paragraphs. This is the one paragraph count every page shows.
 */
export function isTextParagraph(s: Pick<Section, "kind" | "chars" | "heading">): boolean {
  return s.kind === "paragraph" || (s.kind === "area" && s.chars > s.heading.length + 1);
}

/** How many text paragraphs a report has (headings not counted). */
export const countParagraphs = (sections: readonly Pick<Section, "kind" | "chars" | "heading">[]): number =>
  sections.filter(isTextParagraph).length;

/** Parts (the opening lines as part 0, 开篇) with their areas, counts summed from the rows under them. */
export function reportOutline(sections: readonly S[], figures: readonly Pick<Figure, "section_id">[]): OutlinePart[] {
  const figuresIn = new Map<string, number>();
  for (const f of figures) figuresIn.set(f.section_id, (figuresIn.get(f.section_id) ?? 0) + 1);
  const parts: OutlinePart[] = [];
  for (const s of [...sections].sort((a, b) => a.order - b.order)) {
    let part = parts.at(-1);
    if (s.kind === "part" || !part || part.partNo !== s.part_no) {
      part = { id: s.id, heading: s.part_no === 0 ? "开篇" : s.heading, part: s.part, partNo: s.part_no, paragraphs: 0, figures: 0, chars: 0, areas: [] };
      parts.push(part);
    }
    let area = part.areas.at(-1);
    if (s.kind === "area") {
      area = { id: s.id, heading: s.heading, areaNo: s.area_no ?? 0, paragraphs: 0, figures: 0, chars: 0 };
      part.areas.push(area);
    }
    const inArea = s.area_no !== null && area !== undefined && area.areaNo === s.area_no;
    const n = figuresIn.get(s.id) ?? 0;
    const isText = isTextParagraph(s);
    for (const node of inArea ? [part, area!] : [part]) {
      node.figures += n;
      node.chars += s.chars;
      if (isText) node.paragraphs += 1;
    }
  }
  return parts;
}
