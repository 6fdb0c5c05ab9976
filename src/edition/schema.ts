/** The zod schema of an edition file (src/content/editions/<id>.yaml); see yq2024.yaml for what each field means. */
import { z } from "zod";

/** Placeholders a label may use; they are filled from the manifest and areas tables (see fill.ts). */
export const PLACEHOLDERS = ["review_year", "plan_year", "title", "place", "area_count", "story_title", "area"] as const;

const template = () =>
  z.string().min(1, "a non-blank text").superRefine((s, ctx) => {
    for (const [, name] of s.matchAll(/\{([^}]*)\}/g)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(name!)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `placeholders from: ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")} (not {${name}})` });
      }
    }
  });

export const editionFileSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "lower-case letters and digits, starting with a letter, parts joined by - (it prefixes chart ids: yq2024, yq2024-en)"),
  report: z.string().min(1, "an id from seeds/manifest.csv"),
  lang: z.string().regex(/^[a-z]{2}(-[A-Za-z]+)*$/, "a BCP 47 language tag such as zh-CN or en"),
  path: z.string().regex(/^([a-z0-9-]+\/)?$/, `"" (the site root) or one folder name ending in "/", e.g. "yq2025/"`),
  site_name: z.string().min(1, "a non-blank text"),
  place: z.string().min(1, "a non-blank text"),
  labels: z.object({
    overview: template(),
    review: template(),
    areas: template(),
    report: template(),
    charts: template(),
    data: template(),
    about: template(),
    source: template(),
    area_kicker: template(),
    byline: template(),
  }).strict(),
  /** The texts of the page frame every page of the edition shares (header, footer, story pager). */
  frame: z.object({
    skip_link: template(),
    nav: template(),
    footer_note: template(),
    footer_about: template(),
    footer_reports: template(),
    footer_data: template(),
    footer_corrections: template(),
    pager: template(),
    prev: template(),
    next: template(),
  }).strict(),
  pages: z.object({
    home_description: template(),
    home_title: template(),
    home_areas: template(),
    areas_kicker: template(),
    areas_description: template(),
    areas_dek: template(),
    area_description: template(),
  }).strict(),
}).strict();

export type EditionFile = z.infer<typeof editionFileSchema>;
