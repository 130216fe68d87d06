// Moodle XML (docs.moodle.org/en/Moodle_XML_format): multichoice, truefalse, shortanswer, matching, numerical in;
// the same out, the evidence sentence as general feedback and the article's title as the category.
// Fallback: Moodle's core has no timeline type in the XML format we target, so a timeline goes out as a matching
// question "event → position (1, 2, 3…)" named "[fahm-timeline]", which Fahm reads back as a timeline.
import "server-only";
import { convert } from "html-to-text";
import { attrOf, buildXml, escapeHtml, parseXml, textOf } from "./xml";
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

const html = (text: string, dir: string) => ({ "@_format": "html", text: `<p dir="${dir}">${escapeHtml(text)}</p>` });
const plain = (text: string) => ({ "@_format": "plain_text", text });

/** Moodle's category path separator is "/"; a slash inside a name is written "//". */
function categoryPath(title: string): string {
  return `$course$/top/${title.replace(/\//g, "//")}`;
}

function exportQuestion(q: InteropQuestion, n: number, dir: string): Record<string, unknown> {
  const common = {
    name: { text: typeMarker(n, q.type) },
    questiontext: html(q.prompt, dir),
    generalfeedback: q.evidenceText ? html(q.evidenceText, dir) : { "@_format": "html", text: "" },
    defaultgrade: "1",
    penalty: "0",
    hidden: "0",
  };
  switch (q.type) {
    case "true_false": {
      const key = asText(q.answer);
      return {
        "@_type": "truefalse",
        ...common,
        answer: ["true", "false"].map((v) => ({
          "@_fraction": v === key ? "100" : "0",
          "@_format": "moodle_auto_format",
          text: v,
        })),
      };
    }
    case "short_answer":
      return {
        "@_type": "shortanswer",
        ...common,
        usecase: "0",
        answer: [{ "@_fraction": "100", ...plain(asText(q.answer)) }],
      };
    case "matching": {
      const left = q.left ?? [];
      const right = asList(q.answer);
      return {
        "@_type": "matching",
        ...common,
        shuffleanswers: "true",
        subquestion: left.map((l, i) => ({ ...html(l, dir), answer: { text: right[i] ?? "" } })),
      };
    }
    case "timeline": {
      const order = asList(q.answer);
      return {
        "@_type": "matching",
        ...common,
        shuffleanswers: "true",
        subquestion: q.choices.map((event) => ({
          ...html(event, dir),
          answer: { text: String(order.indexOf(event) + 1) },
        })),
      };
    }
    default: {
      const key = asText(q.answer);
      return {
        "@_type": "multichoice",
        ...common,
        single: "true",
        shuffleanswers: "true",
        answernumbering: "abc",
        answer: q.choices.map((c) => ({ "@_fraction": c === key ? "100" : "0", ...plain(c) })),
      };
    }
  }
}

export function exportMoodleXml(src: ExportSource): string {
  const dir = dirOfLanguage(src.language);
  const questions: Record<string, unknown>[] = [
    { "@_type": "category", category: { text: categoryPath(src.title) } },
    ...src.questions.map((q, i) => exportQuestion(q, i + 1, dir)),
  ];
  return buildXml({ quiz: { question: questions } });
}

/** A Moodle text field: HTML turned into plain text, other formats as written. */
function fieldText(node: unknown): string {
  const text = textOf((node as { text?: unknown } | undefined)?.text ?? node);
  const format = attrOf(node, "format") ?? "html";
  const plainText = format === "html" || format === "moodle_auto_format" ? htmlToPlain(text) : text;
  return plainText.replace(/\s+/g, " ").trim();
}
function htmlToPlain(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return convert(text, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
    ],
  });
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

export function importMoodleXml(text: string): ParsedFile {
  const doc = parseXml(text, ["question", "answer", "subquestion"]);
  const quiz = doc.quiz as Node | undefined;
  if (!quiz || typeof quiz !== "object")
    throw new InteropFileError("not_moodle_xml", "This XML is not a Moodle question export (no <quiz> element).");
  const out: ParsedFile = { questions: [], skipped: [] };
  let n = 0;
  for (const node of list(quiz.question)) {
    const type = attrOf(node, "type") ?? "";
    if (type === "category" || type === "description") continue;
    n++;
    const prompt = fieldText(node.questiontext);
    const marker = readTypeMarker(textOf((node.name as Node | undefined)?.text));
    const feedback = fieldText(node.generalfeedback);
    const evidenceText = feedback ? feedback : undefined;
    const skip = (code: Skipped["code"], detail?: Skipped["detail"]) =>
      out.skipped.push({ n, prompt, code, ...(detail ? { detail } : {}) });
    const answers = list(node.answer).map((a) => ({
      text: fieldText(a),
      fraction: Number(attrOf(a, "fraction") ?? 0),
    }));
    const base = { n, prompt, ...(evidenceText ? { evidenceText } : {}) };
    switch (type) {
      case "multichoice": {
        const correct = answers.filter((a) => a.fraction > 0);
        if (correct.length === 0) skip("no_correct_answer");
        else if (correct.length > 1 || correct[0]!.fraction < 100) skip("several_correct_answers");
        else
          out.questions.push({
            ...base,
            type: multichoiceType(marker),
            choices: answers.map((a) => a.text),
            answer: correct[0]!.text,
          });
        break;
      }
      case "truefalse": {
        const right = answers.find((a) => a.fraction >= 100);
        const key = right ? (/^(true|vrai|wahr|صح|صحيح)$/i.test(right.text) ? "true" : "false") : null;
        if (!key) skip("no_correct_answer");
        else out.questions.push({ ...base, type: "true_false", choices: ["true", "false"], answer: key });
        break;
      }
      case "shortanswer": {
        const right = answers.find((a) => a.fraction >= 100);
        if (!right) skip("no_correct_answer");
        else out.questions.push({ ...base, type: "short_answer", choices: [], answer: right.text });
        break;
      }
      case "numerical": {
        const right = answers.find((a) => a.fraction >= 100);
        if (!right) skip("no_correct_answer");
        else out.questions.push({ ...base, type: "short_answer", choices: [], answer: right.text });
        break;
      }
      case "matching": {
        const pairs = list(node.subquestion)
          .map((s) => ({ left: fieldText(s), right: fieldText(list(s.answer)[0] ?? "") }))
          .filter((p) => p.right.length > 0);
        const positions = pairs.map((p) => Number(p.right));
        const isTimeline =
          marker === "timeline" &&
          positions.every((p) => Number.isInteger(p)) &&
          [...positions].sort((a, b) => a - b).every((p, i) => p === i + 1);
        if (isTimeline) {
          const choices = pairs.map((p) => p.left);
          const answer = [...pairs].sort((a, b) => Number(a.right) - Number(b.right)).map((p) => p.left);
          out.questions.push({ ...base, type: "timeline", choices, answer });
        } else {
          // Distractor-only items (no left side) are not a Fahm concept; the rest is a matching question.
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
        skip("unsupported_type", { type });
    }
  }
  return out;
}
