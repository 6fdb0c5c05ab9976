/**
 * The zod schema of a story file (src/content/stories/<edition>/<slug>.yaml): the copy of every
 * step, which chart each step shows and what it highlights, and the charts as declarative specs
 * (type, rows query, words). Texts may use {review_year} and {plan_year}; copy uses tokens.
 */
import { z } from "zod";
import { SPEC_KINDS, SPEC_TYPES, type SpecType } from "./kinds";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as business-firm-targets");
const text = z.string().trim().min(1, "a non-blank text");
const sectionId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a sections.csv id such as plan-4-p3");

export const chartSpecSchema = z
  .object({
    id,
    type: z.enum(SPEC_TYPES as [SpecType, ...SpecType[]], { errorMap: () => ({ message: `one of: ${SPEC_TYPES.join(", ")}` }) }),
    title: text,
    takeaway: text,
    unit: text,
    /** What is counted or compared, for the chart's own title and text alternative. */
    subject: text.optional(),
    /** Paragraphs the chart reads besides its figures' own (e.g. the text a word count runs over). */
    sources: z.array(sectionId).optional(),
    rows: z.unknown(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const kind = SPEC_KINDS[spec.type];
    if (!kind) return;
    const parsed = kind.rows.safeParse(spec.rows);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ["rows", ...issue.path] });
  });

export const stepSchema = z
  .object({
    text,
    /** sections.csv ids the step quotes or paraphrases. */
    sources: z.array(sectionId).min(1, "at least one paragraph the step comes from"),
    /** The id of one of this story's charts. */
    chart: id,
    /** Layers of the chart shown (each chart documents its layers); omitted = all. */
    step: z.number().int().min(0).optional(),
    /** Row keys to emphasise; omitted or empty = none dimmed. Keys may quote a figure: {quote:<figure-id>}. */
    highlight: z.array(z.string().min(1)).optional(),
    /** Show only the rows whose fields have these values (e.g. one paragraph of a tall grid). */
    where: z.record(z.string()).optional(),
    /** Caption of the chart state. */
    label: text,
  })
  .strict();

/**
 * Words in the copy that rest on the data, checked at every build; `says` must stand in the story's
 * copy. A new report that no longer bears a claim out fails the build here, naming the claim.
 *  - values: the distinct values of `field` in the rows of `chart` (those matching `where`), in row
 *    order and joined by 、, are exactly `says`;
 *  - leads: summing `sum` by `group_by` over the rows of `chart`, the group `leads` is strictly first.
 */
const valuesClaim = z.object({ says: text, chart: id, field: z.string().min(1), where: z.record(z.string()).optional() }).strict();
const leadsClaim = z.object({ says: text, chart: id, leads: z.string().min(1), group_by: z.string().min(1), sum: z.string().min(1) }).strict();
export const claimSchema = z.union([valuesClaim, leadsClaim]);

export const storyFileSchema = z
  .object({
    /** URL slug: an area slug of the edition (/areas/<slug>/), or overview, review. */
    slug: id,
    kind: z.enum(["overview", "review", "area"]),
    title: text,
    dek: text,
    charts: z.array(chartSpecSchema).min(1, "at least one chart"),
    steps: z.array(stepSchema).min(1, "at least one step"),
    claims: z.array(claimSchema).optional(),
  })
  .strict();

export type StoryFile = z.infer<typeof storyFileSchema>;
export type ChartSpec = StoryFile["charts"][number];
export type StepSpec = StoryFile["steps"][number];
