// Answer-span extraction: dates, numbers, percentages, quoted names, people (+roles), organisations, places, speech.
// All offsets are UTF-16 offsets into the original text. This file runs the extractors (span-*.ts) per sentence and
// links the results (aliases, speech); the types and helpers they share are in span-common.ts.
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import { type Extraction, type SentenceInfo, type Span, type Speech, tokenize } from "./span-common";
import { extractDates } from "./span-dates";
import { extractNumbers } from "./span-numbers";
import { findQuotes, headCategory } from "./span-quotes";
import { extractArabicEntities } from "./span-entities-ar";
import { addPrepositionPlaces } from "./span-places-ar";
import { extractEnglishEntities, tagEnglishSentences } from "./span-entities-en";
import { extractNamedTerms } from "./span-named";
import { extractSpeech } from "./span-speech";

let strictExtraction = false;
/** Tests: rethrow extractor errors instead of skipping that extractor for the sentence. */
export function setStrictExtraction(on: boolean): void {
  strictExtraction = on;
}
function guard(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (strictExtraction) throw e;
  }
}

export function extractAll(sentences: Sentence[], lang: Language, infos: SentenceInfo[]): Extraction {
  const spans: Span[] = [];
  const roles = new Map<string, string>();
  if (lang === "en") guard(() => tagEnglishSentences(sentences)); // compromise once for all sentences (issue 9)
  for (const s of sentences) {
    const toks = tokenize(s.text, s.start);
    const quotes = findQuotes(s);
    infos[s.idx] = { toks, quotes };
    const local: Span[] = [];
    const used = new Array<boolean>(toks.length).fill(false);
    guard(() => extractDates(s, toks, lang, local, used));
    const taken: Array<[number, number]> = local.map((d) => [d.start, d.end]);
    guard(() => extractNumbers(s, toks, lang, local, taken));
    // quoted names (short quotes)
    for (const p of quotes) {
      const c = s.text.slice(p.cs - s.start, p.ce - s.start);
      const ct = c.trim();
      const words = ct.split(/\s+/u).filter(Boolean);
      if (words.length === 0 || words.length > 4 || /[.!?؟،,:;]/u.test(ct) || ct.length > 40) continue;
      if (!/\p{L}/u.test(ct)) continue;
      const lead = c.length - c.trimStart().length;
      const a = p.cs + lead;
      const b = a + ct.length;
      // head noun just before the opening mark
      const prevTok = [...toks].reverse().find((t) => t.e <= p.os);
      const gapOk = prevTok ? /^\s*$/u.test(s.text.slice(prevTok.e - s.start, p.os - s.start)) : false;
      const head = prevTok && gapOk ? headCategory(prevTok.n, lang) : "";
      local.push({ kind: "quoted", start: a, end: b, text: ct, norm: normalizeForMatch(ct), sent: s.idx, head });
    }
    guard(() => extractNamedTerms(s, toks, lang, local));
    const noOverlap: Span[] = [...local];
    const ent: Span[] = [];
    if (lang === "ar") guard(() => extractArabicEntities(s, toks, ent, roles));
    else guard(() => extractEnglishEntities(s, toks, ent, roles));
    for (const e of ent) {
      if (noOverlap.some((x) => e.start < x.end && e.end > x.start)) continue;
      noOverlap.push(e);
    }
    noOverlap.sort((x, y) => x.start - y.start || y.end - x.end);
    spans.push(...noOverlap);
  }
  if (lang === "ar") guard(() => addPrepositionPlaces(sentences, infos, spans));
  // person aliases: full name, and unique last names
  const aliases = new Map<string, string>();
  const people = [...new Set(spans.filter((x) => x.kind === "person").map((x) => x.norm))];
  const lastCount = new Map<string, number>();
  for (const p of people) {
    aliases.set(p, p);
    const parts = p.split(" ");
    if (parts.length >= 2) {
      const last = parts[parts.length - 1]!;
      lastCount.set(last, (lastCount.get(last) ?? 0) + 1);
    }
  }
  for (const p of people) {
    const parts = p.split(" ");
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    const hasOwnRole = spans.some((x) => x.kind === "person" && x.norm === last && x.role);
    if (lastCount.get(last) === 1 && last.length >= 3 && !people.includes(last)) aliases.set(last, p);
    else if (lastCount.get(last) === 1 && people.includes(last) && !hasOwnRole) aliases.set(last, p); // a single-word mention of the same person
  }
  // English: single-word "people" that are aliases of full names collapse onto the full name
  for (const sp of spans) if (sp.kind === "person" && aliases.has(sp.norm)) sp.norm = aliases.get(sp.norm)!;
  // speech
  const speeches: Speech[] = [];
  for (const s of sentences) {
    const info = infos[s.idx];
    if (!info) continue;
    const mentions: Array<{ s: number; e: number; canon: string }> = [];
    for (const sp of spans)
      if (sp.sent === s.idx && sp.kind === "person") mentions.push({ s: sp.start, e: sp.end, canon: sp.norm });
    for (const t of info.toks) {
      const bare = lang === "ar" ? t.n.replace(/^[وف]/u, "") : t.n;
      const c = aliases.get(t.n) ?? aliases.get(bare);
      if (c && !mentions.some((mm) => t.s >= mm.s && t.e <= mm.e)) mentions.push({ s: t.s, e: t.e, canon: c });
    }
    guard(() => extractSpeech(s, info.toks, lang, info.quotes, mentions, speeches));
  }
  return { spans, speeches, roles, aliases };
}

export type { Extraction, SentenceInfo, Span, SpanKind, Speech, Token } from "./span-common";
export { tokenize } from "./span-common";
export { findQuotes, headCategory } from "./span-quotes";
export { EN_STRIP_EDGE } from "./span-entities-en";
