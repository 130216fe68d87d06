// Public entry point of the question generator (framework-free, deterministic, never throws).
import type { GenerateOptions, GenerateResult } from "./types";
import { detectLanguage } from "./lang";
import { generate } from "./generate";

export * from "./types";
export { normalizeForMatch } from "./normalize";
export { detectLanguage } from "./lang";
export { checkAnswer } from "./answer";

/** Stored with each generated question; bump when the output for the same text changes. */
export const GENERATOR_VERSION = "1.0.0";

export function generateQuestions(text: string, options: GenerateOptions = {}): GenerateResult {
  const t = typeof text === "string" ? text : "";
  const opts: GenerateOptions = options && typeof options === "object" ? options : {};
  let language: "ar" | "en" = "ar";
  try {
    language = opts.lang === "ar" || opts.lang === "en" ? opts.lang : detectLanguage(t);
    return generate(t, opts, language);
  } catch {
    // last resort: never throw to the caller
    return { language, questions: [], notice: "nothing_to_ask" };
  }
}
