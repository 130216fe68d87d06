// Public entry point of the question generator (framework-free, deterministic, never throws).
//
// Pipeline (questions/generate.ts runs the stages; README "The generator's files" lists the file of each):
//   1. normalize.ts   normalizeForMatch: matching only, never display (NFKC per cluster, marks/tatweel/bidi stripped,
//                     alef/yeh/teh-marbuta unified, Arabic-Indic & Persian digits → ASCII), with an offset map.
//   2. sentences.ts   lines → boilerplate filter (hashtags, "اقرأ أيضا"/"Read more", links, captions, headlines)
//                     → Intl.Segmenter sentences + merges (abbreviations, open quotes) → clause splitting at ، ؛ ;
//   3. spans.ts       answer spans with kinds: dates (all Arabic month systems + English), numbers with units,
//                     percentages, quoted names/terms, people (title cues / nasab "بن" / compromise), organisations,
//                     places, named terms, and speech (who said which quote).
//   4. generate.ts    sentences opening with a pronoun («وهو/وهي», "It/He/She/They", "That year …") are kept and shown
//                     with the pronoun resolved ("It [the X Act] …") or after the previous sentence (evidence stays the
//                     sentence itself); candidate questions per span (cloze, date, number, true_false, mcq wh-templates, short_answer,
//                     quote, matching, timeline), same-kind distractors from the article then perturbation,
//                     validity filters, scoring, and a coverage-aware, type-mixing selection.
//
// Evidence offsets are UTF-16 offsets into the text exactly as given. For single-sentence questions the evidence is
// the sentence or the clause(s) shown in the prompt. For `quote` it may start at an earlier sentence that names the
// speaker in full. For `timeline` and `matching` it is one span from the first involved sentence (in text order)
// to the last one, so it covers every event / pair.
import type { GenerateOptions, GenerateResult } from "./types";
import { detectLanguage } from "./lang";
import { generate, type GenerateDetail } from "./generate";

export * from "./types";
export { normalizeForMatch } from "./normalize";
export { detectLanguage } from "./lang";
export { checkAnswer } from "./answer";
export { WHY_PROMPT } from "./build-why";

/** Stored with each generated question; bump when the output for the same text changes. */
export const GENERATOR_VERSION = "2.12.2";

export type { GenerateDetail };

export function generateQuestions(
  text: string,
  options: GenerateOptions = {},
  detail?: GenerateDetail,
): GenerateResult {
  const t = typeof text === "string" ? text : "";
  const opts: GenerateOptions = options && typeof options === "object" ? options : {};
  let language: "ar" | "en" = "ar";
  try {
    language = opts.lang === "ar" || opts.lang === "en" ? opts.lang : detectLanguage(t);
    return generate(t, opts, language, detail);
  } catch {
    // last resort: never throw to the caller
    return { language, questions: [], notice: "nothing_to_ask" };
  }
}
