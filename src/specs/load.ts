/**
 * Reads an edition's story files (`<content dir>/stories/<edition id>/*.yaml`), validates each with
 * zod and derives its Story. Every problem in every file is a DataError with file:line:column.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataError, DataValidationError, type DataError } from "../data/errors";
import type { Edition } from "../edition";
import { contentDir } from "../edition";
import { fileLabel, readYamlFolder } from "../edition/yaml-folder";
import { parseYamlWith } from "../lib/yaml-file";
import type { Story } from "../stories/types";
import { deriveStory } from "./derive";
import { storyFileSchema, type StoryFile } from "./story-file";
import { applyTranslation, translationFileSchema, translationPath, type TranslationFile } from "./translation";

/** A story file, or a translation of another edition's (it has `translates:`, see translation.ts). */
const storyEntrySchema = z.unknown().transform((value, ctx): StoryFile | TranslationFile => {
  const schema = value && typeof value === "object" && "translates" in value ? translationFileSchema : storyFileSchema;
  const parsed = (schema as z.ZodType<StoryFile | TranslationFile>).safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue(issue);
    return z.NEVER;
  }
  return parsed.data;
});

/** The source story file a translation reuses (`stories/<translates>/<slug>.yaml`), or why it cannot be read. */
function readSource(dir: string, tr: TranslationFile): { file: StoryFile; name: string } | { expected: string } {
  const abs = path.join(dir, "stories", tr.translates, `${tr.slug}.yaml`);
  const name = fileLabel(abs);
  if (!existsSync(abs)) return { expected: `an edition with a story file of the same slug (${name} does not exist)` };
  const parsed = parseYamlWith(readFileSync(abs, "utf8"), storyFileSchema);
  if (!parsed.ok) return { expected: `an edition whose story file is valid (${name} has ${parsed.issues.length} problem(s), listed with that edition)` };
  return { file: parsed.data, name };
}

/** The edition's stories from its story folder (none when it has no folder), in file-name order. */
export function readStories(dir: string, edition: Edition): { stories: Story[]; errors: DataError[] } {
  const folder = path.join(dir, "stories", edition.id);
  const { files, errors } = readYamlFolder(folder, storyEntrySchema);
  const stories: Story[] = [];
  for (const { name, file, ...parsed } of files) {
    const report = (where: (string | number)[], value: string | undefined, expected: string) => {
      const at = parsed.locate(where);
      errors.push(dataError(file, at.line, at.column, where.join("."), value ?? at.value, expected));
    };
    if (name !== `${parsed.data.slug}.yaml`) report(["slug"], undefined, `the file name without .yaml ("${name.replace(/\.yaml$/, "")}")`);
    let storyFile: StoryFile;
    let where = (p: (string | number)[]) => p;
    if ("translates" in parsed.data) {
      const source = readSource(dir, parsed.data);
      if ("expected" in source) {
        report(["translates"], undefined, source.expected);
        continue;
      }
      const { file: translated, problems, claimIndex } = applyTranslation(source.file, parsed.data, source.name);
      for (const p of problems) report(p.path, p.value, p.expected);
      if (!translated) continue;
      // The patched rows must still be what their kind reads.
      const checked = storyFileSchema.safeParse(translated);
      if (!checked.success) {
        for (const issue of checked.error.issues) report(translationPath(issue.path, source.file, claimIndex), undefined, issue.message);
        continue;
      }
      storyFile = checked.data;
      where = (p) => translationPath(p, source.file, claimIndex);
    } else storyFile = parsed.data;
    const { story, problems } = deriveStory(storyFile, edition);
    for (const p of problems) report(where(p.path), p.value, p.expected);
    if (story) stories.push(story);
  }
  return { stories, errors };
}

const cache = new Map<string, Story[]>();

/** The edition's content stories, read and derived once per process; throws listing every problem. */
export function loadContentStories(edition: Edition): Story[] {
  const key = `${contentDir()}\0${edition.id}`;
  let stories = cache.get(key);
  if (!stories) {
    const result = readStories(contentDir(), edition);
    if (result.errors.length > 0) throw new DataValidationError(result.errors);
    stories = result.stories;
    cache.set(key, stories);
  }
  return stories;
}
