// Moodle XML (docs.moodle.org/en/Moodle_XML_format): multichoice, truefalse, shortanswer, matching, numerical in;
// the same out, the evidence sentence as general feedback and the article's title as the category.
// Fallback: Moodle's core has no timeline type in the XML format we target, so a timeline goes out as a matching
// question "event → position (1, 2, 3…)" named "[fahm-timeline]", which Fahm reads back as a timeline.
import "server-only";
import { convert } from "html-to-text";
import { attrOf, buildXml, escapeHtml, parseXml, textOf } from "./xml";
import {
  dirOfLanguage,
  InteropFileError,
  readTypeMarker,
  typeMarker,
  type ExportSource,
  type InteropQuestion,
  type ParsedFile,
} from "./types";
import { readByKind, writeByKind } from "./question-kinds";

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
  const matching = (subquestion: { text: string; answer: string }[]) => ({
    "@_type": "matching",
    ...common,
    shuffleanswers: "true",
    subquestion: subquestion.map((s) => ({ ...html(s.text, dir), answer: { text: s.answer } })),
  });
  return writeByKind<Record<string, unknown>>(q, {
    trueFalse: (key) => ({
      "@_type": "truefalse",
      ...common,
      answer: ["true", "false"].map((v) => ({
        "@_fraction": v === key ? "100" : "0",
        "@_format": "moodle_auto_format",
        text: v,
      })),
    }),
    shortAnswer: (answer) => ({
      "@_type": "shortanswer",
      ...common,
      usecase: "0",
      answer: [{ "@_fraction": "100", ...plain(answer) }],
    }),
    matching: (pairs) => matching(pairs.map((p) => ({ text: p.left, answer: p.right }))),
    timeline: (events) => matching(events.map((e) => ({ text: e.event, answer: String(e.position) }))),
    choice: (choices) => ({
      "@_type": "multichoice",
      ...common,
      single: "true",
      shuffleanswers: "true",
      answernumbering: "abc",
      answer: choices.map((c) => ({ "@_fraction": c.isKey ? "100" : "0", ...plain(c.text) })),
    }),
  });
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
  return readByKind(
    list(quiz.question),
    (node) => {
      const type = attrOf(node, "type") ?? "";
      if (type === "category" || type === "description") return null;
      return { prompt: fieldText(node.questiontext), feedback: fieldText(node.generalfeedback) };
    },
    (node, as) => {
      const type = attrOf(node, "type") ?? "";
      const marker = readTypeMarker(textOf((node.name as Node | undefined)?.text));
      const answers = list(node.answer).map((a) => ({
        text: fieldText(a),
        fraction: Number(attrOf(a, "fraction") ?? 0),
      }));
      const full = answers.find((a) => a.fraction >= 100);
      switch (type) {
        case "multichoice": {
          const right = answers.filter((a) => a.fraction > 0);
          as.choice(
            marker,
            answers.map((a) => a.text),
            right.map((a) => a.text),
            right.some((a) => a.fraction < 100),
          );
          break;
        }
        case "truefalse":
          as.trueFalse(full ? (/^(true|vrai|wahr|صح|صحيح)$/i.test(full.text) ? "true" : "false") : null);
          break;
        case "shortanswer":
        case "numerical":
          as.shortAnswer(full?.text);
          break;
        case "matching":
          as.pairs(
            marker,
            list(node.subquestion)
              .map((s) => ({ left: fieldText(s), right: fieldText(list(s.answer)[0] ?? "") }))
              .filter((p) => p.right.length > 0),
          );
          break;
        default:
          as.skip("unsupported_type", { type });
      }
    },
  );
}
