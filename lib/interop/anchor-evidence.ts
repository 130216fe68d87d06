// Finds an imported question's evidence sentence in the article it is imported into, so its offsets are recomputed
// for this text: the offsets it came with when they still point at the same words, else the first place the words
// appear (spacing and line breaks may differ, as they do once text went through an LMS).
import "server-only";
export function anchorEvidence(
  body: string,
  text: string | undefined,
  hint?: { start: number; end: number },
): { start: number; end: number } | null {
  const wanted = (text ?? "").trim();
  if (!wanted) return null;
  if (
    hint &&
    hint.start >= 0 &&
    hint.end <= body.length &&
    hint.start < hint.end &&
    body.slice(hint.start, hint.end).trim() === wanted
  ) {
    return hint;
  }
  const at = body.indexOf(wanted);
  if (at >= 0) return { start: at, end: at + wanted.length };
  const words = wanted.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const m = new RegExp(words.join("\\s+"), "u").exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
