// Builder: "which figure completes the statement" on a number or percentage.
import { contextFor } from "./sentences";
import type { Span } from "./spans";
import { BLANK, type Candidate, type Ctx, ar } from "./context";
import { collapse, othersIn, quoteWrap, sliceCtx, stripEndPunct } from "./text";
import { distractors } from "./distractors";
import { choiceSet, figureWeight, mkCand, sentenceScore, spanOk } from "./candidate";

export function buildNumber(c: Ctx, sp: Span, out: Candidate[]): void {
  const s = c.sentences[sp.sent]!;
  const cl = contextFor(s, c.lang, sp.start, sp.end);
  if (!spanOk(c, sp, cl)) return;
  const body = collapse(sliceCtx(c, cl, sp.start, sp.end, BLANK));
  const prompt = ar(c)
    ? `ما الرقم الذي يكمل العبارة: ${quoteWrap(c, stripEndPunct(body))}؟`
    : `Which figure completes the statement: ${quoteWrap(c, stripEndPunct(body))}?`;
  const { items, fromArticle } = distractors(c, sp, 3, othersIn(c, sp, cl));
  const ch = choiceSet(c, sp.text, items, "num" + sp.start);
  if (!ch) return;
  out.push(
    mkCand(
      c,
      "number",
      prompt,
      sp.text,
      ch,
      { start: cl.start, end: cl.end },
      s.idx,
      0.45 + sentenceScore(c, s) + figureWeight(sp),
      0.5 + 0.05 * fromArticle,
    ),
  );
}
