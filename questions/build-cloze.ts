// Builders on one span in its clause: fill-in-the-blank (cloze, with a typed short-answer variant) and true/false.
import { contextFor, wordCount } from "./sentences";
import type { Span } from "./spans";
import { BLANK, type Candidate, type Ctx, ar } from "./context";
import { collapse, normContains, othersIn, quoteWrap, shownClause, sliceCtx } from "./text";
import { distractors, isNamingHead } from "./distractors";
import { KIND_WEIGHT, choiceSet, mkCand, sentenceScore, spanOk } from "./candidate";

export function buildCloze(c: Ctx, sp: Span, out: Candidate[]): void {
  const s = c.sentences[sp.sent]!;
  const cl = contextFor(s, c.lang, sp.start, sp.end, 40, 10);
  if (!spanOk(c, sp, cl)) return;
  if (wordCount(cl.text) < 5) return;
  const prompt = collapse(sliceCtx(c, cl, sp.start, sp.end, BLANK));
  const { items, fromArticle } = distractors(c, sp, 3, othersIn(c, sp, cl));
  const base = (KIND_WEIGHT[sp.kind] ?? 0.2) + sentenceScore(c, s);
  const ch = choiceSet(c, sp.text, items, "cloze" + sp.start);
  if (ch) {
    out.push(
      mkCand(
        c,
        "cloze",
        prompt,
        sp.text,
        ch,
        { start: cl.start, end: cl.end },
        s.idx,
        base + 0.1 * fromArticle,
        0.35 + 0.1 * fromArticle,
      ),
    );
  }
  // typed variant for short names (a quoted phrase that is not a name is not worth typing from memory)
  if (
    (sp.kind === "person" ||
      (sp.kind === "quoted" && isNamingHead(sp.head)) ||
      sp.kind === "place" ||
      sp.kind === "org") &&
    sp.text.split(/\s+/u).length <= 3
  ) {
    const p = ar(c)
      ? `اكتب ما يملأ الفراغ: ${quoteWrap(c, prompt)}`
      : `Type the missing word(s): ${quoteWrap(c, prompt)}`;
    out.push(mkCand(c, "short_answer", p, sp.text, [], { start: cl.start, end: cl.end }, s.idx, base - 0.15, 0.75));
  }
}

export function buildTrueFalse(c: Ctx, sp: Span, out: Candidate[]): void {
  const s = c.sentences[sp.sent]!;
  const cl = contextFor(s, c.lang, sp.start, sp.end, 40);
  if (!spanOk(c, sp, cl)) return;
  // a statement must be a whole sentence or its opening clauses, not a fragment from the middle
  if (cl.start !== s.start) return;
  // "In 1970 it merged …": an unresolved "it/they" makes the statement ambiguous
  if (
    !ar(c) &&
    !c.pron.has(cl.start) &&
    /^(?:In|On|By|Since|During|After|Before|Later|Then)\b[^,.;]{0,40}?,?\s+(?:it|they|this|these)\b/u.test(cl.text)
  )
    return;
  const wc = wordCount(cl.text);
  if (wc < 6 || wc > 45) return;
  const { items } = distractors(c, sp, 1, []);
  const alt = items[0];
  if (!alt) return;
  const truth = collapse(shownClause(c, cl));
  if (normContains(truth, alt)) return;
  const inside = (c.bySent.get(s.idx) ?? []).filter((x) => x.start >= cl.start && x.end <= cl.end).length;
  const falsePrompt = collapse(sliceCtx(c, cl, sp.start, sp.end, alt));
  out.push(
    mkCand(
      c,
      "true_false",
      truth,
      "true",
      ["true", "false"],
      { start: cl.start, end: cl.end },
      s.idx,
      0.15 + (KIND_WEIGHT[sp.kind] ?? 0.2) + sentenceScore(c, s) + 0.08 * Math.min(4, inside - 1),
      0.25,
      {
        falsePrompt,
        key: "tf:" + sp.norm,
      },
    ),
  );
}
