// Speech: which person said which quotation in a sentence (speech verbs, mentions by full name or alias).
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { AR_SPEECH_VERBS, EN_SPEECH_VERBS } from "./lexicon";
import type { QuotePair, Speech, Token } from "./span-common";

export function extractSpeech(
  s: Sentence,
  toks: Token[],
  lang: Language,
  quotes: QuotePair[],
  personMentions: Array<{ s: number; e: number; canon: string }>,
  speeches: Speech[],
): void {
  const verbs = toks.filter((t) =>
    lang === "ar"
      ? AR_SPEECH_VERBS.has(t.n) || AR_SPEECH_VERBS.has(t.n.replace(/^[وف]/u, ""))
      : EN_SPEECH_VERBS.has(t.n),
  );
  const accord = lang === "en" ? /according to/iu.exec(s.text) : null;
  if (verbs.length === 0 && !accord) return;
  if (personMentions.length === 0) return;
  // the speech: a quote of ≥3 words, else text after "verb X:" up to the end
  let q: { a: number; b: number } | null = null;
  for (const p of quotes) {
    const c = s.text.slice(p.cs - s.start, p.ce - s.start).trim();
    if (c.split(/\s+/u).length >= 3 && (!q || p.ce - p.cs > q.b - q.a)) q = { a: p.cs, b: p.ce };
  }
  if (!q) {
    const colon = s.text.indexOf(":");
    if (colon > 0) {
      const a = s.start + colon + 1;
      const rest = s.text
        .slice(colon + 1)
        .replace(/["«»“”]/gu, "")
        .trim();
      if (rest.split(/\s+/u).length >= 4 && verbs.some((v) => v.e <= a)) {
        const off = s.text.slice(colon + 1).search(/[^\s"«“]/u);
        let b = s.end;
        while (b > a && /[\s"»”.]/u.test(s.text[b - 1 - s.start]!)) b--;
        q = { a: a + Math.max(0, off), b };
      }
    }
  }
  if (!q) return;
  // speaker: nearest person mention to a speech verb, outside the quote
  let best: { canon: string; d: number; s: number; e: number } | null = null;
  const anchors = verbs.map((v) => v.s);
  if (accord) anchors.push(s.start + accord.index);
  for (const pm of personMentions) {
    if (pm.s >= q.a && pm.e <= q.b) continue;
    for (const a of anchors) {
      const d = Math.abs(pm.s - a);
      if (d < 80 && (!best || d < best.d)) best = { canon: pm.canon, d, s: pm.s, e: pm.e };
    }
  }
  if (!best) return;
  const quote = s.text.slice(q.a - s.start, q.b - s.start).trim();
  speeches.push({ sent: s.idx, speaker: best.canon, quote, qStart: q.a, qEnd: q.b, mStart: best.s, mEnd: best.e });
}
