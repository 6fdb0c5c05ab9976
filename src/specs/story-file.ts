/**
 * The zod schema of a story file (src/content/stories/<edition>/<slug>.yaml): the copy of every
 * step, which chart each step shows and what it highlights, and the charts as declarative specs
 * (type, rows query, words). Texts may use {review_year} and {plan_year}; copy uses tokens.
 */
import { z } from "zod";
import { SPEC_KINDS, SPEC_TYPES, type SpecType } from "./kinds";
import { rowRule } from "./row-rules";
import { compareClaim } from "./compare-claim";

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
    /** A short 注 under the chart: a caveat or how a value was computed (tokens allowed, no typed numbers). */
    note: text.optional(),
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
    /**
     * Rows to emphasise, by key or by a rule on their fields (row-rules.ts: { most: figures, count: 2 },
     * { stated: actual } …); omitted or empty = none dimmed. Keys may quote a figure: {quote:<figure-id>}.
     */
    highlight: z.array(z.union([z.string().min(1), rowRule])).optional(),
    /** Show only the rows whose fields have these values (e.g. one paragraph of a tall grid); a list allows any of its values. */
    where: z.record(z.union([z.string(), z.array(z.string()).min(1)])).optional(),
    /** Caption of the chart state. */
    label: text,
  })
  .strict();

/**
 * Words in the copy that rest on the data, checked at every build; `says` must stand in the story's
 * copy. A new report that no longer bears a claim out fails the build here, naming the claim.
 *  - values: the distinct values of `field` in the rows of `chart` (those matching `where`), in row
 *    order and joined by 、, are exactly `says`;
 *  - leads: summing `sum` by `group_by` over the rows of `chart`, the group `leads` is strictly first
 *    (and, if given, the group `then` strictly second);
 *  - ratio: in the row of `chart` keyed `row`, field `of` divided by field `to` is at least `at_least`
 *    and under `below` (接近两倍: at least 1.75, under 2); `to` is read from the row keyed `to_row` when
 *    given (仍高于国家标准: the PM2.5 bar over the standard's row);
 *  - figures: the section `section` and its paragraphs state exactly `count` figures (一段只有一个数字;
 *    count 0: 通篇没有一个阿拉伯数字);
 *  - covers: every figure of the paragraphs under `covers` (a sections.csv id and its children) is
 *    drawn by `chart` (写了数字的，只有这几项);
 *  - pick: the rule `pick` (row-rules.ts) picks exactly `count` rows of `chart` (能和去年对上号的只有四项:
 *    { stated: actual }, count 4), or exactly the rows keyed `rows`, in any order (最短: { fewest: chars, count: 2 });
 *  - compare: one value is lower than, higher than or equal to another, optionally within a ratio
 *    (低于全国, 快于, 比去年慢; see compare-claim.ts).
 */
const valuesClaim = z.object({ says: text, chart: id, field: z.string().min(1), where: z.record(z.string()).optional() }).strict();
const leadsClaim = z.object({ says: text, chart: id, leads: z.string().min(1), then: z.string().min(1).optional(), group_by: z.string().min(1), sum: z.string().min(1) }).strict();
const ratioClaim = z
  .object({ says: text, chart: id, row: z.string().min(1), of: z.string().min(1), to: z.string().min(1), to_row: z.string().min(1).optional(), at_least: z.number(), below: z.number() })
  .strict()
  .refine((c) => c.at_least < c.below, { message: "at_least below `below`", path: ["below"] });
const figuresClaim = z.object({ says: text, section: sectionId, count: z.number().int().min(0) }).strict();
const coversClaim = z.object({ says: text, chart: id, covers: sectionId }).strict();
const pickClaim = z
  .object({ says: text, chart: id, pick: rowRule, count: z.number().int().min(0).optional(), rows: z.array(z.string().min(1)).min(1).optional() })
  .strict()
  .refine((c) => c.count !== undefined || c.rows !== undefined, { message: "a count or the rows the rule picks", path: ["count"] });
export const claimSchema = z.union([valuesClaim, leadsClaim, ratioClaim, figuresClaim, coversClaim, pickClaim, compareClaim]);

/** The share card's headline number: exactly one copy token (its year may be {review_year}/{plan_year}). */
const cardToken = z
  .string()
  .regex(/^\{(?:(?:fig|val):[a-z0-9-]+|ind:[a-z0-9-]+(?::[a-z0-9-]+)?:(?:\d{4}|\{review_year\}|\{plan_year\}))\}$/,
    "one copy token naming the story's headline number: {val:<figure-id>}, {fig:<figure-id>} or {ind:<indicator>:<year>}");

export const storyFileSchema = z
  .object({
    /**
     * The headline number of the story's share card (og:image), a token: src/embed/share-card.ts.
     * Every story of the site's editions sets one (share-card.test.ts); without it, the og:image is the first chart.
     */
    card: cardToken.optional(),
    /** URL slug: an area slug of the edition (/areas/<slug>/), or overview, review. */
    slug: id,
    kind: z.enum(["overview", "review", "area"]),
    /** Plain text; may show indicator values as {ind:<slug>:<year>} (the year may be {review_year}/{plan_year}). */
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
