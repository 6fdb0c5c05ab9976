/**
 * Story copy in another language than the report's: the copy context (stories/copy.ts) that writes
 * every {fig:}, {val:} and {ind:} token as the figure's value in that language's conventions
 * (src/lib/en-number.ts: "around 5%", "3–5 firms", "2.54 GW", "1.2 percentage points"), linked to
 * its sentence in the Chinese text on the edition's report page. Counted figures take their noun
 * from src/content/nouns/<lang>.yaml; a figure without one stops the build naming it.
 */
import { citedFigure } from "../data/load";
import { figureToEnglish, NounRequiredError, writtenFields } from "../lib/en-number";
import type { CopyContext, CopyContextFact, CopyFigure } from "../stories/copy";
import { contextWordsIn } from "./context-words";
import { nounsOf } from "./nouns";
import { uiStrings, uiText } from "./ui";

/** The language the reports are written in (their full-text pages under reports/). */
const REPORT_TEXT_LANG = "zh-CN";

/** A figure of `reportId` in `lang`: its value, unit and qualifiers. Throws naming the figure when it cannot. */
export function figureIn(lang: string, reportId: string, figureId: string): string {
  // A report whose text is absent is read from its curated rows (src/data/cited.ts).
  const f = citedFigure(reportId, figureId);
  if (!f) throw new Error(`figure "${figureId}" is not in data/${reportId}/figures.csv nor named by a curated row of ${reportId}`);
  const noun = nounsOf(lang).nouns.get(figureId);
  try {
    return figureToEnglish(writtenFields(f), noun ? { noun } : {});
  } catch (e) {
    if (e instanceof NounRequiredError) {
      throw new Error(`figure ${figureId} ("${f.quote}") is counted in ${f.unit}: add its ${lang} noun to src/content/nouns/${lang}.yaml (e.g. ${figureId}: project / projects)`);
    }
    throw e;
  }
}

/** `base` (an edition's copy context, its pages already the edition's) writing figures in `lang`. */
export function copyContextIn(base: CopyContext, lang: string): CopyContext {
  if (lang.toLowerCase().startsWith("zh")) return base;
  return {
    ...base,
    language: {
      lang,
      value: (reportId: string, fig: CopyFigure) => figureIn(lang, reportId, fig.id),
      notStated: uiText(uiStrings(lang), "chart.common.not_stated"),
      context: (fact: CopyContextFact) => {
        const words = contextWordsIn(lang);
        const value = figureToEnglish({ value: String(fact.value), value_max: "", unit: fact.unit, qualifier: "" });
        return { value, shownAs: words.of(fact.id).shownAs, mark: words.outsideMark };
      },
      // The full texts under reports/ are the Chinese originals, with no page in this language.
      otherReports: { hreflang: REPORT_TEXT_LANG, note: uiText(uiStrings(lang), "embed.in_original") },
    },
  };
}
