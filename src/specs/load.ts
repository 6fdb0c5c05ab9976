/**
 * Reads an edition's story files (`<content dir>/stories/<edition id>/*.yaml`), validates each with
 * zod and derives its Story. Every problem in every file is a DataError with file:line:column.
 */
import path from "node:path";
import { dataError, DataValidationError, type DataError } from "../data/errors";
import type { Edition } from "../edition";
import { contentDir } from "../edition";
import { readYamlFolder } from "../edition/yaml-folder";
import type { Story } from "../stories/types";
import { deriveStory } from "./derive";
import { storyFileSchema } from "./story-file";

/** The edition's stories from its story folder (none when it has no folder), in file-name order. */
export function readStories(dir: string, edition: Edition): { stories: Story[]; errors: DataError[] } {
  const folder = path.join(dir, "stories", edition.id);
  const { files, errors } = readYamlFolder(folder, storyFileSchema);
  const stories: Story[] = [];
  for (const { name, file, ...parsed } of files) {
    if (name !== `${parsed.data.slug}.yaml`) {
      const at = parsed.locate(["slug"]);
      errors.push(dataError(file, at.line, at.column, "slug", at.value, `the file name without .yaml ("${name.replace(/\.yaml$/, "")}")`));
    }
    const { story, problems } = deriveStory(parsed.data, edition);
    for (const p of problems) {
      const at = parsed.locate(p.path);
      errors.push(dataError(file, at.line, at.column, p.path.join("."), p.value ?? at.value, p.expected));
    }
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
