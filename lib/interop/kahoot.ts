// Kahoot's quiz spreadsheet template (xlsx, through exceljs): a question of at most 120 characters, 2–4 answers of at
// most 75, a time limit from Kahoot's list, the numbers of the correct answers. Kahoot keeps no evidence and has no
// matching, timeline or typed answers: those questions are listed with the reason instead of being dropped silently.
import "server-only";
import ExcelJS from "exceljs";
import { isChoiceType } from "@/lib/validation/question";
import {
  asText,
  InteropFileError,
  type ExportSource,
  type InteropQuestion,
  type ParsedFile,
  type Skipped,
} from "./types";
import { readZip } from "./zip";

export const KAHOOT_PROMPT_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
const KAHOOT_ANSWERS_MAX = 4;
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
/** Row 8 of Kahoot's template; questions start on row 9, numbered in column A. */
export const KAHOOT_HEADER = [
  "",
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;
export const KAHOOT_HEADER_ROW = 8;

const TRUE_FALSE_LABELS = { ar: ["صح", "خطأ"], en: ["True", "False"] } satisfies Record<string, [string, string]>;

/** Why a question does not fit Kahoot's template, or null when it fits. */
function kahootMisfit(q: InteropQuestion, n: number): Skipped | null {
  const base = { n, prompt: q.prompt };
  if (!isChoiceType(q.type) && q.type !== "true_false")
    return { ...base, code: "unsupported_type", detail: { type: q.type } };
  if (q.prompt.length > KAHOOT_PROMPT_MAX)
    return { ...base, code: "prompt_too_long", detail: { max: KAHOOT_PROMPT_MAX, length: q.prompt.length } };
  if (q.choices.length > KAHOOT_ANSWERS_MAX)
    return { ...base, code: "too_many_choices", detail: { max: KAHOOT_ANSWERS_MAX } };
  const long = q.type === "true_false" ? undefined : q.choices.find((c) => c.length > KAHOOT_ANSWER_MAX);
  if (long !== undefined) return { ...base, code: "choice_too_long", detail: { max: KAHOOT_ANSWER_MAX, choice: long } };
  return null;
}

export function kahootMisfits(questions: InteropQuestion[]): Skipped[] {
  return questions.flatMap((q, i) => kahootMisfit(q, i + 1) ?? []);
}

/** The nearest of Kahoot's time limits. */
function kahootTimeLimit(seconds: number): number {
  return KAHOOT_TIME_LIMITS.reduce((best, t) => (Math.abs(t - seconds) < Math.abs(best - seconds) ? t : best), 20);
}

export async function exportKahoot(
  src: ExportSource,
  { secondsPerQuestion = 30 }: { secondsPerQuestion?: number } = {},
): Promise<{ bytes: Uint8Array; skipped: Skipped[] }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Fahm";
  const ws = wb.addWorksheet("Sheet1", { views: [{ rightToLeft: src.language === "ar" }] });
  ws.getCell("B2").value = src.title;
  ws.getCell("B4").value = "Quiz template (Kahoot!) exported by Fahm";
  ws.getRow(KAHOOT_HEADER_ROW).values = [...KAHOOT_HEADER];
  ws.getRow(KAHOOT_HEADER_ROW).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 5 : i === 1 ? 60 : 30));
  const skipped: Skipped[] = [];
  const time = kahootTimeLimit(secondsPerQuestion);
  const labels: Record<string, [string, string]> = TRUE_FALSE_LABELS;
  const [yes, no] = labels[src.language] ?? TRUE_FALSE_LABELS.en;
  let row = KAHOOT_HEADER_ROW + 1;
  src.questions.forEach((q, i) => {
    const misfit = kahootMisfit(q, i + 1);
    if (misfit) {
      skipped.push(misfit);
      return;
    }
    const answers = q.type === "true_false" ? [yes, no] : q.choices;
    const key = q.type === "true_false" ? (asText(q.answer) === "true" ? yes : no) : asText(q.answer);
    const cells = [
      row - KAHOOT_HEADER_ROW,
      q.prompt,
      ...[0, 1, 2, 3].map((k) => answers[k] ?? null),
      time,
      String(answers.indexOf(key) + 1),
    ];
    const r = ws.getRow(row++);
    r.values = cells;
    r.alignment = {
      horizontal: src.language === "ar" ? "right" : "left",
      readingOrder: src.language === "ar" ? "rtl" : "ltr",
    };
  });
  const buf = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf as ArrayBuffer), skipped };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return "";
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return "\u0000formula";
    if ("text" in v) return String(v.text);
    if ("result" in v) return String(v.result ?? "");
    if (v instanceof Date) return v.toISOString();
  }
  return String(v).trim();
}

export async function importKahoot(bytes: Uint8Array): Promise<ParsedFile> {
  readZip(bytes, () => false); // a truncated archive or a zip bomb stops here, before exceljs inflates anything
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new InteropFileError(
      "not_kahoot",
      `This is not a readable spreadsheet (${err instanceof Error ? err.message : "unknown"}).`,
    );
  }
  const ws = wb.worksheets[0];
  let header = 0;
  for (let r = 1; ws && r <= Math.min(ws.rowCount, 30) && !header; r++) {
    if (/^question\b/i.test(cellText(ws.getRow(r).getCell(2).value))) header = r;
  }
  if (!ws || !header)
    throw new InteropFileError(
      "not_kahoot",
      'No Kahoot header row ("Question - max 120 characters") in the first sheet.',
    );
  const out: ParsedFile = { questions: [], skipped: [] };
  let n = 0;
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const prompt = cellText(row.getCell(2).value);
    const answers = [3, 4, 5, 6].map((c) => cellText(row.getCell(c).value));
    if (!prompt && answers.every((a) => !a)) continue;
    n++;
    const correctCell = cellText(row.getCell(8).value);
    if ([prompt, ...answers, correctCell].some((t) => t.startsWith("\u0000formula"))) {
      out.skipped.push({ n, prompt, code: "formula" });
      continue;
    }
    const choices = answers.filter(Boolean);
    const correct = correctCell
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    if (correct.length === 0 || correct.some((k) => !Number.isInteger(k) || !answers[k - 1])) {
      out.skipped.push({ n, prompt, code: "no_correct_answer" });
      continue;
    }
    if (correct.length > 1) {
      out.skipped.push({ n, prompt, code: "several_correct_answers" });
      continue;
    }
    const key = answers[correct[0]! - 1]!;
    const tf = Object.values(TRUE_FALSE_LABELS).find(
      ([y, f]) => choices.length === 2 && choices[0] === y && choices[1] === f,
    );
    if (tf)
      out.questions.push({
        n,
        prompt,
        type: "true_false",
        choices: ["true", "false"],
        answer: key === tf[0] ? "true" : "false",
      });
    else out.questions.push({ n, prompt, type: "mcq", choices, answer: key });
  }
  return out;
}
