// Builder: why / how questions on the causes and purposes the article states.
import { normalizeForMatch } from "./normalize";
import { wordCount } from "./sentences";
import { BLANK, type Candidate, type Ctx, SUBORDINATE_START, ar } from "./context";
import { normContains, quoteWrap } from "./text";
import { choiceSet, mkCand, sentenceScore } from "./candidate";

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

export const WHY_PROMPT =
  /^(?:What (?:reason|purpose) does the article give\?|أكمل (?:السبب|الهدف) الذي يذكره المقال)/u;

export function buildWhy(c: Ctx, out: Candidate[]): void {
  const reasons = findReasons(c);
  if (reasons.length === 0) return;
  for (const r of reasons) {
    const s = c.sentences[r.sent]!;
    const keyN = normalizeForMatch(r.reason);
    const taken = [keyN];
    const ds: string[] = [];
    // only other reasons the article states, of the same shape, compete with the key
    for (const o of reasons) {
      if (ds.length >= 3) break;
      // Arabic causes and purposes are both noun phrases («بسبب ارتفاع …», «بهدف تعزيز …»)
      if (o === r || (o.group !== r.group && !(ar(c) && o.group !== "clause" && r.group !== "clause"))) continue;
      const n = normalizeForMatch(o.reason);
      if (taken.some((t) => t.includes(n) || n.includes(t))) continue;
      if (normContains(r.main, o.reason)) continue;
      ds.push(o.reason);
      taken.push(n);
    }
    // (other statements of the article offered as "reasons" read as scraps to a reviewer: only stated reasons compete)
    if (ds.length < 3) continue;
    const stem = `${r.main} ${r.marker} ${BLANK}`;
    const prompt = ar(c)
      ? `${r.group === "purpose" ? "أكمل الهدف الذي يذكره المقال" : "أكمل السبب الذي يذكره المقال"}: ${quoteWrap(c, stem)}`
      : `${r.group === "purpose" ? "What purpose does the article give? Complete" : "What reason does the article give? Complete"}: ${quoteWrap(c, stem)}`;
    const ch = choiceSet(c, r.reason, ds, "why" + r.start);
    if (!ch) continue;
    const ev = { start: s.start, end: s.end };
    out.push(mkCand(c, "mcq", prompt, r.reason, ch, ev, s.idx, 0.8 + sentenceScore(c, s), 0.55, { why: true }));
  }
}
