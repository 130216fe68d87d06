// Issue 12: the XLSX export holds the same rows as the CSV, with numbers as numbers and times as dates, read back
// with exceljs as a spreadsheet app would.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getResultsXlsx } from "@/lib/results/results-xlsx";
import { makeAssignment, makeAttempt, makeTeacher } from "../../setup/factories";

describe("results XLSX", () => {
  it("one row per student with status, percentage, dates and each answer; Arabic and '=' names intact", async () => {
    const teacher = await makeTeacher();
    const { article, ids, students, assignment } = await makeAssignment(
      teacher.id,
      [{}, { type: "true_false", choices: ["true", "false"], answer: "true" }],
      ["سارة", "=cmd"],
    );
    await makeAttempt({
      assignmentId: assignment.id,
      articleId: article.id,
      studentId: students[0]!.id,
      questionIds: ids,
      responses: [
        [ids[0]!, true, 4],
        [ids[1]!, false, 6, "false"],
      ],
    });
    const file = await getResultsXlsx({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(file.filename).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1, 6)).toEqual(["student", "status", "score", "total", "percentage"]);
    const sara = rows.find((r) => r[1] === "سارة")!;
    expect(sara.slice(1, 6)).toEqual(["سارة", "submitted", 1, 2, 50]);
    expect(sara[6]).toBeInstanceOf(Date);
    expect(sara[7]).toBeInstanceOf(Date);
    expect(sara.slice(11)).toEqual([1, "A", 0, "False"]);
    const cmd = rows.find((r) => r[1] === "=cmd")!;
    expect(cmd[2]).toBe("not started");
  });
});
