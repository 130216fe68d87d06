// Public entry point of the question generator (framework-free, deterministic, never throws).
import type { GenerateOptions, GenerateResult } from "./types";
import { detectLanguage } from "./lang";

export * from "./types";
export { normalizeForMatch } from "./normalize";
export { detectLanguage } from "./lang";
export { checkAnswer } from "./answer";

export const GENERATOR_VERSION = "0.1.0";

export function generateQuestions(text: string, options: GenerateOptions = {}): GenerateResult {
  const t = typeof text === "string" ? text : "";
  const language = options?.lang ?? detectLanguage(t);
  if (t.trim().length === 0) return { language, questions: [], notice: "empty_text" };
  return { language, questions: [], notice: "nothing_to_ask" };
}
