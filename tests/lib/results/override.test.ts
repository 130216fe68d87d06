// Issue 12: a teacher overrides a verdict; the score, the results table, item analysis and the CSV follow, and the
// override is recorded (and cleared when set back to the checker's verdict).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { overrideVerdict } from "@/lib/results/override-verdict";
import { getResultsCsv } from "@/lib/results/results-csv";
import { makeAssignment, makeAttempt, makeTeacher } from "../../setup/factories";

async function setup() {
  const teacher = await makeTeacher();
  const other = await makeTeacher({ name: "Other" });
  const { article, ids, students, assignment } = await makeAssignment(
    teacher.id,
    [{}, { type: "short_answer", choices: [], answer: "Maria Lopez" }],
    ["Ali"],
  );
  const attempt = await makeAttempt({
    assignmentId: assignment.id,
    articleId: article.id,
    studentId: students[0]!.id,
    questionIds: ids,
    responses: [
      [ids[0]!, true, 5],
      [ids[1]!, false, 9, "Lopez, the architect"],
    ],
  });
  return { teacher, other, ids, assignment, attempt };
}

describe("overrideVerdict", () => {
  it("marks a typed answer right: score, table, item analysis and CSV follow; the override is recorded", async () => {
    const { teacher, ids, assignment, attempt } = await setup();
    const before = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(before.rows[0]).toMatchObject({ score: 1 });
    expect(before.items[1]!.rightCount).toBe(0);

    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: attempt.id, questionId: ids[1], correct: "true" },
    });
    const after = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(after.rows[0]).toMatchObject({ score: 2 });
    expect(after.rows[0]!.cells[1]).toMatchObject({
      state: "right",
      isOverridden: true,
      given: "Lopez, the architect",
    });
    expect(after.items[1]!.rightCount).toBe(1);
    expect(after.summary.mean).toBe(2);
    const r = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: ids[1] } });
    expect(r).toMatchObject({ correct: true, autoCorrect: false, overriddenById: teacher.id });
    expect(r.overriddenAt).toBeInstanceOf(Date);
    const csv = (await getResultsCsv({ teacherId: teacher.id, assignmentId: assignment.id })).body;
    expect(csv).toContain("Ali,submitted,2,2,100,");
    expect(csv).toContain(',1,"Lopez, the architect"');

    // The same verdict again changes nothing; back to the checker's verdict clears the record.
    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: attempt.id, questionId: ids[1], correct: true },
    });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(2);
    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: attempt.id, questionId: ids[1], correct: false },
    });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(1);
    expect(await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: ids[1] } })).toMatchObject({
      correct: false,
      overriddenAt: null,
      autoCorrect: null,
    });
  });

  it("refuses another teacher's answer (404) and bad input (400)", async () => {
    const { other, teacher, ids, attempt } = await setup();
    await expect(
      overrideVerdict({ teacherId: other.id, input: { attemptId: attempt.id, questionId: ids[1], correct: true } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      overrideVerdict({
        teacherId: teacher.id,
        input: { attemptId: attempt.id, questionId: ids[1], correct: "maybe" },
      }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
});
