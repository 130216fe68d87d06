// Text helpers for building prompts: punctuation and spacing, whole-word matching, the clause as shown (with its
// pronoun resolved), quoting, and the connectives / pronouns a question body must not open with.
import { normalizeForMatch } from "./normalize";
import type { Clause } from "./sentences";
import type { Span } from "./spans";
import { AR_BAD_STARTS } from "./lexicon";
import { type Ctx, ar } from "./context";

export const stripEndPunct = (s: string) =>
  s
    .replace(/[.!?؟،,;؛:…]+(["”»])$/u, "$1")
    .replace(/[\s.!?؟،,;؛:…—–-]+$/u, "")
    .replace(/^[\s،,;؛:—–-]+/u, "");
export const collapse = (s: string) =>
  s
    .replace(/\s{2,}/gu, " ")
    .replace(/\s+([،,.;؛:؟?!])/gu, "$1")
    .trim();
export const isDef = (n: string) => n.startsWith("ال") && n.length > 3;

const WORDISH = /[\p{L}\p{M}\p{N}]/u;
/** Whole-word occurrence of `needle` in `hay`, compared on normalised text. */
export function normContains(hay: string, needle: string): boolean {
  const h = normalizeForMatch(hay);
  const n = normalizeForMatch(needle);
  if (!n) return false;
  let from = 0;
  for (;;) {
    const i = h.indexOf(n, from);
    if (i < 0) return false;
    const before = i > 0 ? h[i - 1]! : "";
    const after = i + n.length < h.length ? h[i + n.length]! : "";
    if ((!before || !WORDISH.test(before)) && (!after || !WORDISH.test(after))) return true;
    from = i + 1;
  }
}

export function countOccurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = hay.indexOf(needle);
  while (i >= 0 && n < 5) {
    n++;
    i = hay.indexOf(needle, i + needle.length);
  }
  return n;
}

export function sliceCtx(c: Ctx, cl: Clause, a: number, b: number, repl: string): string {
  const p = c.pron.get(cl.start);
  if (p && p.mode === "bracket" && p.at <= a)
    return c.text.slice(cl.start, p.at) + ` [${p.ante}]` + c.text.slice(p.at, a) + repl + c.text.slice(b, cl.end);
  // "After retiring in ____, she [X] taught …": the pronoun after the blank is resolved too
  if (p && p.mode === "bracket" && p.at >= b && p.at <= cl.end)
    return c.text.slice(cl.start, a) + repl + c.text.slice(b, p.at) + ` [${p.ante}]` + c.text.slice(p.at, cl.end);
  const lead = p && p.mode === "prev" ? p.lead + " " : "";
  return lead + c.text.slice(cl.start, a) + repl + c.text.slice(b, cl.end);
}

/** The clause as shown to the student (with its pronoun resolved, see sliceCtx). */
export function shownClause(c: Ctx, cl: Clause): string {
  return sliceCtx(c, cl, cl.end, cl.end, "");
}

export function quoteWrap(c: Ctx, s: string): string {
  if (ar(c)) return `«${s}»`;
  // a quotation inside the quoted statement takes single quotes, as English does ("“‘The sky…,’ said ____”")
  return `“${s.replace(/"([^"\n]*)"/gu, "‘$1’").replace(/“([^”\n]*)”/gu, "‘$1’")}”`;
}

export function truncateWords(s: string, max: number): string {
  const w = s.split(/\s+/u);
  if (w.length <= max) return s;
  return w.slice(0, max).join(" ") + " …";
}

/** A date can be removed from its clause when it is introduced by a preposition ("في عام 2013", "in 2013") or opens the clause. */
export function datePhraseDetachable(c: Ctx, sp: Span, clauseStart: number): boolean {
  if (sp.prep && sp.prep.length > 0) return true;
  const before = c.text.slice(clauseStart, sp.start).trim();
  return before.length === 0;
}

const AR_LEAD_CONNECTIVES = /^(?:لكن|ولكن|بل|ثم|كما|وقد|فقد|قد)\s+/u;
const AR_WAW_NOUNS = new Set(
  "وزير وزيرة وزارة وكالة وفد وسائل وسط وحدة ولاية ولي وثيقة ورقة وضع وقت وطن وجه ولاء وفاة وصول وقف واشنطن وارسو وادي واحة واقع وجود وعد".split(
    " ",
  ),
);
/** Drop the conjunction و/ف glued to the first word of a question body ("ونال" → "نال"). */
export function stripLeadWaw(s: string): string {
  const m = /^([وف])([\p{L}\p{M}]{3,})(?=\s|$)/u.exec(s);
  // a vowel mark on the و/ف belongs to the word («وُلد», «فَقَدَ»): it is a root letter, not a conjunction
  if (!m || /^\p{M}/u.test(m[2]!)) return s;
  const word = m[1]! + m[2]!;
  if (AR_WAW_NOUNS.has(normalizeForMatch(word)) || AR_WAW_NOUNS.has(word)) return s;
  if (/^ال/u.test(m[2]!)) return s.slice(1); // "والحكومة" → "الحكومة"
  return s.slice(1);
}
const EN_LEAD_CONNECTIVES = /^(?:but|and|so|yet|then|while)\s+/iu;
export function stripLeadConnective(c: Ctx, s: string): string {
  if (!ar(c)) return s.replace(EN_LEAD_CONNECTIVES, "");
  return stripLeadWaw(s.replace(AR_LEAD_CONNECTIVES, ""));
}

/** Texts of the other spans shown in the same context: they cannot also be distractors. */
export function othersIn(c: Ctx, sp: Span, cl: Clause): string[] {
  const out = (c.bySent.get(sp.sent) ?? [])
    .filter((x) => x !== sp && x.start >= cl.start && x.end <= cl.end)
    .map((x) => x.text);
  // the previous sentence or the resolved subject shown before a pronoun sentence (see sliceCtx)
  const p = c.pron.get(cl.start);
  if (p && p.mode === "prev") out.push(...(c.bySent.get(sp.sent - 1) ?? []).map((x) => x.text));
  if (p && p.mode === "bracket") out.push(p.ante);
  return out;
}

/** The question body would open with an unresolved pronoun ("وهي أول زيارة …", "it was …"). */
export function startsWithPronoun(c: Ctx, body: string): boolean {
  const first = normalizeForMatch(body.split(/\s+/u)[0] ?? "");
  if (ar(c)) return AR_BAD_STARTS.has(first) || AR_BAD_STARTS.has(first.replace(/^[وف]/u, ""));
  return /^(?:it|he|she|they|this|these|those|its|his|her|their)$/u.test(first);
}
