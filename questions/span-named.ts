// Named terms: "a plastic called X", «يسمى X» / «المعروف باسم X», and English names of acts, treaties, prizes, missions
// ("the Clean Air Act").
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import { AR_NOT_NAME } from "./lexicon";
import { type Span, type Token, gapClean, hasDef } from "./span-common";

const AR_NAMING_VERBS = new Set(["يسمي", "تسمي", "يدعي", "تدعي", "هرمون", "داء", "فيروس", "مصطلح", "مفهوم"]);
const AR_NAMING_PAIRS = new Set([
  "يعرف",
  "تعرف",
  "المعروف",
  "المعروفه",
  "يطلق",
  "تطلق",
  "اطلق",
  "اطلقت",
  "عرف",
  "عرفت",
]);
const EN_NAMED_RE =
  /\b(?:called|call|named|dubbed|termed|known as|renamed|coined the term)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|of|and|for|the|de))*|[a-z][a-z-]{2,}(?=\s+(?:after|because|for|in|by|and|which|that)\b|[,.;:)]|$))/gu;
const EN_TITLE_NAME_RE =
  /\b((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)?){1,6}(?:Act|Treaty|Agreement|Accord|Initiative|Telescope|Prize|Award|Programme|Program|Mission|Doctrine|Plan))\b/gu;

export function extractNamedTerms(s: Sentence, toks: Token[], lang: Language, out: Span[]): void {
  const overl = (a: number, b: number) => out.some((x) => a < x.end && b > x.start);
  if (lang === "ar") {
    for (let i = 0; i < toks.length - 1; i++) {
      const n = toks[i]!.n;
      let j = -1;
      if (AR_NAMING_VERBS.has(n)) j = i + 1;
      else if (
        AR_NAMING_PAIRS.has(n) &&
        (toks[i + 1]!.n === "باسم" || toks[i + 1]!.n === "عليه" || toks[i + 1]!.n === "عليها")
      )
        j = i + 2;
      if (j < 0 || j >= toks.length) continue;
      if (!gapClean(s.text, toks[j - 1]!.e, toks[j]!.s, s.start)) continue;
      let k = j;
      while (
        k < toks.length &&
        k - j < 2 &&
        (k === j || gapClean(s.text, toks[k - 1]!.e, toks[k]!.s, s.start)) &&
        !AR_NOT_NAME.has(toks[k]!.n) &&
        !/^[0-9]/u.test(toks[k]!.n)
      ) {
        k++;
        if (hasDef(toks[k - 1]!.n) && k - j === 1 && (k >= toks.length || !hasDef(toks[k]!.n))) break;
      }
      if (k === j) continue;
      const a = toks[j]!.s;
      const b = toks[k - 1]!.e;
      if (overl(a, b)) continue;
      const t = s.text.slice(a - s.start, b - s.start);
      out.push({ kind: "quoted", start: a, end: b, text: t, norm: normalizeForMatch(t), sent: s.idx, head: "named" });
    }
    return;
  }
  for (const re of [EN_NAMED_RE, EN_TITLE_NAME_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      let g = m[1]!.trim().replace(/\s+(?:of|and|for|the|de)$/u, "");
      let off = m.index + m[0].indexOf(m[1]!);
      const lead = /^(?:The|A|An)\s+/u.exec(g);
      if (lead && g.length - lead[0].length >= 3) {
        off += lead[0].length;
        g = g.slice(lead[0].length);
      }
      const a = s.start + off;
      const b = a + g.length;
      if (g.length < 3 || overl(a, b)) continue;
      out.push({ kind: "quoted", start: a, end: b, text: g, norm: normalizeForMatch(g), sent: s.idx, head: "named" });
    }
  }
}
