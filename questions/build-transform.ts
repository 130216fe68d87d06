// Builder: "what did A become?" for two named spans joined by a became / renamed / تحولت إلى cue.
import { normalizeForMatch } from "./normalize";
import type { Sentence } from "./sentences";
import type { Span } from "./spans";
import { type Candidate, type Ctx, ar } from "./context";
import { normContains } from "./text";
import { conflicts, distractors } from "./distractors";
import { choiceSet, mkCand, sentenceScore } from "./candidate";

const TRANSFORM_AR =
  /^\s*(?:و)?(?:الذي|التي|الذين)?\s*(?:(?:سرعان ما|ما لبثت? ان)\s+)?(تحول|تحولت|اصبح|اصبحت|صار|صارت|سميت|سمي|اعيدت تسميته|اعيدت تسميتها|اعيد تسميته|اعيد تسميتها|استبدلت|استبدل)\s*(?:لاحقا|فيما بعد|بعد ذلك|لاحقا)?\s*(?:الي|باسم|ب)?\s*(?:اسم)?\s*$/u;
const TRANSFORM_EN =
  /^\s*,?\s*(?:(?:which|that|who)\s+|(?:but|and)\s+(?:it|they)\s+(?:later\s+|eventually\s+)?)?(?:(?:was|were|is|has been|had been)\s+)?(?:(?:later|subsequently|eventually|then|soon)\s+)?(became|become|renamed|turned into|evolved into|replaced by|succeeded by|known as|rebranded as|rebranded)\s*(?:the\s+|as\s+)?$/u;

export function buildTransform(c: Ctx, sp: Span[], out: Candidate[]): void {
  // pairs of named spans in one sentence joined by a "became / تحولت إلى" cue
  for (let i = 0; i < sp.length; i++) {
    for (let j = i + 1; j < sp.length && j <= i + 2; j++) {
      const a = sp[i]!;
      const b = sp[j]!;
      if (a.sent !== b.sent) continue;
      if (!(["quoted", "org", "place", "person"] as string[]).includes(a.kind) || b.kind !== a.kind) continue;
      if (b.start - a.end > 60) continue;
      const between = c.text.slice(a.end, b.start).replace(/["«»“”]/gu, " ");
      const bn = normalizeForMatch(between);
      const s = c.sentences[a.sent]!;
      if (ar(c)) {
        const vm = TRANSFORM_AR.exec(bn);
        if (!vm) continue;
        // the verb and "later" as written
        const rawVerb =
          /[\p{L}\p{M}]*(?:تحو|أصب|اصب|صار|سم|تسمي|حل|استبدل|خلف)[\p{L}\p{M}]*/u.exec(between)?.[0] ?? "تحولت";
        const later = /لاحق[\p{L}\p{M}]*|فيما بعد/u.exec(between)?.[0];
        const hasIla = /(?:^|\s)(?:إلى|الى)(?:\s|$)/u.test(between) || /(?:^|\s)الي(?:\s|$)/u.test(bn);
        // head noun before A (outside the quote marks)
        const info = c.infos[a.sent]!;
        const headTok = [...info.toks]
          .reverse()
          .find((t) => t.e <= a.start - (a.kind === "quoted" ? 1 : 0) && t.e >= a.start - 3);
        let head = headTok ? headTok.raw.replace(/^[وفبلك](?=[\p{L}]{3,})/u, "") : "";
        if (headTok && !/^(?:و|ف|ب|ل|ك)?ال/u.test(headTok.n) && /^[وفبلك]/u.test(headTok.n) && headTok.n.length > 4)
          head = headTok.raw.slice(1);
        if (headTok && (headTok.n === "في" || headTok.n === "من" || headTok.n.length < 3)) head = "";
        const headBare = head.replace(/^ال/u, "");
        const aName = head ? `${head} ${a.text}` : a.text;
        const prompt = hasIla
          ? `إلى أي ${headBare || "شيء"} ${rawVerb} ${aName}${later ? " " + later : ""}؟`
          : `ماذا ${rawVerb} ${aName}${later ? " " + later : ""}؟`;
        pushTransform(c, a, b, s, prompt, out);
      } else {
        const vm = TRANSFORM_EN.exec(between.toLowerCase());
        if (!vm) continue;
        const later = /\blater\b/u.test(between) ? " later" : "";
        const v = vm[1]!;
        const aText = a.kind === "quoted" ? `“${a.text}”` : a.text;
        const prompt =
          v === "renamed"
            ? `What was ${aText} renamed?`
            : v === "replaced by" || v === "succeeded by"
              ? `What replaced ${aText}?`
              : v === "known as"
                ? `What was ${aText}${later} known as?`
                : `What did ${aText}${later} become?`;
        pushTransform(c, a, b, s, prompt, out);
      }
    }
  }
}

function pushTransform(c: Ctx, a: Span, b: Span, s: Sentence, prompt: string, out: Candidate[]): void {
  if (normContains(prompt, b.text)) return;
  const ev = { start: s.start, end: s.end };
  // the answer is of the same sort as A ("عملية X … إلى Y": Y is an operation too)
  const { items } = distractors(c, { ...b, head: a.head ?? b.head }, 3, [a.text]);
  // only things of the same sort as A ("operation" for an operation): a newspaper or a militia offered as what an
  // operation became is the wrong kind; without three such, the question is asked as a typed answer alone
  const head = a.head ?? b.head;
  const sameSort = new Set(
    c.ex.spans.filter((x) => x.kind === b.kind && head && x.head === head).map((x) => normalizeForMatch(x.text)),
  );
  const ds = items.filter((x) => !conflicts(c, a.norm, normalizeForMatch(x)) && sameSort.has(normalizeForMatch(x)));
  const ch = choiceSet(c, b.text, ds, "tr" + b.start);
  if (ch)
    out.push(mkCand(c, "mcq", prompt, b.text, ch, ev, s.idx, 1.3 + sentenceScore(c, s), 0.45, { transform: true }));
  out.push(
    mkCand(c, "short_answer", prompt, b.text, [], ev, s.idx, 0.9 + sentenceScore(c, s), 0.7, { transform: true }),
  );
}
