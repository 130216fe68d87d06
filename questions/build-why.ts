// Builder: why / how questions on the causes and purposes the article states: "Complete with the reason the article
// gives" (when it states four reasons of one shape), "What happened because …?" (the statement a reason explains among
// other statements of the article) and "Match each statement with its reason" (three or four reasons).
import { normalizeForMatch } from "./normalize";
import { wordCount } from "./sentences";
import {
  BLANK,
  CAUSE_AR,
  CAUSE_EN,
  LIST_LINE,
  SUBORDINATE_START,
  UNRESOLVED,
  ar,
  contentWords,
  type Candidate,
  type Ctx,
} from "./context";
import { normContains, quoteWrap, startsWithPronoun, stripEndPunct, stripLeadConnective, stripLeadWaw } from "./text";
import { choiceSet, mkCand, sentenceScore } from "./candidate";
import { hashInt, shuffleDifferent } from "./util";

type ReasonGroup = "clause" | "np" | "purpose";
interface Reason {
  sent: number;
  /** the sentence up to the marker, as shown */
  main: string;
  marker: string;
  group: ReasonGroup;
  reason: string;
  start: number;
  end: number;
}

const EN_REASON = /\b(because of|because|due to|owing to|as a result of|in order to|so that|so as to)\s+/iu;
const AR_REASON =
  /(?:^|\s)(?:(بسبب|لأن|لان|جراء|جرّاء|بهدف|من أجل|من اجل|بغية|لكي|كي)\s+|(نظرا ل|نظراً ل|نتيجة ل|نتيجةً ل)\s*)/u;

function reasonGroup(marker: string): ReasonGroup {
  const m = marker.toLowerCase();
  if (m === "because" || m === "so that" || m === "لأن" || m === "لان" || m === "لكي" || m === "كي") return "clause";
  if (m === "in order to" || m === "so as to" || m === "بهدف" || m === "من أجل" || m === "من اجل" || m === "بغية")
    return "purpose";
  return "np";
}

/** Stated causes and purposes: "X because Y", "X in order to Y", «X بسبب Y», «X بهدف Y». */
function findReasons(c: Ctx): Reason[] {
  const out: Reason[] = [];
  const re = ar(c) ? AR_REASON : EN_REASON;
  for (const s of c.sentences) {
    if (c.badStart.has(s.idx) || c.pron.has(s.start)) continue;
    if (/[?؟]\s*["»”]?$/u.test(s.text)) continue;
    const m = re.exec(s.text);
    if (!m) continue;
    const markerAt = m.index + (m[0].length - m[0].trimStart().length);
    const main = s.text.slice(0, markerAt).replace(/[\s,،]+$/u, "");
    // a reason inside a quotation: the stem would cut the quotation open
    if ((main.match(/["«»“”]/gu) ?? []).length % 2 === 1) continue;
    if (wordCount(main) < 5 || wordCount(main) > 30) continue;
    // the main clause must not open with a quotation or a subordinate clause
    if (/^["«“]/u.test(main) || SUBORDINATE_START.test(main)) continue;
    const rest = s.text.slice(m.index + m[0].length);
    // the reason runs to the end of its clause (a comma before "which/but/and …", a semicolon, the sentence end)
    const stop = ar(c)
      ? /[.؛;:!؟?]|،\s*(?:و|ف|لكن|إلا|حيث|ما|الذي|التي)/u
      : /[.;:!?]|,\s*(?:which|who|but|and|while|although|according|said|he|she|they)\b|\s[—–]\s/u;
    const sm = stop.exec(rest);
    const reason = (sm ? rest.slice(0, sm.index) : rest).replace(/[\s,،"”»]+$/u, "").trim();
    const rw = wordCount(reason);
    if (rw < 2 || rw > 16) continue;
    if (/["«»“”]/u.test(reason)) continue;
    const start = s.start + m.index + m[0].length;
    const marker = (m[1] ?? m[2])!;
    out.push({ sent: s.idx, main, marker, group: reasonGroup(marker), reason, start, end: start + reason.length });
  }
  return out;
}

/** Every why/how prompt opens with one of these (the eval counts a quiz's why/how questions by it). */
/** "What happened because …?" (other statements of the article as wrong options). */
export const WHAT_BECAUSE_PROMPT =
  /^(?:According to the article, what (?:happened|was done) |بحسب المقال، ما الذي (?:حدث|جرى) )/u;
export const WHY_PROMPT =
  /^(?:Complete with the (?:reason|purpose) the article gives|According to the article, what (?:happened|was done) (?:because|due|owing|as a result|in order|so)|بحسب المقال، ما الذي (?:حدث|جرى)|Match each statement with the reason or purpose the article gives|أكمل (?:السبب|الهدف) الذي يذكره المقال|صِل كل عبارة بالسبب أو الهدف الذي يذكره المقال)/u;

/** Reasons whose texts overlap (one inside another) are one reason: only distinct ones compete or pair up. */
function distinctReasons(reasons: Reason[]): Reason[] {
  const out: Reason[] = [];
  const seen: string[] = [];
  for (const r of reasons) {
    const n = normalizeForMatch(r.reason);
    const m = normalizeForMatch(r.main);
    if (seen.some((t) => t.includes(n) || n.includes(t))) continue;
    // a reason that another's statement prints (the pair would answer itself)
    if (out.some((o) => normContains(o.main, r.reason) || normContains(r.main, o.reason))) continue;
    if (seen.includes(m)) continue;
    out.push(r);
    seen.push(n, m);
  }
  return out;
}

/** The statement a reason explains: at most 16 words (24 in Arabic; a long Arabic one: its last clause). */
function reasonStatement(c: Ctx, r: Reason): string | null {
  let main = stripLeadConnective(c, ar(c) ? stripLeadWaw(r.main) : r.main);
  // (Arabic sentences run longer than English ones: the same clause takes more words)
  const max = ar(c) ? 24 : 16;
  if (wordCount(main) > max) {
    // an English clause cut from its sentence rarely reads as one; an Arabic one after «،» may
    const cut = main.lastIndexOf("،");
    if (!ar(c) || cut < 0) return null;
    main = stripLeadWaw(main.slice(cut + 1).trim());
    if (wordCount(main) > max) return null;
  }
  // a list entry ("July 2020: …"), a clause left hanging on "and"/«و», or one that leans on an earlier sentence
  main = main
    .replace(ar(c) ? /[\s،]+(?:و|ثم)$/u : /[\s,]+(?:and|but|so|or|partly|largely|mainly|mostly|chiefly|in part)$/iu, "")
    .replace(/[\s,،]+$/u, "")
    .replace(/^(?:First|Second|Third|Fourth|Finally|Also|However|Instead),\s+/u, "");
  if (LIST_LINE.test(main) || /[:：]/u.test(main)) return null;
  if (startsWithPronoun(c, main) || UNRESOLVED.test(main) || wordCount(main) < 4) return null;
  // a pronoun anywhere in an English statement shown alone ("Most of them …", "… doing this") has no referent there
  // (a possessive, "the company cancelled its timetable", points inside the statement and stays)
  if (!ar(c) && /\b(?:them|they|it|this|these|those|he|she|him)\b/iu.test(main)) return null;
  // an Arabic statement needs its subject named: a definite noun first or after the verb, or a name in its first words
  if (ar(c) && !AR_NAMED_SUBJECT.test(main) && !nameInFirstWords(c, r.sent, main)) return null;
  return ar(c) ? main : main.charAt(0).toUpperCase() + main.slice(1);
}

/** An Arabic statement with its subject: a definite noun first, after the verb, or after the verb and a noun
 * («شُيّع جثمانُ الراحل»). */
const AR_NAMED_SUBJECT = /^(?!(?:من|في|إلى|على|عن|حتى|منذ|بعد|قبل|مع|خلال|بين)\s)(?:ال|\S+\s+ال|\S+\s+\S+\s+ال)/u;

/** Does a person, organisation or place of the article stand within the statement's first four words? */
function nameInFirstWords(c: Ctx, sent: number, main: string): boolean {
  const head = main.split(/\s+/u).slice(0, 4).join(" ");
  return (c.bySent.get(sent) ?? []).some(
    (sp) => (sp.kind === "person" || sp.kind === "org" || sp.kind === "place") && normContains(head, sp.text),
  );
}

/** Whole sentences of the article that stand alone as statements (the wrong options of "what happened because …?"). */
function standaloneStatements(c: Ctx): Array<{ idx: number; text: string }> {
  if (c.standalone) return c.standalone;
  const cause = ar(c) ? CAUSE_AR : CAUSE_EN;
  const out: Array<{ idx: number; text: string; score: number }> = [];
  for (const s of c.sentences) {
    if (c.badStart.has(s.idx) || c.pron.has(s.start)) continue;
    if (!/[.!]\s*$/u.test(s.text) || /["“”:]/u.test(s.text) || LIST_LINE.test(s.text)) continue;
    // «» around a short name is fine; around a quotation it is someone's words, not an event
    if ([...s.text.matchAll(/«([^»]*)»?/gu)].some((m) => !m[0].endsWith("»") || wordCount(m[1]!) > 4)) continue;
    if (cause.test(s.text) || UNRESOLVED.test(s.text) || startsWithPronoun(c, s.text)) continue;
    if (!ar(c) && /\b(?:I|we|our|my|you|your)\b/u.test(s.text)) continue;
    // a closing prayer or formula is not an event («رحم الله الفقيد …»)
    if (/^[وف]?(?:رحم|رحمه|نسأل|إنا لله)/u.test(s.text)) continue;
    let text = stripEndPunct(s.text);
    if (ar(c)) text = stripLeadWaw(text);
    text = stripLeadConnective(c, text);
    // a long Arabic sentence: its first clause, which carries the subject and the verb
    if (ar(c) && wordCount(text) > 24 && text.indexOf("،") > 0) text = text.slice(0, text.indexOf("،")).trim();
    const wc = wordCount(text);
    if (wc < 6 || wc > (ar(c) ? 24 : 16)) continue;
    if (ar(c) && !AR_NAMED_SUBJECT.test(text) && !nameInFirstWords(c, s.idx, text)) continue;
    if (!ar(c) && !/^\p{Lu}/u.test(text)) continue;
    out.push({ idx: s.idx, text, score: c.centrality.get(s.idx) ?? 0 });
  }
  out.sort((a, b) => b.score - a.score || a.idx - b.idx);
  c.standalone = out.map(({ idx, text }) => ({ idx, text }));
  return c.standalone;
}

function buildWhatBecause(c: Ctx, r: Reason, out: Candidate[]): void {
  const key = reasonStatement(c, r);
  if (!key) return;
  // the reason is the stem's only context: it must read alone (no pronoun, no "this", not too long)
  if (startsWithPronoun(c, r.reason) || UNRESOLVED.test(r.reason) || wordCount(r.reason) > 12) return;
  // an Arabic pronoun suffix («سلامته», «سكانها») points back to a sentence the stem does not show
  if (ar(c) && /\p{L}{2,}(?:ها|هم|هما|هن|ته)(?=[\s،.]|$)/u.test(r.reason)) return;
  if (
    !ar(c) &&
    /\b(?:it|they|he|she|its|their|his|her|them|him|this|that|these|those|I|we|our|my|you)\b/iu.test(r.reason)
  )
    return;
  if (!ar(c) && /^(?:What|I|We|My|Our|You)\b/u.test(key)) return;
  const reasonN = normalizeForMatch(r.reason);
  const keyWords = new Set(contentWords(normalizeForMatch(key)));
  const ds: string[] = [];
  for (const o of standaloneStatements(c)) {
    if (ds.length >= 3) break;
    if (o.idx === r.sent) continue;
    const n = normalizeForMatch(o.text);
    if (n.includes(reasonN) || reasonN.includes(n)) continue;
    // a statement that shares most of its words with the key or the reason may be the same event, i.e. also correct
    const words = contentWords(n);
    const shared = words.filter((w) => keyWords.has(w) || reasonN.includes(w)).length;
    if (words.length === 0 || shared / words.length > 0.4) continue;
    ds.push(o.text);
  }
  if (ds.length < 3) return;
  const s = c.sentences[r.sent]!;
  const reason = stripEndPunct(r.reason);
  const prompt = ar(c)
    ? `بحسب المقال، ما الذي ${r.group === "purpose" ? "جرى" : "حدث"} ${r.marker}${/\sل$/u.test(r.marker) ? "" : " "}${reason}؟`
    : r.group === "purpose"
      ? `According to the article, what was done ${r.marker.toLowerCase()} ${reason}?`
      : `According to the article, what happened ${r.marker.toLowerCase()} ${reason}?`;
  const ch = choiceSet(c, key, ds, "because" + r.start);
  if (!ch) return;
  out.push(
    mkCand(c, "mcq", prompt, key, ch, { start: s.start, end: s.end }, s.idx, 0.9 + sentenceScore(c, s), 0.5, {
      why: true,
      whatBecause: true,
    }),
  );
}

export function buildWhy(c: Ctx, out: Candidate[]): void {
  const reasons = distinctReasons(findReasons(c));
  if (reasons.length === 0) return;
  // one "which reason?" question per stated reason when the article states enough others of the same shape to offer
  for (const r of reasons) {
    const s = c.sentences[r.sent]!;
    const ds: string[] = [];
    // only other reasons the article states, of the same shape, compete with the key
    for (const o of reasons) {
      if (ds.length >= 3) break;
      // Arabic causes and purposes are both noun phrases («بسبب ارتفاع …», «بهدف تعزيز …»)
      if (o === r || (o.group !== r.group && !(ar(c) && o.group !== "clause" && r.group !== "clause"))) continue;
      if (normContains(r.main, o.reason)) continue;
      ds.push(o.reason);
    }
    // (other statements of the article offered as "reasons" read as scraps to a reviewer: only stated reasons compete)
    if (ds.length < 3) continue;
    const stem = `${r.main} ${r.marker} ${BLANK}`;
    const prompt = ar(c)
      ? `${r.group === "purpose" ? "أكمل الهدف الذي يذكره المقال" : "أكمل السبب الذي يذكره المقال"}: ${quoteWrap(c, stem)}`
      : `Complete with the ${r.group === "purpose" ? "purpose" : "reason"} the article gives: ${quoteWrap(c, stem)}`;
    const ch = choiceSet(c, r.reason, ds, "why" + r.start);
    if (!ch) continue;
    const ev = { start: s.start, end: s.end };
    out.push(mkCand(c, "mcq", prompt, r.reason, ch, ev, s.idx, 0.8 + sentenceScore(c, s), 0.55, { why: true }));
  }
  // "What happened because Y?": the statement the reason explains among other statements of the article
  for (const r of reasons) buildWhatBecause(c, r, out);
  // three or four stated reasons: match each statement with its reason (the other reasons are the wrong options)
  const pairs: Array<{ left: string; reason: string; r: Reason }> = [];
  for (const r of reasons) {
    if (pairs.length >= 4) break;
    const left = reasonStatement(c, r);
    if (!left || pairs.some((p) => p.left === left)) continue;
    pairs.push({ left, reason: r.reason, r });
  }
  if (pairs.length < 3) return;
  const answer = pairs.map((p) => p.reason);
  const choices = shuffleDifferent(answer, c.seed ^ hashInt("why-match"));
  const first = c.sentences[Math.min(...pairs.map((p) => p.r.sent))]!;
  const last = c.sentences[Math.max(...pairs.map((p) => p.r.sent))]!;
  const prompt = ar(c)
    ? "صِل كل عبارة بالسبب أو الهدف الذي يذكره المقال لها."
    : "Match each statement with the reason or purpose the article gives for it.";
  out.push(
    mkCand(c, "matching", prompt, answer, choices, { start: first.start, end: last.end }, first.idx, 1, 0.6, {
      left: pairs.map((p) => p.left),
      why: true,
    }),
  );
}
