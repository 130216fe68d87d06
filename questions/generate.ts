// The generator's entry points. generate() runs the stages: analyse.ts (sentences, spans, page structure) →
// build-*.ts (candidate questions, distractors.ts) → gates.ts (validity) → features.ts (ranker) → select.ts.
import type { GenerateOptions, GenerateResult, GeneratedQuestion, Language, QuestionType } from "./types";
import { QUESTION_TYPES } from "./types";
import { setStrictExtraction } from "./spans";
import { AR_MONTHS } from "./lexicon";
import { emptyFeatures, rankerThreshold, type Features } from "./rank";
import { type Candidate, DEFAULT_TYPES, type GenerateDetail } from "./context";
import { defaultAllowed, validCandidate } from "./gates";
import { analyse } from "./analyse";
import { figureWeight, mkCand } from "./candidate";
import { buildCloze, buildTrueFalse } from "./build-cloze";
import { buildNumber } from "./build-number";
import { buildDate } from "./build-date";
import { buildTransform } from "./build-transform";
import { buildRole, buildWhere, buildWho } from "./build-entities";
import { buildQuote } from "./build-quote";
import { buildMatching, buildTimeline } from "./build-timeline";
import { STATEMENT_PROMPT, buildStatements } from "./build-statements";
import { WHAT_BECAUSE_PROMPT, WHY_PROMPT, buildWhy } from "./build-why";
import { featuresOf, scoreCandidates } from "./features";
import { finalize, select } from "./select";

let strictMode = false;
/** Tests: rethrow builder errors instead of dropping that builder's candidates. */
export function setStrictMode(on: boolean): void {
  strictMode = on;
  setStrictExtraction(on);
}
/** Run one candidate builder; a bug in one builder must not cost the whole quiz. */
function safe(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (strictMode) throw e;
  }
}

let debugHook: ((all: Candidate[], valid: Candidate[]) => void) | null = null;
/** For scripts only: observe all candidates of the next generate() calls. */
export function setDebugHook(h: ((all: Candidate[], valid: Candidate[]) => void) | null): void {
  debugHook = h;
}

/**
 * For the ranker's training script: the features of questions generated earlier (by any version) on this text,
 * recomputed with today's feature code from the question as shown and its evidence.
 */
export function featuresForQuestions(
  text: string,
  lang: Language,
  questions: GeneratedQuestion[],
): Array<{ features: Features; allowed: boolean }> {
  const c = analyse(text, lang, "features");
  return questions.map((g) => {
    if (!c) return { features: emptyFeatures(), allowed: false };
    const sent = c.sentences.findIndex((s) => s.end > g.evidence.start);
    const q = mkCand(c, g.type, g.prompt, g.answer, g.choices, g.evidence, sent, 0, g.difficulty, {
      why: WHY_PROMPT.test(g.prompt),
      whatBecause: WHAT_BECAUSE_PROMPT.test(g.prompt),
      statement: STATEMENT_PROMPT.test(g.prompt),
    });
    const f = featuresOf(c, q);
    f.tf_true = g.type === "true_false" && g.answer === "true" ? 1 : 0;
    q.feat = f;
    return { features: f, allowed: (DEFAULT_TYPES.includes(g.type) || !!q.why) && defaultAllowed(c, q) };
  });
}

export function generate(
  text: string,
  options: GenerateOptions,
  lang: Language,
  detail?: GenerateDetail,
): GenerateResult {
  if (text.trim().length === 0) return { language: lang, questions: [], notice: "empty_text" };
  const count = Math.max(0, Math.min(100, Math.floor(Number.isFinite(options.count) ? (options.count as number) : 12)));
  const explicitTypes = !!(options.types && options.types.length > 0);
  const types = new Set<QuestionType>(
    explicitTypes ? options.types!.filter((t) => (QUESTION_TYPES as readonly string[]).includes(t)) : DEFAULT_TYPES,
  );
  const c = analyse(text, lang, count + "|" + [...types].join(","));
  if (!c) return { language: lang, questions: [], notice: "no_sentences" };
  const sentences = c.sentences;
  const bySent = c.bySent;

  const cands: Candidate[] = [];
  for (const s of sentences) {
    if (c.badStart.has(s.idx)) continue;
    const sps = bySent.get(s.idx) ?? [];
    safe(() => buildTransform(c, sps, cands));
    for (const sp of sps) {
      if (sp.kind === "date") safe(() => buildDate(c, sp, cands));
      if (sp.kind === "number" || sp.kind === "percent") safe(() => buildNumber(c, sp, cands));
      if (sp.kind === "place") safe(() => buildWhere(c, sp, cands));
      if (sp.kind === "person") {
        safe(() => buildWho(c, sp, cands));
        safe(() => buildRole(c, sp, cands));
      }
      // a headline figure (money, percentage, measurement) may also be a plain fill-in: "number" questions are capped
      if ((sp.kind !== "number" && sp.kind !== "percent") || figureWeight(sp) > 0) safe(() => buildCloze(c, sp, cands));
      safe(() => buildTrueFalse(c, sp, cands));
    }
  }
  safe(() => buildQuote(c, cands));
  safe(() => buildMatching(c, cands));
  safe(() => buildTimeline(c, cands));
  safe(() => buildWhy(c, cands));
  safe(() => buildStatements(c, cands));
  const valid = cands.filter((q) => validCandidate(c, q));
  scoreCandidates(c, valid);
  if (debugHook) debugHook(cands, valid);
  // the ranker's gate applies to the default mix; a teacher who asks for a type gets its best candidates
  const chosen = select(c, valid, count, types, explicitTypes ? 0 : rankerThreshold(), !explicitTypes);
  const questions = finalize(c, chosen, detail);
  if (questions.length === 0)
    return {
      language: lang,
      questions: [],
      notice: valid.length > 0 && !explicitTypes ? "none_kept" : "nothing_to_ask",
    };
  if (questions.length < count) return { language: lang, questions, notice: "few_questions" };
  return { language: lang, questions };
}

export { AR_MONTHS };

export type { GenerateDetail };
