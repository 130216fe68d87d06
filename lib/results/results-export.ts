// The results as rows for a file (CSV or XLSX): one row per student with status, score, percentage, start and
// submission times, then per question the points earned (1 right, 0 wrong, a fraction such as 0.75 for a partly right
// answer under partial credit, empty when blank or not submitted) and the
// answer as given, in words. Both exports (results-csv.ts, results-xlsx.ts) write exactly these rows.
import "server-only";
import { roundScore } from "@/lib/attempts/answer-credit";
import type { AssignmentResults, ResultColumn, StudentStatus } from "@/lib/results/assignment-results";

export interface ExportLabels {
  student: string;
  status: string;
  statuses: Record<StudentStatus, string>;
  score: string;
  total: string;
  percentage: string;
  started: string;
  submitted: string;
  time: string;
  /** How many times the student asked for more time, and the seconds it added (issue 8: teachers see it). */
  extensions: string;
  extendedSec: string;
  /** Header of question column n (1-based): the verdict. */
  question: (n: number, prompt: string) => string;
  /** Header of the column after it: the answer as given. */
  answer: (n: number) => string;
  trueFalse: { true: string; false: string };
}

export const DEFAULT_EXPORT_LABELS: ExportLabels = {
  student: "student",
  status: "status",
  statuses: { finished: "submitted", in_progress: "in progress", not_started: "not started" },
  score: "score",
  total: "total",
  percentage: "percentage",
  started: "started (UTC)",
  submitted: "submitted (UTC)",
  time: "time (s)",
  extensions: "extensions",
  extendedSec: "time added (s)",
  question: (n, prompt) => `Q${n}: ${prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt}`,
  answer: (n) => `Q${n} answer`,
  trueFalse: { true: "True", false: "False" },
};

/** A cell: text, a number, a moment (written as UTC ISO in CSV, as a date cell in XLSX), or empty. */
export type ExportCell = string | number | Date | null;

/** The answer as a person reads it: true/false in words, matching as "left: right" pairs, an order as "1. a; 2. b". */
function answerInWords(
  column: Pick<ResultColumn, "type" | "left">,
  given: string | string[] | null,
  labels: ExportLabels,
): string {
  if (given == null) return "";
  if (column.type === "true_false" && (given === "true" || given === "false")) return labels.trueFalse[given];
  if (!Array.isArray(given)) return given;
  if (column.type === "matching" && column.left)
    return given.map((g, i) => `${column.left![i] ?? i + 1}: ${g}`).join("; ");
  return given.map((g, i) => `${i + 1}. ${g}`).join("; ");
}

export function resultsToRows(
  results: Pick<AssignmentResults, "columns" | "rows">,
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
) {
  const header = [
    labels.student,
    labels.status,
    labels.score,
    labels.total,
    labels.percentage,
    labels.started,
    labels.submitted,
    labels.time,
    labels.extensions,
    labels.extendedSec,
    ...results.columns.flatMap((c) => [labels.question(c.n, c.prompt), labels.answer(c.n)]),
  ];
  const records: ExportCell[][] = results.rows.map((r) => {
    const isDone = r.status === "finished";
    return [
      r.name,
      labels.statuses[r.status],
      r.score,
      r.total,
      isDone && r.total ? Math.round((1000 * r.score!) / r.total) / 10 : null,
      r.startedAt,
      r.submittedAt,
      r.seconds,
      r.extensions,
      r.extendedSec,
      ...r.cells.flatMap((c, i) =>
        !isDone || c.state === "blank"
          ? [null, answerInWords(results.columns[i]!, c.given, labels) || null]
          : [roundScore(c.credit ?? 0), answerInWords(results.columns[i]!, c.given, labels)],
      ),
    ];
  });
  return { header, records };
}
