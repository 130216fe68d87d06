// Builder: date questions ("متى/في أي عام …؟", "In what year …?", or a fill-in when no wh-question fits).
import { normalizeForMatch } from "./normalize";
import { contextFor, wordCount, type Clause } from "./sentences";
import type { Span } from "./spans";
import { BLANK, type Candidate, type Ctx, ar } from "./context";
import {
  collapse,
  datePhraseDetachable,
  othersIn,
  quoteWrap,
  sliceCtx,
  startsWithPronoun,
  stripEndPunct,
  stripLeadConnective,
} from "./text";
import { distractors } from "./distractors";
import { choiceSet, mkCand, sentenceScore, spanOk } from "./candidate";
import { englishWhenQuestion } from "./wh-english";

export function buildDate(c: Ctx, sp: Span, out: Candidate[]): void {
  const s = c.sentences[sp.sent]!;
  let cl = contextFor(s, c.lang, sp.start, sp.end, 28);
  // a relative clause on its own is a fragment: show the whole sentence instead (as a fill-in, see below)
  let subordinate = false;
  if (!ar(c) && /^(?:which|where|who|whom|whose|that|when|while)\b/iu.test(cl.text) && wordCount(s.text) <= 50) {
    cl = { start: s.start, end: s.end, text: s.text };
    subordinate = true;
  }
  // the date sits in a relative clause: a wh-question on the main verb would ask the wrong thing
  const lead = c.text.slice(cl.start, sp.start);
  // ("X, which was first proposed in 1998, …" is fine: it becomes "In what year was X first proposed?")
  if (
    !ar(c) &&
    /,\s+(?:which|where|who|when|while|whose)\b/iu.test(lead) &&
    !/^[^,]{3,80},\s+(?:which|who)\s+(?:was|were)\s+[^,]*$/u.test(lead)
  )
    subordinate = true;
  if (
    !ar(c) &&
    (c.bySent.get(s.idx) ?? []).some((x) => x !== sp && x.kind === "date" && x.start >= cl.start && x.end <= cl.end)
  )
    subordinate = true;
  if (!spanOk(c, sp, cl)) return;
  const ps = Math.max(cl.start, sp.phraseStart ?? sp.start);
  if (!datePhraseDetachable(c, sp, cl.start)) return;
  let rest = collapse(c.text.slice(cl.start, ps) + " " + c.text.slice(sp.end, cl.end));
  rest = stripLeadConnective(c, stripEndPunct(rest).replace(/^[،,]\s*/u, ""));
  if (wordCount(rest) < 4) return;
  // a resolved pronoun sentence is asked as a fill-in below (the prompt then shows who "it"/"they" is)
  if (startsWithPronoun(c, rest) && !(!ar(c) && c.pron.has(cl.start))) return;
  // other dates left in the question would give it away / confuse
  let prompt: string | null = null;
  const prep = sp.prep ?? "";
  if (ar(c)) {
    const q =
      /(^|\s)منذ$/u.test(prep) || prep === "منذ" || prep.endsWith("منذ")
        ? "منذ متى"
        : sp.fmt === "y"
          ? "في أي عام"
          : "متى";
    // the date belongs to a relative clause ("… تحقيق نشرته صحيفة X عام 2017"): ask it as a fill-in
    const leadN = normalizeForMatch(c.text.slice(cl.start, sp.start));
    const otherDate = (c.bySent.get(s.idx) ?? []).some(
      (x) => x !== sp && x.kind === "date" && x.start >= cl.start && x.end <= cl.end,
    );
    if (
      otherDate ||
      /(?:^| )(?:الذي|التي|الذين|اللذين|اللتين|نشرته|نشرتها|الصادره|الصادر|الموقعه|الموقع|الوارده)(?: |$)/u.test(leadN)
    ) {
      // the date belongs to a relative clause or sits next to another date: ask it as a fill-in on the whole sentence
      const fc: Clause =
        cl.start !== s.start && wordCount(s.text) <= 45 ? { start: s.start, end: s.end, text: s.text } : cl;
      if (!spanOk(c, sp, fc)) return;
      cl = fc;
      prompt = `ما التاريخ الذي يكمل العبارة: ${quoteWrap(c, stripEndPunct(collapse(sliceCtx(c, fc, sp.start, sp.end, BLANK))))}؟`;
    } else prompt = `${q} ${rest}؟`;
  } else {
    const word = sp.fmt === "y" ? "In what year" : "When";
    let restTrim = rest.replace(/^[,;]\s*/u, "");
    const semi = restTrim.indexOf(";");
    if (semi > 0) restTrim = restTrim.slice(0, semi);
    prompt =
      subordinate ||
      /^(?:it|he|she|they|this|these|its|his|her|their|which|where|who|whom|whose|that|when|while|as|and|but|or)\b/iu.test(
        restTrim,
      )
        ? null
        : englishWhenQuestion(restTrim[0]!.toUpperCase() + restTrim.slice(1), word, c.text);
    if (!prompt)
      prompt = `Which date completes the statement: ${quoteWrap(c, stripEndPunct(collapse(sliceCtx(c, cl, sp.start, sp.end, BLANK))))}?`;
  }
  const { items, fromArticle } = distractors(c, sp, 3, othersIn(c, sp, cl));
  const ch = choiceSet(c, sp.text, items, "date" + sp.start);
  if (!ch) return;
  out.push(
    mkCand(
      c,
      "date",
      prompt,
      sp.text,
      ch,
      { start: cl.start, end: cl.end },
      s.idx,
      0.7 + sentenceScore(c, s),
      0.4 + 0.1 * fromArticle,
    ),
  );
  // also a true/false on the date handled in buildTrueFalse
}
