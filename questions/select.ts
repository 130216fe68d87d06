// Selection: a coverage-aware, type-mixing choice of candidates under the ranker's gate, then the final
// questions in text order with stable ids.
import type { GeneratedQuestion, QuestionType } from "./types";
import { normalizeForMatch } from "./normalize";
import { fnv1a } from "./util";
import { predictAcceptable } from "./rank";
import type { Candidate, Ctx, GenerateDetail } from "./context";
import { normContains } from "./text";
import { defaultAllowed } from "./gates";
import { leadSentence } from "./analyse";

/** The spans (facts) a question tests: every span of the statement for true/false, the answer's spans otherwise. */
function computeCovers(c: Ctx, q: Candidate): string[] {
  const out: string[] = [];
  const ans = (Array.isArray(q.answer) ? q.answer : [q.answer]).concat(q.left ?? []).map(normalizeForMatch);
  for (let k = Math.max(0, q.sent - 1); k < c.sentences.length; k++) {
    const s = c.sentences[k]!;
    if (s.start >= q.evidence.end) break;
    for (const sp of c.bySent.get(k) ?? []) {
      if (sp.start < q.evidence.start || sp.end > q.evidence.end) continue;
      if (q.type === "true_false" || ans.some((a) => a.includes(sp.norm))) out.push(`${k}:${sp.norm}`);
    }
  }
  return out;
}

/** How central a question's sentence is: the lead, words of the headline, the article's main entities. */
function importanceOf(q: Candidate): number {
  const f = q.feat;
  if (!f) return 0;
  return (
    0.5 * f.in_lead +
    0.6 * f.title_overlap +
    0.25 * Math.min(1, f.key_frequency) +
    0.3 * f.cause_marker +
    0.2 * (1 - f.sentence_position)
  );
}

/** Does `b`'s prompt (or a choice of it) print the key of `a`? */
function printsKey(a: Candidate, b: Candidate): boolean {
  if (typeof a.answer !== "string" || a.type === "true_false") return false;
  const shown = b.prompt + " " + (b.statement ? b.choices.join(" ") : "");
  return normContains(shown, a.answer);
}

export function select(
  c: Ctx,
  cands: Candidate[],
  count: number,
  types: Set<QuestionType>,
  gate: number,
  defaultMix: boolean,
): Candidate[] {
  // the ranker's gate: what a reviewer would likely reject is not asked at all ("fewer but good")
  const lead = leadSentence(c);
  // "what did A become?" is asked whatever the ranker thinks: it has too few labels of this kind to judge it (why/how
  // questions no longer reach the default mix at all since 2.12.0, and the lead's "which statement matches …?" neither:
  // see gates.ts)
  const pool = cands.filter(
    (q) =>
      types.has(q.type) &&
      ((q.pAccept ?? 1) >= gate || (defaultMix && q.transform)) &&
      (!defaultMix || defaultAllowed(c, q)),
  );
  // dates and figures: at most a third of a quiz (trivia otherwise crowds out the substance)
  const figureCap = Math.max(1, Math.floor(count / 3));
  let figures = 0;
  const isFigure = (q: Candidate) =>
    q.type === "date" ||
    q.type === "number" ||
    !!(q.feat && (q.feat.kind_date || q.feat.kind_number) && q.type !== "timeline");
  let leadAsked = false;
  for (const q of pool) {
    q.covers = computeCovers(c, q);
    q.coversEnt = q.covers.map((k) => k.slice(k.indexOf(":") + 1));
    q.promptNorm = normalizeForMatch(q.prompt);
  }
  const covered = new Set<string>();
  const coveredEnt = new Set<string>();
  pool.sort((a, b) => b.score - a.score || (a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0));
  const chosen: Candidate[] = [];
  const typeCount = new Map<string, number>();
  const sentCount = new Map<number, number>();
  const sentType = new Map<number, Set<QuestionType>>();
  const keyCount = new Map<string, number>();
  const used = new Set<number>();
  const nBuckets = Math.max(1, Math.min(count, c.sentences.length));
  const bucketOf = (sent: number) => Math.floor((sent / Math.max(1, c.sentences.length)) * nBuckets);
  const bucketCount = new Map<number, number>();
  const prompts = new Set<string>();
  const available = new Set(pool.map((q) => q.type)).size;
  const typeCap = Math.max(2, Math.ceil(count / Math.max(1, available)) + 2);
  while (chosen.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (used.has(i)) continue;
      const q = pool[i]!;
      const tc = typeCount.get(q.type) ?? 0;
      // true/false tests a whole statement, so it may take a couple more slots in long quizzes
      const cap = q.type === "true_false" && count >= 20 ? typeCap + 2 : typeCap;
      if (tc >= cap && types.size > 1) continue;
      const keyN = q.key.replace(/^tf:/u, "");
      if ((keyCount.get(keyN + "@" + q.sent) ?? 0) > 0) continue;
      // the same key twice in a default quiz: the second question repeats the first ("80 per cent" asked twice)
      if (defaultMix && (keyCount.get(keyN) ?? 0) > 0) continue;
      if (prompts.has(q.promptNorm!)) continue;
      if (isFigure(q) && figures >= figureCap) continue;
      // in a default quiz, one question per sentence, and none whose prompt prints another's key (they answer each other)
      if (defaultMix && q.type !== "timeline" && q.type !== "matching" && (sentCount.get(q.sent) ?? 0) > 0) continue;
      if (defaultMix && chosen.some((o) => printsKey(o, q) || printsKey(q, o))) continue;
      let sc = 0.35 * q.score + 2 * (q.pAccept ?? 0.5) + 0.6 * importanceOf(q);
      // the main event first: one question on the lead sentence when there is one
      if (!leadAsked && q.sent === lead) sc += 1.5;
      // a change the article states outright ("A, which later became B") is the question on its sentence
      if (q.transform) sc += 1;
      sc -= 0.25 * tc;
      sc -= 0.6 * (sentCount.get(q.sent) ?? 0);
      // two questions of one type on one sentence ("between ____ and $20bn" / "between $10bn and ____") are near-duplicates
      if (sentType.get(q.sent)?.has(q.type)) sc -= 0.5;
      sc -= 0.5 * (keyCount.get(keyN) ?? 0);
      sc -= 0.1 * (bucketCount.get(bucketOf(q.sent)) ?? 0);
      let fresh = 0;
      let freshEnt = 0;
      const cv = q.covers ?? [];
      for (let j = 0; j < cv.length; j++) {
        if (covered.has(cv[j]!)) continue;
        fresh++;
        if (!coveredEnt.has(q.coversEnt![j]!)) freshEnt++;
      }
      sc += 0.45 * Math.min(q.type === "true_false" ? 2 : 3, fresh);
      // a fact (entity, figure) not asked anywhere yet beats one already asked in another sentence
      sc += 0.2 * Math.min(q.type === "true_false" ? 2 : 1, freshEnt);
      if (fresh === 0) sc -= 0.4;
      if (sc > bestScore) {
        bestScore = sc;
        best = i;
      }
    }
    if (best < 0) break;
    used.add(best);
    const q = pool[best]!;
    chosen.push(q);
    if (isFigure(q)) figures++;
    if (q.sent === lead) leadAsked = true;
    for (const k of q.covers ?? []) covered.add(k);
    for (const k of q.coversEnt ?? []) coveredEnt.add(k);
    typeCount.set(q.type, (typeCount.get(q.type) ?? 0) + 1);
    if (q.type !== "timeline" && q.type !== "matching") {
      sentCount.set(q.sent, (sentCount.get(q.sent) ?? 0) + 1);
      const st = sentType.get(q.sent) ?? new Set<QuestionType>();
      st.add(q.type);
      sentType.set(q.sent, st);
    }
    const keyN = q.key.replace(/^tf:/u, "");
    keyCount.set(keyN, (keyCount.get(keyN) ?? 0) + 1);
    keyCount.set(keyN + "@" + q.sent, 1);
    bucketCount.set(bucketOf(q.sent), (bucketCount.get(bucketOf(q.sent)) ?? 0) + 1);
    prompts.add(q.promptNorm!);
  }
  // improvement pass: swap a question whose facts are all tested elsewhere for one of the same type testing a new fact
  const coverCount = new Map<string, number>();
  for (const q of chosen) for (const k of q.covers ?? []) coverCount.set(k, (coverCount.get(k) ?? 0) + 1);
  const keyAt = new Set(chosen.map((q) => q.key.replace(/^tf:/u, "") + "@" + q.sent));
  for (let ci = chosen.length - 1; ci >= 0; ci--) {
    const q = chosen[ci]!;
    const redundant = (q.covers ?? []).every((k) => (coverCount.get(k) ?? 0) >= 2);
    if (!redundant) continue;
    let bestR = -1;
    let bestGain = 0;
    for (let i = 0; i < pool.length; i++) {
      if (used.has(i)) continue;
      const r = pool[i]!;
      if (r.type !== q.type) continue;
      if (keyAt.has(r.key.replace(/^tf:/u, "") + "@" + r.sent) || prompts.has(r.promptNorm!)) continue;
      let fresh = 0;
      for (const k of r.covers ?? []) if (!coverCount.has(k)) fresh++;
      const gain = fresh * 10 + r.score;
      if (fresh > 0 && gain > bestGain) {
        bestGain = gain;
        bestR = i;
      }
    }
    if (bestR < 0) continue;
    const r = pool[bestR]!;
    used.add(bestR);
    for (const k of q.covers ?? []) coverCount.set(k, (coverCount.get(k) ?? 1) - 1);
    for (const k of r.covers ?? []) coverCount.set(k, (coverCount.get(k) ?? 0) + 1);
    keyAt.delete(q.key.replace(/^tf:/u, "") + "@" + q.sent);
    keyAt.add(r.key.replace(/^tf:/u, "") + "@" + r.sent);
    prompts.delete(q.promptNorm!);
    prompts.add(r.promptNorm!);
    chosen[ci] = r;
  }
  return chosen;
}

export function finalize(c: Ctx, chosen: Candidate[], detail?: GenerateDetail): GeneratedQuestion[] {
  chosen.sort(
    (a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || (a.type < b.type ? -1 : 1),
  );
  // balance true/false: alternate, starting from a text-dependent parity
  let flip = c.seed % 2 === 0;
  const out: GeneratedQuestion[] = [];
  const ids = new Set<string>();
  for (const q of chosen) {
    let prompt = q.prompt;
    let answer = q.answer;
    if (q.type === "true_false") {
      if (flip && q.falsePrompt) {
        prompt = q.falsePrompt;
        answer = "false";
      }
      flip = !flip;
    }
    let id = fnv1a(`${q.type}\u0000${prompt}\u0000${JSON.stringify(answer)}`);
    while (ids.has(id)) id = fnv1a(id + "+");
    ids.add(id);
    const g: GeneratedQuestion = {
      id,
      type: q.type,
      prompt,
      choices: q.choices,
      answer,
      evidence: { start: q.evidence.start, end: q.evidence.end },
      difficulty: q.difficulty,
    };
    if (q.left) g.left = q.left;
    out.push(g);
    if (detail && q.feat) {
      const f = { ...q.feat, tf_true: q.type === "true_false" ? (answer === "true" ? 1 : 0) : 0 };
      detail.features.set(id, f);
      detail.pAccept.set(id, predictAcceptable(f));
    }
  }
  return out;
}
