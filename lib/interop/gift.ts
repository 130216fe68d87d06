// GIFT (docs.moodle.org/en/GIFT_format): written here with every special character escaped, read with gift-pegjs
// (a maintained PEG grammar of the format) whose syntax errors carry a line and a column.
// Fallback for timelines as in Moodle XML: a matching question "event -> position", named "[fahm-timeline]".
import "server-only";
import { parse as parseGift, type GIFTQuestion, type TextFormat } from "gift-pegjs";
import { convert } from "html-to-text";
import {
  asList,
  asText,
  dirOfLanguage,
  InteropFileError,
  multichoiceType,
  readTypeMarker,
  shownRightItems,
  typeMarker,
  type ExportSource,
  type InteropQuestion,
  type ParsedFile,
  type Skipped,
} from "./types";
import { escapeHtml } from "./xml";

/** GIFT's special characters, escaped with a backslash; line breaks become spaces (a blank line ends a question). */
function escapeGift(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/([\\~=#{}:])/g, "\\$1");
}

/** Text in GIFT's [html] format so the direction travels (`<p dir="rtl">`). */
function giftHtml(text: string, dir: string): string {
  return `[html]${escapeGift(`<p dir="${dir}">${escapeHtml(text)}</p>`)}`;
}

function answerBlock(q: InteropQuestion, dir: string): string[] {
  const lines: string[] = [];
  switch (q.type) {
    case "true_false":
      lines.push(asText(q.answer) === "true" ? "TRUE" : "FALSE");
      break;
    case "short_answer":
      lines.push(`=${escapeGift(asText(q.answer))}`);
      break;
    case "matching": {
      const right = asList(q.answer);
      (q.left ?? []).forEach((l, i) => lines.push(`=${escapeGift(l)} -> ${escapeGift(right[i] ?? "")}`));
      break;
    }
    case "timeline": {
      const order = asList(q.answer);
      q.choices.forEach((event) => lines.push(`=${escapeGift(event)} -> ${order.indexOf(event) + 1}`));
      break;
    }
    default: {
      const key = asText(q.answer);
      q.choices.forEach((c) => lines.push(`${c === key ? "=" : "~"}${escapeGift(c)}`));
    }
  }
  if (q.evidenceText) lines.push(`####${giftHtml(q.evidenceText, dir)}`);
  return lines;
}

/** GIFT cannot escape "->": an answer or matching item holding it would read back as another question. */
export function giftMisfits(questions: InteropQuestion[]): Skipped[] {
  return questions.flatMap((q, i) => {
    const items =
      q.type === "short_answer"
        ? [asText(q.answer)]
        : q.type === "matching"
          ? [...(q.left ?? []), ...asList(q.answer)]
          : q.type === "timeline"
            ? q.choices
            : [];
    return items.some((t) => t.includes("->"))
      ? [{ n: i + 1, prompt: q.prompt, code: "unsupported_text" as const, detail: { text: "->" } }]
      : [];
  });
}

/** The questions listed by giftMisfits are left out (the export reports them). */
export function exportGift(src: ExportSource): string {
  const dir = dirOfLanguage(src.language);
  const blocks = [`$CATEGORY: $course$/top/${src.title.replace(/\s+/g, " ").replace(/\//g, "//")}`];
  const misfits = new Set(giftMisfits(src.questions).map((m) => m.n));
  src.questions.forEach((q, i) => {
    if (misfits.has(i + 1)) return;
    blocks.push(
      [
        `::${typeMarker(i + 1, q.type)}::${giftHtml(q.prompt, dir)}{`,
        ...answerBlock(q, dir).map((l) => `\t${l}`),
        "}",
      ].join("\n"),
    );
  });
  return `${blocks.join("\n\n")}\n`;
}

function plainText(t: TextFormat | null | undefined): string {
  if (!t) return "";
  const text = t.format === "html" || /<\/?[a-z][^>]*>/i.test(t.text) ? convert(t.text, { wordwrap: false }) : t.text;
  return text.replace(/\s+/g, " ").trim();
}

export function importGift(text: string): ParsedFile {
  let parsed: GIFTQuestion[];
  try {
    parsed = parseGift(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  } catch (err) {
    const loc = (err as { location?: { start?: { line?: number; column?: number } } }).location?.start;
    const line = loc?.line ?? 0;
    const column = loc?.column ?? 0;
    const reason = err instanceof Error ? err.message : String(err);
    throw new InteropFileError("gift_syntax", `GIFT syntax error at line ${line}, column ${column}: ${reason}`, {
      line,
      column,
      reason,
    });
  }
  const out: ParsedFile = { questions: [], skipped: [] };
  let n = 0;
  for (const q of parsed) {
    if (q.type === "Category" || q.type === "Description") continue;
    n++;
    const prompt = plainText(q.stem);
    const skip = (code: Skipped["code"], detail?: Skipped["detail"]) =>
      out.skipped.push({ n, prompt, code, ...(detail ? { detail } : {}) });
    const evidenceText = plainText(q.globalFeedback);
    const base = { n, prompt, ...(evidenceText ? { evidenceText } : {}) };
    const marker = readTypeMarker(q.title);
    switch (q.type) {
      case "MC": {
        const correct = q.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0);
        if (correct.length === 0) skip("no_correct_answer");
        else if (correct.length > 1) skip("several_correct_answers");
        else
          out.questions.push({
            ...base,
            type: multichoiceType(marker),
            choices: q.choices.map((c) => plainText(c.text)),
            answer: plainText(correct[0]!.text),
          });
        break;
      }
      case "TF":
        out.questions.push({
          ...base,
          type: "true_false",
          choices: ["true", "false"],
          answer: q.isTrue ? "true" : "false",
        });
        break;
      case "Short": {
        const right = q.choices.find((c) => c.isCorrect);
        if (!right) skip("no_correct_answer");
        else out.questions.push({ ...base, type: "short_answer", choices: [], answer: plainText(right.text) });
        break;
      }
      case "Numerical": {
        const c = Array.isArray(q.choices) ? q.choices.find((x) => x.isCorrect)?.text : q.choices;
        if (!c || c.number === undefined) skip("unsupported_type", { type: "numerical range" });
        else out.questions.push({ ...base, type: "short_answer", choices: [], answer: String(c.number) });
        break;
      }
      case "Matching": {
        const pairs = q.matchPairs.map((p) => ({ left: plainText(p.subquestion), right: p.subanswer.trim() }));
        const positions = pairs.map((p) => Number(p.right));
        if (marker === "timeline" && [...positions].sort((a, b) => a - b).every((p, i) => p === i + 1)) {
          out.questions.push({
            ...base,
            type: "timeline",
            choices: pairs.map((p) => p.left),
            answer: [...pairs].sort((a, b) => Number(a.right) - Number(b.right)).map((p) => p.left),
          });
        } else {
          const real = pairs.filter((p) => p.left.length > 0);
          const answer = real.map((p) => p.right);
          out.questions.push({
            ...base,
            type: "matching",
            left: real.map((p) => p.left),
            choices: shownRightItems(answer),
            answer,
          });
        }
        break;
      }
      default:
        skip("unsupported_type", { type: q.type.toLowerCase() });
    }
  }
  return out;
}
