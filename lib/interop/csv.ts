// CSV: one row per question (type, prompt, choices, answer, left, evidence text, evidence offsets). Lists are JSON
// arrays in their cell ("a | b | c" is read too). UTF-8 with a BOM so spreadsheets read Arabic; a cell that a
// spreadsheet would run as a formula is written with a leading apostrophe (OWASP CSV injection) and refused on import.
import "server-only";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { QUESTION_TYPES, type QuestionType } from "@/questions/types";
import { InteropFileError, type ExportSource, type InteropQuestion, type ParsedFile } from "./types";

export const CSV_COLUMNS = [
  "type",
  "prompt",
  "choices",
  "answer",
  "left",
  "evidence_text",
  "evidence_start",
  "evidence_end",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const INVISIBLE_START = /^[\s\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]+/u;

/** A cell a spreadsheet would evaluate, even behind invisible direction marks. Plain negative numbers are data. */
function isFormulaCell(text: string): boolean {
  const visible = text.replace(INVISIBLE_START, "");
  if (/^-\d+([.,]\d+)?$/.test(visible)) return false;
  return FORMULA_START.test(text) || /^[=+\-@]/.test(visible);
}
function safeCell(text: string): string {
  return isFormulaCell(text) ? `'${text}` : text;
}

function listCell(items: string[]): string {
  return JSON.stringify(items);
}

export function exportCsv(src: ExportSource): string {
  const rows = src.questions.map((q) => [
    q.type,
    safeCell(q.prompt),
    safeCell(listCell(q.choices)),
    safeCell(Array.isArray(q.answer) ? listCell(q.answer) : q.answer),
    q.left ? safeCell(listCell(q.left)) : "",
    safeCell(q.evidenceText ?? ""),
    q.evidence ? String(q.evidence.start) : "",
    q.evidence ? String(q.evidence.end) : "",
  ]);
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: "windows" })}`;
}

/** Our own escape ("'=SUM…") is taken off; any other formula-looking cell is refused. */
function readCell(raw: string | undefined): { text: string; isFormula: boolean } {
  const v = raw ?? "";
  if (v.startsWith("'") && isFormulaCell(v.slice(1))) return { text: v.slice(1), isFormula: false };
  return { text: v, isFormula: isFormulaCell(v) };
}

function readList(text: string): string[] {
  const t = text.trim();
  if (t === "") return [];
  if (t.startsWith("[")) {
    try {
      const v: unknown = JSON.parse(t);
      if (Array.isArray(v)) return v.map((x) => String(x).trim());
    } catch {
      // not JSON: read it as "a | b | c"
    }
  }
  return t
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function importCsv(text: string): ParsedFile {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    throw new InteropFileError("csv_malformed", `The CSV is broken near line ${e.lines ?? "?"}: ${e.message ?? ""}`, {
      line: e.lines ?? 0,
    });
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);
  if (col("type") < 0 || col("prompt") < 0 || col("answer") < 0) {
    throw new InteropFileError("csv_header", `The first row must name the columns: ${CSV_COLUMNS.join(", ")}.`, {
      columns: CSV_COLUMNS.join(", "),
    });
  }
  const out: ParsedFile = { questions: [], skipped: [] };
  records.slice(1).forEach((record, i) => {
    const n = i + 1;
    const cells = Object.fromEntries(
      CSV_COLUMNS.map((c) => [c, readCell(col(c) >= 0 ? record[col(c)] : "")]),
    ) as Record<(typeof CSV_COLUMNS)[number], { text: string; isFormula: boolean }>;
    const prompt = cells.prompt.text.trim();
    const formula = CSV_COLUMNS.find((c) => cells[c].isFormula);
    if (formula) {
      out.skipped.push({ n, prompt, code: "formula", detail: { column: formula } });
      return;
    }
    const type = cells.type.text.trim().toLowerCase();
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
      out.skipped.push({ n, prompt, code: "unsupported_type", detail: { type } });
      return;
    }
    const isList = type === "timeline" || type === "matching";
    const answer = isList ? readList(cells.answer.text) : cells.answer.text.trim();
    const start = Number.parseInt(cells.evidence_start.text, 10);
    const end = Number.parseInt(cells.evidence_end.text, 10);
    const evidenceText = cells.evidence_text.text.trim();
    const q: InteropQuestion & { n: number } = {
      n,
      type: type as QuestionType,
      prompt,
      choices: type === "true_false" ? ["true", "false"] : readList(cells.choices.text),
      answer: type === "true_false" ? String(answer).toLowerCase() : answer,
      ...(type === "matching" ? { left: readList(cells.left.text) } : {}),
      ...(evidenceText ? { evidenceText } : {}),
      ...(Number.isInteger(start) && Number.isInteger(end) ? { evidence: { start, end } } : {}),
    };
    out.questions.push(q);
  });
  return out;
}
