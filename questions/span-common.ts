// What every span extractor shares: the Span / Speech / Extraction types, tokens and the per-sentence info, and
// small token helpers (Arabic proclitics, raw prefix lengths, clean gaps).
import { normalizeForMatch } from "./normalize";

export type SpanKind = "date" | "number" | "percent" | "quoted" | "person" | "org" | "place";

export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  norm: string;
  sent: number;
  /** dates: year*10000 + month*100 + day; numbers: numeric value */
  value?: number;
  /** dates: "y" | "ym" | "ymd"; numbers: unit/format signature */
  fmt?: string;
  /** quoted names: normalised head noun category; people: role text */
  head?: string;
  role?: string;
  /** start of a phrase to remove with the span (e.g. "في عام 2013") */
  phraseStart?: number;
  prep?: string;
}

export interface Speech {
  sent: number;
  speaker: string; // canonical person name
  quote: string; // the quoted words (display)
  qStart: number;
  qEnd: number;
  /** the mention of the speaker in this sentence (may be a surname alone) */
  mStart: number;
  mEnd: number;
}

export interface Token {
  s: number;
  e: number;
  raw: string;
  n: string; // normalised
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    out.push({ s: offset + m.index, e: offset + m.index + raw.length, raw, n: normalizeForMatch(raw) });
    if (out.length > 400) break;
  }
  return out;
}

/** Strip one proclitic (و ف ب ل ك) from a normalised Arabic token; returns [bare, prefixLength]. */
export function stripPrefix(n: string, set: Set<string> | Map<string, number>): [string, number] | null {
  if (set.has(n)) return [n, 0];
  for (const p of ["و", "ف", "ب", "ل", "ك"]) {
    if (n.startsWith(p) && n.length > 2 && set.has(n.slice(1))) return [n.slice(1), 1];
  }
  if ((n.startsWith("وب") || n.startsWith("ول") || n.startsWith("فب")) && set.has(n.slice(2))) return [n.slice(2), 2];
  return null;
}

/** Raw-character length of `k` normalised prefix letters at the start of a raw token (skipping marks). */
export function rawPrefixLen(raw: string, k: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < k) {
    i++;
    seen++;
    while (i < raw.length && /[\u064B-\u065F\u0670\u0640]/u.test(raw[i]!)) i++;
  }
  return i;
}

export function gapClean(text: string, a: number, b: number, base: number): boolean {
  // only spaces between two tokens (no punctuation)
  const g = text.slice(a - base, b - base);
  return /^[\s\u200c-\u200f]*$/u.test(g);
}

export const isArabicWord = (s: string) => /^[\u0600-\u06FF\u0750-\u077F]+$/u.test(s);
export const hasDef = (n: string) => n.startsWith("ال") && n.length > 3;

export interface Extraction {
  spans: Span[];
  speeches: Speech[];
  /** canonical person → role text (first seen) */
  roles: Map<string, string>;
  /** normalised alias → canonical person norm */
  aliases: Map<string, string>;
}

export interface QuotePair {
  /** content offsets (inside the marks) */
  cs: number;
  ce: number;
  /** outer offsets (including the marks) */
  os: number;
  oe: number;
}

export interface SentenceInfo {
  toks: Token[];
  quotes: QuotePair[];
}
