// CSV export of an assignment's results (rows from results-export.ts): UTF-8 with a byte-order mark (so spreadsheet
// apps read Arabic names correctly), one row per student.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { attachment } from "@/lib/download";
import { getAssignmentResults, type AssignmentResults } from "@/lib/results/assignment-results";
import { DEFAULT_EXPORT_LABELS, resultsToRows, type ExportCell, type ExportLabels } from "@/lib/results/results-export";

export const CSV_BOM = "\uFEFF";

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): names and typed answers come from students. Invisible
 * characters a spreadsheet skips (direction marks, zero-width spaces, BOM) do not hide a leading "=".
 */
export function safeCell(text: string): string {
  const visible = text.replace(/^[\s\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]+/u, "");
  return /^[=+\-@\t\r]/.test(text) || /^[=+\-@]/.test(visible) ? `'${text}` : text;
}

function csvCell(c: ExportCell): string | number {
  if (c == null) return "";
  if (c instanceof Date) return c.toISOString();
  return typeof c === "string" ? safeCell(c) : c;
}

export function resultsToCsv(
  results: Pick<AssignmentResults, "columns" | "rows">,
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
): string {
  const { header, records } = resultsToRows(results, labels);
  return (
    CSV_BOM + stringify([header.map(safeCell), ...records.map((r) => r.map(csvCell))], { record_delimiter: "windows" })
  );
}

/** An ASCII-only file name (the UTF-8 one goes in filename*): `prefix-<letters, digits, dashes>.<ext>`, or the
 * fallback when nothing ASCII is left (an all-Arabic title). */
export function safeFilename(prefix: string, parts: string[], fallback: string, ext = "csv"): string {
  const slug = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "")
    .toLowerCase();
  return `${slug ? `${prefix}-${slug}` : fallback}.${ext}`;
}

/** Content-Disposition for a results file: the ASCII name, and the real (Arabic-capable) one in filename*. */
export function resultsDisposition(results: Pick<AssignmentResults, "assignment">, ext: "csv" | "xlsx") {
  const { quiz, class: klass, id } = results.assignment;
  const filename = safeFilename("results", [quiz.title, klass.name], `results-${id}`, ext);
  return { filename, contentDisposition: attachment(filename, `${quiz.title} - ${klass.name}.${ext}`) };
}

export async function getResultsCsv({
  teacherId,
  assignmentId,
  labels,
}: {
  teacherId: string;
  assignmentId: string;
  labels?: ExportLabels;
}): Promise<{ body: string; filename: string; contentDisposition: string }> {
  const results = await getAssignmentResults({ teacherId, assignmentId });
  return { body: resultsToCsv(results, labels), ...resultsDisposition(results, "csv") };
}
