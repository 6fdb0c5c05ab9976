/**
 * A story in another language that reuses another edition's story: `translates: <edition id>` names
 * the edition whose story file of the same slug gives the charts (types, rows queries, sources) and
 * the steps (chart, layers, highlights, rows shown, sources); the translation gives only the words.
 * So both languages have the same charts and the same steps in the same order, and a reader who
 * switches language lands on the same step. A change to the source story that the translation does
 * not follow (a new chart or step, a step that now shows another chart, a new claim) fails the build
 * at the translation's line.
 *
 *   translates: yq2024
 *   slug: demand
 *   title: …                       # words; may show values as {ind:<slug>:<year>}
 *   dek: …
 *   charts:                        # every chart of the source, by id
 *     demand-sectors:
 *       title: …
 *       takeaway: …
 *       unit: …
 *       subject: …                 # when the source chart has one
 *       note: …                    # when the source chart has one (its 注)
 *       rows: …                    # optional: the words of the rows query (labels, groups, notes), same shape
 *   steps:                         # one per source step, in order
 *     - { chart: demand-sectors, text: …, label: … }   # `chart` must be the source step's chart
 *   claims:                        # one per source claim, in order: the same check of the English words
 *     - { says: … }
 *     - { not_said: … }            # or why the translation does not make this claim in words of its own
 *                                  # (it quotes the data's Chinese words); the source story still checks it
 *
 * A `rows` patch replaces words only: objects merge key by key, lists element by element (same
 * length), and a value that is not text, or is an id (lower-case-and-hyphens, such as an indicator
 * slug or a paragraph id), stays what the source says. A field the source leaves out may be added
 * when it is words (a label, a list of labels): the kind's schema decides whether it may stand there.
 */
import { z } from "zod";
import type { StoryFile } from "./story-file";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id such as demand-sectors");
const text = z.string().trim().min(1, "a non-blank text");

const chartWords = z
  .object({ title: text, takeaway: text, unit: text, subject: text.optional(), note: text.optional(), rows: z.unknown().optional() })
  .strict();

export const translationFileSchema = z
  .object({
    /** The edition whose story file (same slug) this one puts into the edition's language. */
    translates: id,
    slug: id,
    title: text,
    dek: text,
    charts: z.record(id, chartWords),
    steps: z.array(z.object({ chart: id, text, label: text }).strict()).min(1, "at least one step"),
    claims: z.array(z.union([z.object({ says: text }).strict(), z.object({ not_said: text }).strict()])).optional(),
  })
  .strict();

export type TranslationFile = z.infer<typeof translationFileSchema>;

export interface TranslationProblem {
  /** Path in the translation file. */
  path: (string | number)[];
  expected: string;
  value?: string;
}

const ID_LIKE = /^[a-z0-9][a-z0-9-]*$/;

/** The source's rows query with the patch's words in it; problems name the patch's paths. */
function patchWords(source: unknown, patch: unknown, at: (string | number)[], problems: TranslationProblem[]): unknown {
  if (patch === undefined) return source;
  if (typeof patch === "string") {
    if (source === undefined) return patch; // a word field the source leaves to the data (a default label)
    if (typeof source !== "string" || ID_LIKE.test(source)) {
      if (patch !== String(source)) problems.push({ path: at, value: patch, expected: `the source's value ${JSON.stringify(source)}: only words are translated, not ids, numbers or switches` });
      return source;
    }
    return patch;
  }
  if (Array.isArray(patch)) {
    // A list of words the source leaves out (labels, one per name): the kind checks its length.
    if (source === undefined && patch.every((p) => typeof p === "string")) return patch;
    if (!Array.isArray(source) || source.length !== patch.length) {
      problems.push({ path: at, expected: `a list of ${Array.isArray(source) ? source.length : "no"} items, one per item of the source's list` });
      return source;
    }
    return source.map((s, i) => patchWords(s, patch[i], [...at, i], problems));
  }
  if (patch && typeof patch === "object") {
    if (source !== undefined && (typeof source !== "object" || source === null || Array.isArray(source))) {
      problems.push({ path: at, expected: `the shape of the source's value (${Array.isArray(source) ? "a list" : typeof source})` });
      return source;
    }
    const merged: Record<string, unknown> = { ...(source as Record<string, unknown> | undefined) };
    for (const [k, v] of Object.entries(patch)) merged[k] = patchWords(merged[k], v, [...at, k], problems);
    return merged;
  }
  if (patch !== source) problems.push({ path: at, value: String(patch), expected: `the source's value ${JSON.stringify(source)}: only words are translated` });
  return source;
}

/**
 * The story file the translation stands for: the source's structure with the translation's words.
 * `sourceName` names the source file in messages.
 */
export function applyTranslation(source: StoryFile, tr: TranslationFile, sourceName: string): { file?: StoryFile; problems: TranslationProblem[]; claimIndex: number[] } {
  const problems: TranslationProblem[] = [];
  if (tr.slug !== source.slug) problems.push({ path: ["slug"], value: tr.slug, expected: `the slug of ${sourceName} ("${source.slug}")` });

  const sourceIds = source.charts.map((c) => c.id);
  for (const chartId of Object.keys(tr.charts)) {
    if (!sourceIds.includes(chartId)) problems.push({ path: ["charts", chartId], value: chartId, expected: `the id of a chart of ${sourceName} (${sourceIds.join(", ")})` });
  }
  const charts = source.charts.flatMap((spec) => {
    const words = tr.charts[spec.id];
    if (!words) {
      problems.push({ path: ["charts"], expected: `the words of every chart of ${sourceName}, but chart ${spec.id} has none` });
      return [];
    }
    // Optional word fields follow the source: present in the translation exactly when the source chart has them.
    const source = spec as Record<string, unknown>;
    for (const field of ["subject", "note"] as const) {
      if (source[field] !== undefined && words[field] === undefined) problems.push({ path: ["charts", spec.id], expected: `a ${field}, as chart ${spec.id} of ${sourceName} has` });
      if (source[field] === undefined && words[field] !== undefined) problems.push({ path: ["charts", spec.id, field], value: words[field], expected: `no ${field}: chart ${spec.id} of ${sourceName} has none` });
    }
    const rows = patchWords(spec.rows, words.rows, ["charts", spec.id, "rows"], problems);
    const optional = Object.fromEntries((["subject", "note"] as const).flatMap((f) => (words[f] !== undefined ? [[f, words[f]]] : [])));
    return [{ ...spec, title: words.title, takeaway: words.takeaway, unit: words.unit, ...optional, rows }];
  });

  if (tr.steps.length !== source.steps.length) problems.push({ path: ["steps"], expected: `${source.steps.length} steps, one per step of ${sourceName} (it has ${tr.steps.length})` });
  const steps = source.steps.map((step, i) => {
    const words = tr.steps[i];
    if (!words) return step;
    if (words.chart !== step.chart) problems.push({ path: ["steps", i, "chart"], value: words.chart, expected: `"${step.chart}", the chart of step ${i + 1} of ${sourceName}` });
    return { ...step, text: words.text, label: words.label };
  });

  const sourceClaims = source.claims ?? [];
  const said = tr.claims ?? [];
  if (said.length !== sourceClaims.length) problems.push({ path: ["claims"], expected: `${sourceClaims.length} claims, the words of each claim of ${sourceName} in order (it has ${said.length})` });
  // The derived file's claims, and for each the index of its words in the translation.
  const kept = sourceClaims.flatMap((claim, i) => {
    const words = said[i];
    if (!words) return [{ claim, i }];
    return "says" in words ? [{ claim: { ...claim, says: words.says }, i }] : [];
  });
  const claims = kept.map((k) => k.claim);
  const claimIndex = kept.map((k) => k.i);

  if (problems.length > 0) return { problems, claimIndex };
  // Everything else of the source (a share card's token, say) is language-neutral and carries over.
  return { problems, claimIndex, file: { ...source, title: tr.title, dek: tr.dek, charts, steps, ...(source.claims ? { claims } : {}) } };
}

/**
 * Where a path of the derived story file (charts.<index>…, steps…, claims…) stands in the
 * translation file (charts.<id>…): derive's problems are reported at the translation's lines.
 */
export function translationPath(path: readonly (string | number)[], source: StoryFile, claimIndex: readonly number[] = []): (string | number)[] {
  const [head, index, field, ...rest] = path;
  if (head === "charts" && typeof index === "number") {
    const chartId = source.charts[index]?.id;
    if (chartId === undefined) return ["charts"];
    return field === undefined ? ["charts", chartId] : ["charts", chartId, field, ...rest];
  }
  if ((head === "steps" || head === "claims") && typeof index === "number") {
    const at = head === "claims" ? (claimIndex[index] ?? index) : index;
    return field === "text" || field === "label" || field === "chart" || field === "says" ? [head, at, field] : [head, at];
  }
  return [...path];
}
