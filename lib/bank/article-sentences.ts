// The article's sentences as offset spans, for choosing a hand-written question's evidence. Unlike the generator's
// splitter, nothing is skipped (titles and short lines can be evidence too); every span is trimmed and non-empty.
import "server-only";
export interface TextSpan {
  start: number;
  end: number;
}

export function splitArticleSentences(body: string, language: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const segmenter =
    typeof Intl !== "undefined" && "Segmenter" in Intl
      ? new Intl.Segmenter(language === "ar" ? "ar" : "en", { granularity: "sentence" })
      : null;
  const lineRe = /[^\r\n\u2028\u2029]+/gu;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(body)) !== null) {
    const lineStart = m.index;
    const pieces = segmenter
      ? [...segmenter.segment(m[0])].map((s) => [lineStart + s.index, lineStart + s.index + s.segment.length] as const)
      : [[lineStart, lineStart + m[0].length] as const];
    for (const [a, b] of pieces) {
      let s = a;
      let e = b;
      while (s < e && /\s/u.test(body[s]!)) s++;
      while (e > s && /\s/u.test(body[e - 1]!)) e--;
      if (e > s) spans.push({ start: s, end: e });
    }
  }
  return spans;
}
