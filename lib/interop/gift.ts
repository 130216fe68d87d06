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
  readTypeMarker,
  typeMarker,
  type ExportSource,
  type InteropQuestion,
  type ParsedFile,
  type Skipped,
} from "./types";
import { readByKind, writeByKind } from "./question-kinds";
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
  const lines = writeByKind<string[]>(q, {
    trueFalse: (key) => [key === "true" ? "TRUE" : "FALSE"],
    shortAnswer: (answer) => [`=${escapeGift(answer)}`],
    matching: (pairs) => pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`),
    timeline: (events) => events.map((e) => `=${escapeGift(e.event)} -> ${e.position}`),
    choice: (choices) => choices.map((c) => `${c.isKey ? "=" : "~"}${escapeGift(c.text)}`),
  });
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
  return readByKind(
    parsed,
    (q) =>
      q.type === "Category" || q.type === "Description"
        ? null
        : { prompt: plainText(q.stem), feedback: plainText(q.globalFeedback) },
    (q, as) => {
      const marker = readTypeMarker(q.title);
      switch (q.type) {
        case "MC":
          as.choice(
            marker,
            q.choices.map((c) => plainText(c.text)),
            q.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => plainText(c.text)),
          );
          break;
        case "TF":
          as.trueFalse(q.isTrue ? "true" : "false");
          break;
        case "Short": {
          const right = q.choices.find((c) => c.isCorrect);
          as.shortAnswer(right ? plainText(right.text) : undefined);
          break;
        }
        case "Numerical": {
          const c = Array.isArray(q.choices) ? q.choices.find((x) => x.isCorrect)?.text : q.choices;
          if (!c || c.number === undefined) as.skip("unsupported_type", { type: "numerical range" });
          else as.shortAnswer(String(c.number));
          break;
        }
        case "Matching":
          as.pairs(
            marker,
            q.matchPairs.map((p) => ({ left: plainText(p.subquestion), right: p.subanswer.trim() })),
          );
          break;
        default:
          as.skip("unsupported_type", { type: q.type.toLowerCase() });
      }
    },
  );
}
