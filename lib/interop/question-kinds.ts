// The walk over question kinds that Moodle XML and GIFT share (issue 14: it was written twice). Both formats know the
// same five shapes — true/false, a typed answer, matching, matching used for a timeline ("event → position"), and a
// single-answer multiple choice for every other Fahm type — so each format only says how to write or read a shape.
import "server-only";
import {
  asList,
  asText,
  multichoiceType,
  shownRightItems,
  type InteropQuestion,
  type ParsedFile,
  type Skipped,
} from "./types";

/** How one format writes each shape of question. */
export interface KindWriter<R> {
  /** The key as stored ("true" or "false"). */
  trueFalse(key: string): R;
  shortAnswer(answer: string): R;
  /** Each left-hand item with its right-hand item. */
  matching(pairs: { left: string; right: string }[]): R;
  /** Each event, in the order stored, with its 1-based position in time. */
  timeline(events: { event: string; position: number }[]): R;
  /** Every other type: its choices, the key marked. */
  choice(choices: { text: string; isKey: boolean }[]): R;
}

export function writeByKind<R>(q: InteropQuestion, write: KindWriter<R>): R {
  switch (q.type) {
    case "true_false":
      return write.trueFalse(asText(q.answer));
    case "short_answer":
      return write.shortAnswer(asText(q.answer));
    case "matching": {
      const right = asList(q.answer);
      return write.matching((q.left ?? []).map((left, i) => ({ left, right: right[i] ?? "" })));
    }
    case "timeline": {
      const order = asList(q.answer);
      return write.timeline(q.choices.map((event) => ({ event, position: order.indexOf(event) + 1 })));
    }
    default: {
      const key = asText(q.answer);
      return write.choice(q.choices.map((text) => ({ text, isKey: text === key })));
    }
  }
}

/** One question of a file being read: it ends added (as one of the shapes) or skipped with a reason. */
export interface KindReader {
  skip(code: Skipped["code"], detail?: Skipped["detail"]): void;
  trueFalse(key: "true" | "false" | null): void;
  /** A typed answer; no key → skipped. */
  shortAnswer(answer: string | undefined): void;
  /**
   * A single-answer multiple choice (its type from the name's marker): skipped with no right choice, or with several
   * (`isPartial`: a choice worth less than full marks counts as several).
   */
  choice(marker: string | null, choices: string[], right: string[], isPartial?: boolean): void;
  /** Matching, or a timeline when the marker says so and the right-hand items are the positions 1…n. */
  pairs(marker: string | null, pairs: { left: string; right: string }[]): void;
}

/**
 * Reads a format's questions in order. `head` gives an item's prompt and general feedback (the evidence), or null
 * for what is not a question (a category, a description), which is not counted; `read` says which shape it is.
 */
export function readByKind<T>(
  items: Iterable<T>,
  head: (item: T) => { prompt: string; feedback: string } | null,
  read: (item: T, as: KindReader) => void,
): ParsedFile {
  const out: ParsedFile = { questions: [], skipped: [] };
  let n = 0;
  for (const item of items) {
    const h = head(item);
    if (!h) continue;
    n++;
    const { prompt } = h;
    const base = { n, prompt, ...(h.feedback ? { evidenceText: h.feedback } : {}) };
    const skip: KindReader["skip"] = (code, detail) =>
      out.skipped.push({ n, prompt, code, ...(detail ? { detail } : {}) });
    const add = (q: Pick<InteropQuestion, "type" | "choices" | "answer" | "left">) =>
      out.questions.push({ ...base, ...q });
    read(item, {
      skip,
      trueFalse: (key) =>
        key ? add({ type: "true_false", choices: ["true", "false"], answer: key }) : skip("no_correct_answer"),
      shortAnswer: (answer) =>
        answer === undefined ? skip("no_correct_answer") : add({ type: "short_answer", choices: [], answer }),
      choice(marker, choices, right, isPartial = false) {
        const [key, ...others] = right;
        if (key === undefined) skip("no_correct_answer");
        else if (others.length > 0 || isPartial) skip("several_correct_answers");
        else add({ type: multichoiceType(marker), choices, answer: key });
      },
      pairs(marker, pairs) {
        const positions = pairs.map((p) => Number(p.right));
        if (marker === "timeline" && [...positions].sort((a, b) => a - b).every((p, i) => p === i + 1)) {
          const answer = [...pairs].sort((a, b) => Number(a.right) - Number(b.right)).map((p) => p.left);
          add({ type: "timeline", choices: pairs.map((p) => p.left), answer });
        } else {
          // Distractor-only items (no left side) are not a Fahm concept; the rest is a matching question.
          const real = pairs.filter((p) => p.left.length > 0);
          const answer = real.map((p) => p.right);
          add({ type: "matching", left: real.map((p) => p.left), choices: shownRightItems(answer), answer });
        }
      },
    });
  }
  return out;
}
