// What every builder uses to make a candidate: mkCand, the shuffled choice set, the span-once check, and the
// base scores of a sentence, a span kind and a figure.
import type { QuestionType } from "./types";
import { normalizeForMatch } from "./normalize";
import { wordCount, type Clause, type Sentence } from "./sentences";
import type { Span } from "./spans";
import { clamp01, hashInt, shuffle } from "./util";
import type { Candidate, Ctx } from "./context";
import { countOccurrences } from "./text";

export function sentenceScore(c: Ctx, s: Sentence): number {
  const wc = wordCount(s.text);
  let sc = 0;
  if (wc < 6) sc -= 0.6;
  else if (wc <= 35) sc += 0.2;
  else if (wc > 60) sc -= 0.3;
  // earlier sentences carry the main facts
  sc += 0.1 * (1 - s.idx / Math.max(1, c.sentences.length));
  return sc;
}

export const KIND_WEIGHT: Record<string, number> = {
  date: 0.5,
  person: 0.5,
  quoted: 0.45,
  number: 0.35,
  percent: 0.4,
  org: 0.35,
  place: 0.25,
};

export function mkCand(
  c: Ctx,
  type: QuestionType,
  prompt: string,
  answer: string | string[],
  choices: string[],
  evidence: { start: number; end: number },
  sent: number,
  score: number,
  difficulty: number,
  extra: Partial<Candidate> = {},
): Candidate {
  return {
    type,
    prompt,
    answer,
    choices,
    evidence,
    sent,
    score,
    difficulty: clamp01(difficulty),
    key: Array.isArray(answer) ? answer.map(normalizeForMatch).join("|") : normalizeForMatch(answer),
    ...extra,
  };
}

export function choiceSet(c: Ctx, answer: string, ds: string[], salt: string): string[] | null {
  const all = [answer, ...ds.slice(0, 3)];
  if (all.length < 3) return null;
  const norms = new Set(all.map(normalizeForMatch));
  if (norms.size !== all.length) return null;
  return shuffle(all, (c.seed ^ hashInt(salt)) >>> 0);
}

export function spanOk(c: Ctx, sp: Span, cl: Clause): boolean {
  // key must appear exactly once in its context
  const n = normalizeForMatch(cl.text);
  return countOccurrences(n, sp.norm) === 1;
}

/**
 * How much a figure says: an amount of money, a percentage or a measurement with its unit ("$52.7bn", "25%", "6.5 metres",
 * «537 مليون») is a headline fact; a bare count less so; a spelled-out small number ("two") least.
 */
export function figureWeight(sp: Span): number {
  const [cur, unit] = (sp.fmt ?? "").split("|");
  if (sp.kind === "percent") return 0.25;
  if (sp.fmt?.startsWith("word")) return sp.fmt.includes("|") ? 0.1 : -0.2;
  if (cur || unit) return 0.25;
  return -0.05;
}
