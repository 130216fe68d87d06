// Evidence for timeline and matching questions, item by item (issue 12). Their evidence span runs from the first
// item's sentence to the last one's — often half the article — so feedback that quoted it all hid the proof. Here each
// item (an event; a person with their role) is matched to the one sentence of the span that holds it, and feedback
// quotes only those sentences. Pure: no database, so the answer path, the attempt view and review share it.
import "server-only";
import { normalizeForMatch } from "@/questions/index";

export interface EvidencePart {
  /** UTF-16 offsets into the article body. */
  start: number;
  end: number;
  text: string;
}

/** Share of an item's words a sentence must hold to be that item's sentence (an event loses its date phrase). */
const MIN_SHARE = 0.6;

function wordsOf(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** The sentences of `text` (lines first, then Intl.Segmenter's sentence breaks), as offsets, trimmed. */
function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const segmenter = new Intl.Segmenter(/\p{Script=Arabic}/u.test(text) ? "ar" : "en", { granularity: "sentence" });
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (body) out.push({ start: lineStart + index + lead, end: lineStart + index + lead + body.length });
    }
    lineStart += line.length + 1;
  }
  return out;
}

/**
 * For each item, the sentence of the evidence span holding the largest share of its words; the sentences in article
 * order, each once. An item may offer alternatives, tried in order (a matching pair: the person with their role, else
 * the person alone). Null when an item has no sentence holding at least MIN_SHARE of its words, or when the sentences
 * would be the whole span anyway: then the caller quotes the span as before.
 */
export function itemEvidence({
  span,
  spanStart,
  items,
}: {
  /** The evidence text: body.slice(spanStart, spanEnd). */
  span: string;
  spanStart: number;
  items: ReadonlyArray<string | readonly string[]>;
}): EvidencePart[] | null {
  if (items.length === 0 || !span.trim()) return null;
  const sentences = sentencesOf(span).map((s) => ({
    ...s,
    words: new Set(wordsOf(span.slice(s.start, s.end))),
  }));
  if (sentences.length < 2) return null;
  const sentenceOf = (item: string) => {
    const words = wordsOf(item);
    let best = -1;
    let bestShare = 0;
    sentences.forEach((s, i) => {
      const share = words.length ? words.filter((w) => s.words.has(w)).length / words.length : 0;
      if (share > bestShare) [best, bestShare] = [i, share];
    });
    return bestShare >= MIN_SHARE ? best : -1;
  };
  const chosen = new Set<number>();
  for (const item of items) {
    const found = (typeof item === "string" ? [item] : item).map(sentenceOf).find((i) => i >= 0);
    if (found === undefined) return null;
    chosen.add(found);
  }
  const parts = [...chosen]
    .sort((a, b) => a - b)
    .map((i) => sentences[i]!)
    .map((s) => ({ start: spanStart + s.start, end: spanStart + s.end, text: span.slice(s.start, s.end) }));
  const quoted = parts.reduce((n, p) => n + p.text.length, 0);
  return quoted >= span.trim().length * 0.9 ? null : parts;
}

/** The items a timeline or matching question's evidence is made of; none for other types. */
export function evidenceItems(question: {
  type: string;
  answer: string | string[];
  left?: readonly string[] | null;
}): Array<string | string[]> {
  const answer = Array.isArray(question.answer) ? question.answer : [];
  if (question.type === "timeline") return answer;
  if (question.type === "matching")
    return answer.map((right, i) => {
      const person = question.left?.[i] ?? "";
      return person ? [`${person} ${right}`, person] : [right];
    });
  return [];
}
