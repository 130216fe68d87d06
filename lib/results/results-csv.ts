// CSV export of an assignment's results table: UTF-8 with a byte-order mark (so spreadsheet apps read Arabic
// names correctly), one row per student. Cells: 1 right, 0 wrong, empty when blank or not submitted.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { getAssignmentResults, type AssignmentResults } from "@/lib/results/assignment-results";

export const CSV_BOM = "\uFEFF";

export interface CsvLabels {
  student: string;
  score: string;
  total: string;
  time: string;
  /** How many times the student asked for more time, and the seconds it added (issue 8: teachers see it). */
  extensions: string;
  extendedSec: string;
  /** Header of question column n (1-based). */
  question: (n: number, prompt: string) => string;
}

export const DEFAULT_CSV_LABELS: CsvLabels = {
  student: "student",
  score: "score",
  total: "total",
  time: "time (s)",
  extensions: "extensions",
  extendedSec: "time added (s)",
  question: (n, prompt) => `Q${n}: ${prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt}`,
};

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): names are typed by students. Invisible characters a
 * spreadsheet skips (direction marks, zero-width spaces, BOM) do not hide a leading "=".
 */
export function safeCell(text: string): string {
  const visible = text.replace(/^[\s\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]+/u, "");
  return /^[=+\-@\t\r]/.test(text) || /^[=+\-@]/.test(visible) ? `'${text}` : text;
}

export function resultsToCsv(results: Pick<AssignmentResults, "columns" | "rows">, labels: CsvLabels = DEFAULT_CSV_LABELS): string {
  const header = [labels.student, labels.score, labels.total, labels.time, labels.extensions, labels.extendedSec, ...results.columns.map((c) => labels.question(c.n, c.prompt))];
  const records = results.rows.map((r) => [
    safeCell(r.name),
    r.score ?? "",
    r.total ?? "",
    r.seconds ?? "",
    r.extensions,
    r.extendedSec,
    ...r.cells.map((c) => (r.status !== "finished" || c.state === "blank" ? "" : c.state === "right" ? 1 : 0)),
  ]);
  return CSV_BOM + stringify([header.map(safeCell), ...records], { record_delimiter: "windows" });
}

/** An ASCII-only file name (the UTF-8 one goes in filename*): `prefix-<letters, digits, dashes>.csv`, or the
 * fallback when nothing ASCII is left (an all-Arabic title). */
export function safeFilename(prefix: string, parts: string[], fallback: string): string {
  const slug = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "")
    .toLowerCase();
  return `${slug ? `${prefix}-${slug}` : fallback}.csv`;
}

export async function getResultsCsv({
  teacherId,
  assignmentId,
  labels,
}: {
  teacherId: string;
  assignmentId: string;
  labels?: CsvLabels;
}): Promise<{ body: string; filename: string; contentDisposition: string }> {
  const results = await getAssignmentResults({ teacherId, assignmentId });
  const filename = safeFilename(
    "results",
    [results.assignment.quiz.title, results.assignment.class.name],
    `results-${results.assignment.id}`,
  );
  const unicodeName = `${results.assignment.quiz.title} - ${results.assignment.class.name}.csv`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  return {
    body: resultsToCsv(results, labels),
    filename,
    contentDisposition: `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(unicodeName)}`,
  };
}
