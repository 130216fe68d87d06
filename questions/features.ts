// Ranking features (see rank.ts) of a candidate, and the ranker's P(acceptable) for every valid candidate.
import { normalizeForMatch } from "./normalize";
import { wordCount } from "./sentences";
import { emptyFeatures, predictAcceptable, type Features } from "./rank";
import {
  AGE_LIKE,
  CAUSE_AR,
  CAUSE_EN,
  type Candidate,
  type Ctx,
  LIST_LINE,
  SUBORDINATE_START,
  aliasOf,
  ar,
  contentWords,
} from "./context";
import { scriptOf, uniquePool } from "./distractors";
import { figureWeight } from "./candidate";

/** Each entity's or figure's kind by its normalised text (first mention), computed once per run. */
function spanKinds(c: Ctx): Map<string, string> {
  if (c.kinds) return c.kinds;
  const kinds = new Map<string, string>();
  for (const arr of uniquePool(c).values()) for (const x of arr) if (!kinds.has(x.norm)) kinds.set(x.norm, x.kind);
  c.kinds = kinds;
  return kinds;
}

export function featuresOf(c: Ctx, q: Candidate): Features {
  const f = emptyFeatures();
  const t = q.type;
  f[`type_${t}` as keyof Features] = 1;
  const isAr = ar(c) ? 1 : 0;
  f.lang_ar = isAr;
  if (t === "cloze") f.ar_x_cloze = isAr;
  if (t === "mcq") f.ar_x_mcq = isAr;
  if (t === "true_false") f.ar_x_true_false = isAr;
  if (t === "short_answer") f.ar_x_short_answer = isAr;
  if (q.why) f.type_why = 1;
  if (q.statement) f.type_statement = 1;
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  const keyNorm = Array.isArray(q.answer) ? "" : normalizeForMatch(q.answer);
  const span = keyNorm ? (c.bySent.get(q.sent) ?? []).find((sp) => sp.norm === keyNorm) : undefined;
  const kind = span?.kind;
  if (kind === "person") f.kind_person = 1;
  else if (kind === "org") f.kind_org = 1;
  else if (kind === "place") f.kind_place = 1;
  else if (kind === "date") f.kind_date = 1;
  else if (kind === "number" || kind === "percent") f.kind_number = 1;
  else if (kind === "quoted") f.kind_quoted = 1;
  else f.kind_none = 1;
  const pw = wordCount(q.prompt);
  f.prompt_words = Math.min(2, pw / 40);
  f.prompt_long = pw > 45 ? 1 : 0;
  f.evidence_words = Math.min(3, wordCount(c.text.slice(q.evidence.start, q.evidence.end)) / 40);
  f.sentence_position = q.sent >= 0 ? q.sent / Math.max(1, c.sentences.length) : 0.5;
  f.in_lead = q.sent >= 0 && q.sent < 3 ? 1 : 0;
  const s = q.sent >= 0 ? c.sentences[q.sent] : undefined;
  f.pronoun_context = s && c.pron.has(s.start) ? 1 : 0;
  const choiceOthers = q.choices.filter((x) => !answers.includes(x));
  if (choiceOthers.length > 0 && (t === "mcq" || t === "cloze" || t === "quote" || t === "number" || t === "date")) {
    const kinds = spanKinds(c);
    f.distractors_from_article =
      choiceOthers.filter((x) => kinds.has(normalizeForMatch(x))).length / choiceOthers.length;
    const scripts = new Set(q.choices.map((x) => scriptOf(x)));
    f.choices_mixed_script = scripts.size > 1 ? 1 : 0;
  }
  f.answer_words = Math.min(3, answers.reduce((a, x) => a + wordCount(x), 0) / Math.max(1, answers.length) / 4);
  f.answer_has_digit = answers.some((x) => /\p{N}/u.test(x)) ? 1 : 0;
  if (keyNorm) {
    const k = aliasOf(c, keyNorm);
    f.key_frequency = Math.min(3, Math.log2(1 + (c.entityFreq.get(k) ?? 0)) / 2);
    f.key_in_title = c.titleNorm.includes(keyNorm) ? 1 : 0;
    f.key_is_topic = c.topic && k === c.topic ? 1 : 0;
  }
  const ev = c.text.slice(q.evidence.start, q.evidence.end);
  f.cause_marker = (ar(c) ? CAUSE_AR : CAUSE_EN).test(ev) ? 1 : 0;
  const tw = contentWords(c.titleNorm);
  if (tw.length > 0) {
    const evn = normalizeForMatch(ev);
    f.title_overlap = tw.filter((w) => evn.includes(w)).length / tw.length;
  }
  // the builders' own score is not a feature: the ranker must judge old questions (training) and new ones alike
  f.heuristic_score = 0;
  f.tf_true = t === "true_false" ? 0.5 : 0;
  f.opens_subordinate = SUBORDINATE_START.test(q.prompt.replace(/^[^:：]*[:：]\s*[«“"]?/u, "")) ? 1 : 0;
  const marks = (q.prompt.match(/["«»“”]/gu) ?? []).length;
  f.quote_marks_odd = marks % 2 === 1 ? 1 : 0;
  if (span && (span.kind === "number" || span.kind === "percent")) {
    const w = figureWeight(span);
    f.figure_headline = w > 0 ? 1 : 0;
    f.figure_bare = w <= 0 ? 1 : 0;
    const around = c.text.slice(Math.max(0, span.start - 20), Math.min(c.text.length, span.end + 20));
    f.age_like = AGE_LIKE.test(around) ? 1 : 0;
  }
  if (s) {
    f.list_line = LIST_LINE.test(s.text) ? 1 : 0;
    const lastPara = c.sentences[c.sentences.length - 1]?.para ?? 1;
    f.paragraph_position = lastPara > 1 ? (s.para - 1) / (lastPara - 1) : 0;
  }
  if (t === "quote") {
    const m = /[«“"](.*)[»”"]/u.exec(q.prompt);
    f.quote_words = Math.min(2, wordCount(m ? m[1]! : q.prompt) / 20);
  }
  if (s) f.centrality = c.centrality.get(s.idx) ?? 0;
  // an acronym: two or more capitals, perhaps with digits ("WHO", "G20"), not a year or a bare number
  if (!Array.isArray(q.answer))
    f.key_acronym =
      /^[\p{Lu}0-9-]{2,6}$/u.test(q.answer.trim()) && (q.answer.match(/\p{Lu}/gu) ?? []).length >= 2 ? 1 : 0;
  if (span && choiceOthers.length > 0) {
    const kinds = spanKinds(c);
    const same = (k: string | undefined) =>
      k === span.kind || ((k === "number" || k === "percent") && (span.kind === "number" || span.kind === "percent"));
    f.distractors_same_kind =
      choiceOthers.filter(
        (x) =>
          same(kinds.get(normalizeForMatch(x))) ||
          (span.kind !== "person" && span.kind !== "org" && span.kind !== "place" && /\p{N}/u.test(x)),
      ).length / choiceOthers.length;
  }
  return f;
}

/** Features and P(acceptable) for every valid candidate. */
export function scoreCandidates(c: Ctx, valid: Candidate[]): void {
  for (const q of valid) {
    q.feat = featuresOf(c, q);
    q.pAccept = predictAcceptable(q.feat);
  }
}
