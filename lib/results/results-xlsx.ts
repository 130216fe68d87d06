// XLSX export of an assignment's results (the same rows as the CSV, results-export.ts), written with exceljs:
// numbers as numbers, start and submission times as date cells, a frozen header row and the name column; the sheet
// runs right-to-left when the teacher's interface is Arabic.
import "server-only";
import ExcelJS from "exceljs";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { resultsDisposition } from "@/lib/results/results-csv";
import { DEFAULT_EXPORT_LABELS, resultsToRows, type ExportLabels } from "@/lib/results/results-export";

async function resultsToXlsx(
  results: Parameters<typeof resultsToRows>[0],
  {
    labels = DEFAULT_EXPORT_LABELS,
    sheetName = "Results",
    isRtl = false,
  }: { labels?: ExportLabels; sheetName?: string; isRtl?: boolean } = {},
): Promise<Buffer> {
  const { header, records } = resultsToRows(results, labels);
  const book = new ExcelJS.Workbook();
  book.creator = "Fahm";
  // Sheet names: at most 31 characters and none of : \ / ? * [ ].
  const sheet = book.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Results", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1, rightToLeft: isRtl }],
  });
  sheet.addRow(header).font = { bold: true };
  for (const record of records) sheet.addRow(record.map((c) => c ?? null));
  // Student-typed text stays text: exceljs writes strings as strings (never formulas), so "=cmd" cannot run.
  for (const i of [6, 7]) sheet.getColumn(i).numFmt = "yyyy-mm-dd hh:mm:ss";
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 24 : Math.min(40, Math.max(10, String(header[i] ?? "").length + 2));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function getResultsXlsx({
  teacherId,
  assignmentId,
  labels,
  isRtl,
}: {
  teacherId: string;
  assignmentId: string;
  labels?: ExportLabels;
  isRtl?: boolean;
}) {
  const results = await getAssignmentResults({ teacherId, assignmentId });
  const body = await resultsToXlsx(results, { labels, isRtl, sheetName: results.assignment.class.name });
  return { body, ...resultsDisposition(results, "xlsx") };
}
