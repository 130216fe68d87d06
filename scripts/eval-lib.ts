// Pure scoring logic for `npm run eval` (scripts/eval.ts). No I/O here, so it is unit-tested in
// tests/questions/eval-lib.test.ts with hand-built questions.
//
// COVERAGE: a gold fact { answer, sentence } is covered by a question when BOTH hold:
//   1. Location: the question's evidence span [start, end) overlaps the fact's sentence span
//      [indexOf(sentence), indexOf(sentence) + sentence.length).
//   2. Content: the fact's answer, normalised with normalizeForMatch (also tried with Arabic clitics
//      stripped on both sides), occurs in one of the question's "key texts":
//        - every type: the answer (a string, or each item of an answer array; for matching also the
//          `left` items, since each left/right pair is part of the key);
//        (no lenient rule for true/false: its key is "true"/"false", so it covers nothing; a fact that every choice
//        prints — the unaltered parts of a "which statement matches?" question — is shown, not tested)
//      A cloze does NOT count through its prompt: a blank on some other word only *displays* the fact.
//      Its blank (the answer) is what it tests, and that is already a key text.
//
// VALIDITY (every question): 0 ≤ start < end ≤ text.length (integers), a known type, a non-empty
// prompt, difficulty a number in [0, 1]. Then per type:
//   - mcq / cloze / number / date / quote: answer is a string and exactly one of the choices;
//     3–4 choices; choices distinct after normalisation; the evidence (normalised) contains the answer
//     (normalised); the prompt (normalised) does not contain the answer as a whole phrase (a giveaway;
//     an Arabic proclitic such as و/ب/ال before it still counts as a giveaway).
//   - true_false: choices are exactly ["true", "false"] and the answer is one of them.
//   - timeline / matching: the answer is an array that is a permutation of the choices (≥ 2 items);
//     matching also needs `left` with as many items as the answer.
//   - short_answer: the answer is a non-empty string the evidence contains (normalised); choices are [].

import { normalizeForMatch, stripArabicClitics } from "../questions/normalize";
import type { GeneratedQuestion } from "../questions/types";
import { QUESTION_TYPES } from "../questions/types";

export type FactKind = "name" | "person" | "org" | "place" | "date" | "year" | "number" | "percent" | "quote" | "term";

export interface GoldFact {
  answer: string;
  sentence: string;
  kind: FactKind | string;
}

export interface GoldFile {
  title: string;
  facts: GoldFact[];
}

export const CHOICE_TYPES = new Set<string>(["mcq", "cloze", "number", "date", "quote"]);

// ---------------------------------------------------------------------------------------------
// Matching helpers

const norm = (s: string): string => normalizeForMatch(s);

/** Normalised forms to try for a needle or haystack: plain, and with Arabic clitics stripped. */
function variants(s: string): string[] {
  const n = norm(s);
  const stripped = stripArabicClitics(n);
  return stripped && stripped !== n ? [n, stripped] : [n];
}

/** Does `needle` occur in `hay` (both raw), comparing normalised forms (plain or clitic-stripped)? */
export function containsNormalized(hay: string, needle: string): boolean {
  const ns = variants(needle).filter((x) => x.length > 0);
  if (ns.length === 0) return false;
  const hs = variants(hay);
  return ns.some((n) => hs.some((h) => h.includes(n)));
}

const AR_PROCLITICS = new Set([
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
  "ال",
  "وال",
  "فال",
  "بال",
  "كال",
  "لل",
  "وب",
  "ول",
  "فب",
  "فل",
  "وك",
]);

/**
 * Whole-phrase occurrence of normalised `needle` in normalised `hay`: the match must start at a word
 * start (or right after an Arabic proclitic like و/ب/ال) and end at a word end. So "18" is not
 * found in "2018", "gold" not in "golden", but "برخان" is found in "وبرخان".
 */
export function containsPhrase(hayNorm: string, needleNorm: string): boolean {
  if (!needleNorm) return false;
  let from = 0;
  for (;;) {
    const i = hayNorm.indexOf(needleNorm, from);
    if (i < 0) return false;
    const endOk = i + needleNorm.length === hayNorm.length || hayNorm[i + needleNorm.length] === " ";
    const wordStart = hayNorm.lastIndexOf(" ", i - 1) + 1; // 0 when no space before
    const prefix = hayNorm.slice(wordStart, i);
    const startOk = prefix === "" || AR_PROCLITICS.has(prefix);
    if (endOk && startOk) return true;
    from = i + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Validity

export interface ValidityResult {
  valid: boolean;
  reasons: string[];
}

function evidenceOk(q: GeneratedQuestion, textLength: number): string | null {
  const ev = q.evidence as { start?: unknown; end?: unknown } | undefined;
  if (!ev || typeof ev.start !== "number" || typeof ev.end !== "number") return "evidence missing";
  const { start, end } = ev as { start: number; end: number };
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `evidence offsets not integers (${start}, ${end})`;
  if (!(0 <= start && start < end && end <= textLength)) {
    return `bad evidence offsets [${start}, ${end}) for text length ${textLength}`;
  }
  return null;
}

export function checkValidity(q: GeneratedQuestion, text: string): ValidityResult {
  const reasons: string[] = [];
  const evErr = evidenceOk(q, text.length);
  if (evErr) reasons.push(evErr);
  const evidence = evErr ? "" : text.slice(q.evidence.start, q.evidence.end);

  if (!(QUESTION_TYPES as readonly string[]).includes(q.type)) reasons.push(`unknown type "${String(q.type)}"`);
  if (typeof q.prompt !== "string" || norm(q.prompt) === "") reasons.push("empty prompt");
  if (typeof q.difficulty !== "number" || !(q.difficulty >= 0 && q.difficulty <= 1)) {
    reasons.push(`difficulty ${String(q.difficulty)} not in [0, 1]`);
  }
  const choices: string[] = Array.isArray(q.choices) ? q.choices : [];
  if (!Array.isArray(q.choices)) reasons.push("choices is not an array");

  if (CHOICE_TYPES.has(q.type)) {
    if (typeof q.answer !== "string") {
      reasons.push("answer is not a string");
    } else {
      const a = q.answer;
      const na = norm(a);
      if (!na) reasons.push("answer is empty after normalisation");
      if (!choices.includes(a)) reasons.push(`answer "${a}" not among choices`);
      if (choices.length < 3 || choices.length > 4) reasons.push(`${choices.length} choices (need 3–4)`);
      const normed = choices.map(norm);
      const dups = normed.filter((c, i) => normed.indexOf(c) !== i);
      if (dups.length > 0)
        reasons.push(`duplicate choices after normalisation: ${[...new Set(dups)].map((d) => `"${d}"`).join(", ")}`);
      if (normed.some((c) => c === "")) reasons.push("empty choice");
      if (!evErr && na && !norm(evidence).includes(na)) reasons.push(`evidence does not contain the answer "${a}"`);
      if (na && typeof q.prompt === "string" && containsPhrase(norm(q.prompt), na)) {
        reasons.push(`prompt gives away the answer "${a}"`);
      }
    }
  } else if (q.type === "true_false") {
    if (choices.length !== 2 || choices[0] !== "true" || choices[1] !== "false") {
      reasons.push(`true_false choices must be ["true","false"], got ${JSON.stringify(choices)}`);
    }
    if (q.answer !== "true" && q.answer !== "false") reasons.push(`true_false answer ${JSON.stringify(q.answer)}`);
  } else if (q.type === "timeline" || q.type === "matching") {
    if (!Array.isArray(q.answer)) {
      reasons.push("answer is not an array");
    } else {
      const a = [...q.answer].sort();
      const c = [...choices].sort();
      if (a.length < 2) reasons.push(`${a.length} items (need ≥ 2)`);
      if (a.length !== c.length || a.some((x, i) => x !== c[i]))
        reasons.push("answer is not a permutation of the choices");
      if (q.type === "matching" && (!Array.isArray(q.left) || q.left.length !== q.answer.length)) {
        reasons.push("matching: left missing or not the same length as answer");
      }
    }
  } else if (q.type === "short_answer") {
    if (typeof q.answer !== "string" || !norm(q.answer)) {
      reasons.push("short_answer answer empty or not a string");
    } else if (!evErr && !norm(evidence).includes(norm(q.answer))) {
      reasons.push(`evidence does not contain the answer "${q.answer}"`);
    }
    if (choices.length !== 0) reasons.push("short_answer choices must be []");
  }
  return { valid: reasons.length === 0, reasons };
}

// ---------------------------------------------------------------------------------------------
// Warnings: heuristic quality problems that are NOT part of structural validity (they do not affect
// PASS/FAIL) but usually make a question unfair or ambiguous. Reported by the eval for feedback.
//   - ambiguous choice: a distractor contains, or is contained in, the answer as a whole phrase
//     ("Nelson" vs "Bill Nelson": both are right);
//   - format giveaway: the answer is the only choice with its number format ("1958" among "1382م",
//     "1375م", …) or its script (Latin "IDF" among Arabic names);
//   - quote: the quoted words of the prompt are not in the evidence;
//   - unbalanced brackets or quotes in a choice/answer (a span cut in the middle);
//   - matching: two left items where one contains the other ("Joe Biden" / "Biden": one person twice).

function shapeOf(choice: string): string {
  return norm(choice)
    .split(" ")
    .map((tok) => (/\d/.test(tok) ? tok.replace(/\d+(?:[.,]\d+)*/g, "#").replace(/[^#%$]+/gu, "a") : "w"))
    .join(" ");
}

function scriptOf(choice: string): string {
  if (/\p{Script=Arabic}/u.test(choice)) return "arabic";
  if (/\p{Script=Latin}/u.test(choice)) return "latin";
  return "other";
}

/** The answer is the odd one out by `key` while all distractors agree with each other. */
function oddOneOut(answer: string, distractors: string[], key: (c: string) => string): boolean {
  if (distractors.length < 2) return false;
  const k0 = key(distractors[0]!);
  return distractors.every((d) => key(d) === k0) && key(answer) !== k0;
}

function unbalanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return (
    count(/\(/g) !== count(/\)/g) ||
    count(/\[/g) !== count(/\]/g) ||
    count(/«/g) !== count(/»/g) ||
    count(/“/g) !== count(/”/g) ||
    count(/"/g) % 2 === 1
  );
}

const QUOTED = /[«“"]([^«»“”"]{3,})[»”"]/gu;

export function checkWarnings(q: GeneratedQuestion, text: string): string[] {
  const out: string[] = [];
  const choices: string[] = Array.isArray(q.choices) ? q.choices : [];
  if (CHOICE_TYPES.has(q.type) && typeof q.answer === "string") {
    const a = q.answer;
    const na = norm(a);
    const distractors = choices.filter((c) => c !== a);
    for (const d of distractors) {
      const nd = norm(d);
      if (nd && na && nd !== na && (containsPhrase(na, nd) || containsPhrase(nd, na))) {
        out.push(`ambiguous: distractor "${d}" overlaps the answer "${a}"`);
      }
    }
    if (/\d/.test(a) && oddOneOut(a, distractors, shapeOf))
      out.push(`format giveaway: only the answer "${a}" has the shape "${shapeOf(a)}"`);
    if (scriptOf(a) !== "other" && oddOneOut(a, distractors, scriptOf))
      out.push(`format giveaway: only the answer "${a}" is in ${scriptOf(a)} script`);
  }
  if (q.type === "quote" && q.evidence) {
    const ev = norm(text.slice(q.evidence.start, q.evidence.end));
    for (const m of q.prompt.matchAll(QUOTED)) {
      const quoted = norm(m[1]!);
      if (quoted && !ev.includes(quoted))
        out.push(`quote: the quoted words are not in the evidence: "${m[1]!.slice(0, 50)}"`);
    }
  }
  const items = [...choices, ...(typeof q.answer === "string" ? [q.answer] : []), ...(q.left ?? [])];
  for (const c of new Set(items)) if (unbalanced(c)) out.push(`unbalanced brackets/quotes in "${c}"`);
  if (q.type === "matching" && Array.isArray(q.left)) {
    const ls = q.left.map(norm);
    for (let i = 0; i < ls.length; i++) {
      for (let j = i + 1; j < ls.length; j++) {
        if (containsPhrase(ls[i]!, ls[j]!) || containsPhrase(ls[j]!, ls[i]!)) {
          out.push(`matching: left items "${q.left[i]}" and "${q.left[j]}" look like the same entity`);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Coverage

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The texts of a question that carry its key (see the rule at the top of this file). */
export function keyTexts(q: GeneratedQuestion, _text: string): string[] {
  const out: string[] = [];
  if (typeof q.answer === "string") out.push(q.answer);
  else if (Array.isArray(q.answer)) out.push(...q.answer.filter((x): x is string => typeof x === "string"));
  if (q.type === "matching" && Array.isArray(q.left)) out.push(...q.left);
  return out;
}

export function factSpan(fact: GoldFact, text: string): Span | null {
  const i = text.indexOf(fact.sentence);
  return i < 0 ? null : { start: i, end: i + fact.sentence.length };
}

export function questionCoversFact(q: GeneratedQuestion, fact: GoldFact, text: string): boolean {
  const span = factSpan(fact, text);
  if (!span || !q.evidence) return false;
  if (!overlaps(q.evidence, span)) return false;
  if (!keyTexts(q, text).some((k) => containsNormalized(k, fact.answer))) return false;
  // a fact printed in every choice is shown, not tested: a statement question ("which statement matches?") tests only
  // the facts its false statements alter; true/false tests none by this rule (its key is just "true"/"false")
  if (q.type !== "timeline" && q.type !== "matching" && q.choices.length > 0 && typeof q.answer === "string") {
    const others = q.choices.filter((x) => x !== q.answer);
    if (others.length > 0 && others.every((x) => containsNormalized(x, fact.answer))) return false;
  }
  return true;
}

export interface FactCoverage {
  fact: GoldFact;
  /** ids of the questions covering it */
  by: string[];
  /** the fact's sentence is not in the text (a broken gold file) */
  missingSentence: boolean;
}

export interface CoverageResult {
  covered: number;
  total: number;
  /** covered / total, 0..1 (1 when there are no facts) */
  ratio: number;
  facts: FactCoverage[];
}

export function computeCoverage(questions: GeneratedQuestion[], facts: GoldFact[], text: string): CoverageResult {
  const rows = facts.map((fact) => ({
    fact,
    by: questions.filter((q) => questionCoversFact(q, fact, text)).map((q) => q.id),
    missingSentence: text.indexOf(fact.sentence) < 0,
  }));
  const covered = rows.filter((r) => r.by.length > 0).length;
  return { covered, total: facts.length, ratio: facts.length ? covered / facts.length : 1, facts: rows };
}

export interface ValidityReport {
  validCount: number;
  total: number;
  ratio: number;
  invalid: { question: GeneratedQuestion; reasons: string[] }[];
}

export function computeValidity(questions: GeneratedQuestion[], text: string): ValidityReport {
  const invalid: ValidityReport["invalid"] = [];
  for (const q of questions) {
    const r = checkValidity(q, text);
    if (!r.valid) invalid.push({ question: q, reasons: r.reasons });
  }
  const total = questions.length;
  const validCount = total - invalid.length;
  return { validCount, total, ratio: total ? validCount / total : 1, invalid };
}

/** Problems in a gold file itself (answer not in sentence, sentence not in text). */
export function checkGold(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  for (const f of gold.facts) {
    if (!f.sentence.includes(f.answer)) problems.push(`answer "${f.answer}" not in its sentence`);
    if (text.indexOf(f.sentence) < 0) problems.push(`sentence not in text: "${f.sentence.slice(0, 60)}…"`);
  }
  return problems;
}

export const TARGETS = { coverage: 0.9, validity: 1 } as const;
