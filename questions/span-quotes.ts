// Quotation marks in a sentence (paired, with content and outer offsets) and the head noun before a quoted name.
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { AR_GROUP_CUES, AR_ORG_CUES, AR_OUTLET_CUES } from "./lexicon";
import type { QuotePair } from "./span-common";

export function findQuotes(s: Sentence): QuotePair[] {
  const text = s.text;
  const opens: Array<{ i: number; ch: string }> = [];
  const pairs: QuotePair[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "«" && c !== "»" && c !== "“" && c !== "”" && c !== '"' && c !== "„") continue;
    let role: "open" | "close";
    if (c === "«" || c === "“" || c === "„") role = "open";
    else if (c === "»" || c === "”") role = "close";
    else {
      const prev = text[i - 1];
      const next = text[i + 1];
      const prevBoundary = prev === undefined || /[\s(\[{:،,—–\-]/u.test(prev);
      const nextBoundary = next === undefined || /[\s.,،؛;:!?؟)\]}—–]/u.test(next);
      if (prevBoundary && !nextBoundary) role = "open";
      else if (!prevBoundary && nextBoundary) role = "close";
      else role = opens.some((o) => o.ch === '"') ? "close" : "open";
    }
    if (role === "open") {
      opens.push({ i, ch: c });
      continue;
    }
    const want = c === "»" ? "«" : c === "”" ? "“„" : '"';
    let k = opens.length - 1;
    while (k >= 0 && !want.includes(opens[k]!.ch)) k--;
    if (k < 0) continue;
    const o = opens[k]!;
    opens.length = k;
    const cs = o.i + 1;
    const ce = i;
    if (ce - cs < 1 || ce - cs > 400) continue;
    pairs.push({ cs: s.start + cs, ce: s.start + ce, os: s.start + o.i, oe: s.start + i + 1 });
  }
  pairs.sort((a, b) => a.os - b.os);
  return pairs;
}

export function headCategory(n: string, lang: Language): string {
  if (lang === "ar") {
    const cands = [n, n.replace(/^[وفبلك]/u, ""), n.replace(/^(?:و|ف|ب|ل|ك)(?=ال)/u, ""), "ال" + n.replace(/^لل/u, "")];
    for (const c of cands) {
      const bare = c.replace(/^ال/u, "");
      if (AR_OUTLET_CUES.has(c) || AR_OUTLET_CUES.has(bare)) return "outlet";
      if (AR_GROUP_CUES.has(c) || AR_GROUP_CUES.has(bare)) return "group";
    }
    for (const c of cands)
      if (AR_ORG_CUES.has(c) || AR_ORG_CUES.has(c.replace(/^ال/u, ""))) return c.replace(/^ال/u, "");
    return n.replace(/^ال/u, "");
  }
  if (/^(newspaper|magazine|daily|agency|channel|broadcaster|outlet|journal|paper|website)$/u.test(n)) return "outlet";
  if (/^(group|groups|movement|organization|organisation|party|company|militia)$/u.test(n)) return "group";
  return n;
}
