// Arabic proper nouns after prepositions: bare words that recur after «في/من/إلى …» and never occur with «ال» are
// taken as places (one pass over the whole article, after the per-sentence extractors).
import type { Sentence } from "./sentences";
import { AR_SPEECH_VERBS, AR_UNITS, AR_YEAR_CUES } from "./lexicon";
import { type SentenceInfo, type Span, hasDef, rawPrefixLen } from "./span-common";
import { AR_PLACE_PREPS, nameTokenOk } from "./span-entities-ar";

const AR_PREP_NOUNS = new Set(
  "جانب خلال اجل قبل بعد حيث دون بين ضمن اطار جهه ناحيه طرف اكثر اقل بعض كل عدد مختلف جميع اجمالي نوع شان حوالي نحو مطلع منتصف اواخر اوائل اثر جراء قبيل بدايه نهايه وقت حين اليوم امس غير عام سنه شهر يوم".split(
    " ",
  ),
);

/** Recurring bare (non-ال) words after في/من/إلى… that never occur with ال: likely place names (بغداد, …). */
export function addPrepositionPlaces(sentences: Sentence[], infos: SentenceInfo[], spans: Span[]): void {
  const total = new Map<string, number>();
  const afterPrep = new Map<string, number>();
  const defSeen = new Set<string>();
  const bare = (n: string) => (/^[وبلف]/u.test(n) && n.length > 4 ? n.slice(1) : n);
  const endsClause = new Set<string>();
  for (const s of sentences) {
    const toks = infos[s.idx]?.toks ?? [];
    for (let i = 0; i < toks.length; i++) {
      const n = toks[i]!.n;
      if (hasDef(n)) {
        defSeen.add(n.slice(2));
        continue;
      }
      if (/^[وبلف]ال/u.test(n)) {
        defSeen.add(n.slice(3));
        continue;
      }
      total.set(n, (total.get(n) ?? 0) + 1);
      const b = bare(n);
      if (b !== n) total.set(b, (total.get(b) ?? 0) + 1);
      if (i > 0 && AR_PLACE_PREPS.has(toks[i - 1]!.n)) {
        afterPrep.set(n, (afterPrep.get(n) ?? 0) + 1);
        const after = s.text.slice(toks[i]!.e - s.start, toks[i]!.e - s.start + 2);
        if (/^\s?[،,.؛;:)]/u.test(after) || toks[i]!.e === s.end) endsClause.add(n);
      }
    }
  }
  const ok = (n: string): boolean => {
    if ((afterPrep.get(n) ?? 0) < 1) return false;
    if (defSeen.has(n) || n.length < 4) return false;
    if (/(?:ه|ات|ون|ين|يا)$/u.test(n) && !/يا$/u.test(n)) return false;
    if (AR_PREP_NOUNS.has(n)) return false;
    return (total.get(n) ?? 0) >= 2 || endsClause.has(n);
  };
  const bySent = new Map<number, Span[]>();
  for (const x of spans) {
    const arr = bySent.get(x.sent) ?? [];
    arr.push(x);
    bySent.set(x.sent, arr);
  }
  for (const s of sentences) {
    const toks = infos[s.idx]?.toks ?? [];
    const local = bySent.get(s.idx) ?? [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      let n = t.n;
      let pre = 0;
      if (!ok(n)) {
        const b = bare(n);
        if (b === n || !ok(b)) continue;
        n = b;
        pre = 1;
      }
      if (!nameTokenOk({ ...t, n }, "")) continue;
      if (/(?:ه|ها|هم|هما|كم|نا)$/u.test(t.raw.replace(/[\u064B-\u065F\u0670\u0640]/gu, ""))) continue;
      if (AR_SPEECH_VERBS.has(n) || AR_UNITS.has(n) || AR_YEAR_CUES.has(n)) continue;
      const a = t.s + rawPrefixLen(t.raw, pre);
      if (local.some((x) => a < x.end && t.e > x.start)) continue;
      const text = s.text.slice(a - s.start, t.e - s.start);
      const sp: Span = { kind: "place", start: a, end: t.e, text, norm: n, sent: s.idx };
      spans.push(sp);
      local.push(sp);
    }
  }
  spans.sort((x, y) => x.sent - y.sent || x.start - y.start);
}
