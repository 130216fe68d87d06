// Golden files for each export, checked structurally: the XML parses and has the elements an LMS needs, the QTI
// package's manifest lists every item and each file exists, the xlsx opens with Kahoot's header row. The exact text
// of the golden files is compared too (UPDATE_GOLDEN=1 rewrites them after a deliberate change).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportCsv, CSV_COLUMNS } from "@/lib/interop/csv";
import { exportGift } from "@/lib/interop/gift";
import {
  exportKahoot,
  KAHOOT_ANSWER_MAX,
  KAHOOT_HEADER,
  KAHOOT_HEADER_ROW,
  KAHOOT_PROMPT_MAX,
  KAHOOT_TIME_LIMITS,
} from "@/lib/interop/kahoot";
import { exportMoodleXml } from "@/lib/interop/moodle-xml";
import { exportQti, ITEM_RESOURCE_TYPE } from "@/lib/interop/qti";
import type { ExportSource } from "@/lib/interop/types";
import { parseXml, textOf } from "@/lib/interop/xml";
import { SAMPLE_BODY } from "./quizzes";

const DIR = path.join("tests", "fixtures", "interop");
const ev = (text: string) => {
  const start = SAMPLE_BODY.indexOf(text);
  return { evidenceText: text, evidence: { start, end: start + text.length } };
};
const firstLine = SAMPLE_BODY.split("\n")
  .find((l) => l.trim().length > 40)!
  .trim();

/** A small fixed quiz: one question of each type Fahm can export, Arabic text, characters every format escapes. */
const FIXTURE: ExportSource = {
  title: "فرنسا ومالي / اختبار",
  language: "ar",
  questions: [
    {
      type: "mcq",
      prompt: 'ما الذي {أعلنته} فرنسا؟ <b>= ~ # :</b> & "x"',
      choices: ["الانسحاب", "البقاء", "=SUM(A1)"],
      answer: "الانسحاب",
      ...ev(firstLine),
    },
    {
      type: "true_false",
      prompt: "انسحبت فرنسا من مالي.",
      choices: ["true", "false"],
      answer: "true",
      ...ev(firstLine),
    },
    { type: "short_answer", prompt: "ما عاصمة مالي؟", choices: [], answer: "باماكو" },
    {
      type: "matching",
      prompt: "طابق.",
      left: ["مالي", "النيجر"],
      choices: ["نيامي", "باماكو"],
      answer: ["باماكو", "نيامي"],
      ...ev(firstLine),
    },
    { type: "timeline", prompt: "رتّب.", choices: ["ب", "أ", "ج"], answer: ["أ", "ب", "ج"], ...ev(firstLine) },
  ],
};

/** Compares with the committed golden file. Only UPDATE_GOLDEN=1 writes one: a missing file fails, it is not made. */
function golden(name: string, actual: string) {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(fs.existsSync(file), `${file} is missing: write it with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

describe("Moodle XML export", () => {
  const xml = exportMoodleXml(FIXTURE);
  it("matches its golden file", () => golden("quiz.moodle.xml", xml));
  it("has the category, and per question its type, name, text, general feedback (the evidence) and one right answer", () => {
    const doc = parseXml(xml, ["question", "answer", "subquestion"]);
    const questions = list((doc.quiz as Node).question);
    expect(questions.map((q) => q["@_type"])).toEqual([
      "category",
      "multichoice",
      "truefalse",
      "shortanswer",
      "matching",
      "matching",
    ]);
    expect(textOf((questions[0]!.category as Node).text)).toBe("$course$/top/فرنسا ومالي // اختبار");
    for (const q of questions.slice(1)) {
      expect(textOf((q.name as Node).text)).toMatch(/^Q\d \[fahm-[a-z_]+\]$/);
      expect(textOf((q.questiontext as Node).text)).toMatch(/^<p dir="rtl">.+<\/p>$/);
      expect(q.generalfeedback).toBeDefined();
    }
    expect(textOf((questions[1]!.generalfeedback as Node).text)).toContain(firstLine);
    const answers = list(questions[1]!.answer);
    expect(answers.filter((a) => a["@_fraction"] === "100").map((a) => textOf(a.text))).toEqual(["الانسحاب"]);
    expect(list(questions[4]!.subquestion)).toHaveLength(2);
    // the timeline fallback: event -> position
    expect(list(questions[5]!.subquestion).map((s) => textOf(list(s.answer)[0]!.text))).toEqual(["2", "1", "3"]);
  });
});

describe("GIFT export", () => {
  const gift = exportGift(FIXTURE);
  it("matches its golden file", () => golden("quiz.gift.txt", gift));
  it("escapes GIFT's special characters and carries the evidence after ####", () => {
    expect(gift.startsWith("$CATEGORY: $course$/top/فرنسا ومالي // اختبار\n")).toBe(true);
    expect(gift).toContain("\\{أعلنته\\}");
    expect(gift).toContain("\\= \\~ \\# \\:");
    expect(gift.match(/^::Q\d \[fahm-[a-z_]+\]::\[html\]<p dir\\="rtl">/gm)).toHaveLength(5);
    expect(gift.match(/####\[html\]/g)).toHaveLength(4);
  });
});

describe("QTI 2.1 package", () => {
  const files = unzipSync(exportQti(FIXTURE));
  it("matches its golden files", () => {
    golden("qti-imsmanifest.xml", strFromU8(files["imsmanifest.xml"]!));
    golden("qti-item-1.xml", strFromU8(files["items/item-1.xml"]!));
  });
  it("has a manifest listing every item, each file present and an assessmentItem with its correct response", () => {
    const manifest = parseXml(strFromU8(files["imsmanifest.xml"]!), ["resource", "file", "dependency"]);
    const resources = list(((manifest.manifest as Node).resources as Node).resource);
    const items = resources.filter((r) => r["@_type"] === ITEM_RESOURCE_TYPE);
    expect(items).toHaveLength(FIXTURE.questions.length);
    const test = resources.find((r) => r["@_type"] === "imsqti_test_xmlv2p1")!;
    expect(list(test.dependency).map((d) => d["@_identifierref"])).toEqual(items.map((i) => i["@_identifier"]));
    const interactions = items.map((r) => {
      const href = String(r["@_href"]);
      expect(files[href]).toBeDefined();
      const item = parseXml(strFromU8(files[href]!), []).assessmentItem as Node;
      expect(item["@_xml:lang"]).toBe("ar");
      expect(((item.responseDeclaration as Node).correctResponse as Node).value).toBeDefined();
      return Object.keys(item.itemBody as Node).join();
    });
    expect(interactions).toEqual([
      "choiceInteraction",
      "choiceInteraction",
      "p",
      "matchInteraction",
      "orderInteraction",
    ]);
    const first = parseXml(strFromU8(files["items/item-1.xml"]!), []).assessmentItem as Node;
    expect(textOf(first.modalFeedback)).toBe(firstLine);
  });
});

describe("Kahoot spreadsheet", () => {
  it("opens, has Kahoot's header row, and rows within Kahoot's limits", async () => {
    const { bytes, skipped } = await exportKahoot(FIXTURE);
    expect(skipped.map((s) => [s.n, s.code])).toEqual([
      [3, "unsupported_type"],
      [4, "unsupported_type"],
      [5, "unsupported_type"],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(KAHOOT_HEADER_ROW).values as unknown[]).slice(1).map((v) => v ?? "")).toEqual([...KAHOOT_HEADER]);
    const rows = [KAHOOT_HEADER_ROW + 1, KAHOOT_HEADER_ROW + 2].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rows[0]).toEqual([1, FIXTURE.questions[0]!.prompt, "الانسحاب", "البقاء", "=SUM(A1)", undefined, 30, "1"]);
    expect(rows[1]).toEqual([2, "انسحبت فرنسا من مالي.", "صح", "خطأ", undefined, undefined, 30, "1"]);
    for (const r of rows) {
      expect(String(r[1]).length).toBeLessThanOrEqual(KAHOOT_PROMPT_MAX);
      for (const a of r.slice(2, 6)) expect(String(a ?? "").length).toBeLessThanOrEqual(KAHOOT_ANSWER_MAX);
      expect(KAHOOT_TIME_LIMITS).toContain(r[6]);
    }
    expect(ws.getCell("D9").type).toBe(ExcelJS.ValueType.String); // "=SUM(A1)" is text, never a formula
  });
});

describe("CSV export", () => {
  const csv = exportCsv(FIXTURE);
  it("matches its golden file", () => golden("quiz.csv", csv));
  it("starts with a BOM and the header, one row per question, formulas defused", () => {
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + FIXTURE.questions.length);
    expect(csv).toContain(`'[""الانسحاب"",""البقاء"",""=SUM(A1)""]`.replace(/^'/, ""));
    expect(csv).not.toMatch(/(^|,)=SUM/m);
  });
});
