import { describe, expect, it } from "vitest";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { getAssignment } from "@/lib/assignments/get-assignment";
import { listAssignableClasses, listAssignments } from "@/lib/assignments/list-assignments";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { CSV_BOM, getResultsCsv, resultsToCsv, safeFilename } from "@/lib/results/results-csv";
import { DEFAULT_EXPORT_LABELS } from "@/lib/results/results-export";
import { makeAssignment, makeAttempt, makeClass, makeNewVersion, makeTeacher } from "../../setup/factories";

const open = "2026-01-10T08:00:00.000Z";
const due = "2026-01-17T08:00:00.000Z";

async function setup(names = ["Ali", "Bea", "Cy"]) {
  const teacher = await makeTeacher();
  const other = await makeTeacher({ name: "Other" });
  const made = await makeAssignment(
    teacher.id,
    [{}, {}, { type: "true_false", choices: ["true", "false"], answer: "true" }],
    names,
    { opensAt: open, dueAt: due },
  );
  return { teacher, other, ...made };
}

describe("createAssignment", () => {
  it("stores the dates in UTC", async () => {
    const { teacher, assignment } = await setup();
    const a = await getAssignment({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(a.opensAt.toISOString()).toBe(open);
    expect(a.dueAt?.toISOString()).toBe(due);
  });

  it("refuses a due date before (or at) the opening, and invalid dates", async () => {
    const { teacher, quiz, klass } = await setup();
    for (const [o, d, code] of [
      [due, open, "dueBeforeOpen"],
      [open, open, "dueBeforeOpen"],
      ["not a date", due, "dateInvalid"],
    ] as const) {
      const err = await createAssignment({
        teacherId: teacher.id,
        input: { quizId: quiz.id, classId: klass.id, opensAt: o, dueAt: d },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).code).toBe(code);
    }
  });

  it("refuses another teacher's class or quiz, and a deleted class, as not found", async () => {
    const { teacher, other, quiz, klass } = await setup();
    const theirs = await makeClass(other.id, ["X"]);
    const deleted = await makeClass(teacher.id, ["Y"], { deleted: true });
    for (const input of [
      { quizId: quiz.id, classId: theirs.klass.id },
      { quizId: quiz.id, classId: deleted.klass.id },
    ]) {
      await expect(
        createAssignment({ teacherId: teacher.id, input: { ...input, opensAt: open, dueAt: due } }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(
      createAssignment({
        teacherId: other.id,
        input: { quizId: quiz.id, classId: theirs.klass.id, opensAt: open, dueAt: due },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssignment({ teacherId: other.id, assignmentId: "x" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listAssignableClasses({ teacherId: teacher.id })).map((c) => c.id)).toEqual([klass.id]);
  });
});

describe("listAssignments", () => {
  it("counts students who finished at least one attempt over non-removed students", async () => {
    const { teacher, other, article, ids, quiz, students, assignment } = await setup(["Ali", "Bea", "Cy", "Dee"]);
    const [ali, bea, cy, dee] = students;
    const base = { assignmentId: assignment.id, articleId: article.id, questionIds: ids };
    await makeAttempt({ ...base, studentId: ali!.id, responses: [[ids[0]!, true]] });
    await makeAttempt({ ...base, studentId: ali!.id, number: 2, responses: [[ids[0]!, true]] });
    await makeAttempt({ ...base, studentId: bea!.id, responses: [], finished: false });
    await makeAttempt({ ...base, studentId: dee!.id, responses: [[ids[0]!, true]] });
    await db.student.update({ where: { id: dee!.id }, data: { removedAt: new Date() } });
    void cy;
    const [row] = await listAssignments({ teacherId: teacher.id });
    expect(row).toMatchObject({ id: assignment.id, completed: 1, students: 3, quiz: { id: quiz.id } });
    expect(await listAssignments({ teacherId: teacher.id, quizId: quiz.id })).toHaveLength(1);
    expect(await listAssignments({ teacherId: teacher.id, quizId: "other" })).toHaveLength(0);
    expect(await listAssignments({ teacherId: other.id })).toEqual([]);
  });

  it("keeps a deleted class's assignments listed and their results readable", async () => {
    const { teacher, klass, assignment } = await setup();
    await db.class.update({ where: { id: klass.id }, data: { deletedAt: new Date(), joinCode: null } });
    const list = await listAssignments({ teacherId: teacher.id });
    expect(list.find((a) => a.id === assignment.id)?.class.isDeleted).toBe(true);
    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(results.rows).toHaveLength(3);
    expect((await getResultsCsv({ teacherId: teacher.id, assignmentId: assignment.id })).body.startsWith(CSV_BOM)).toBe(
      true,
    );
  });
});

describe("getAssignmentResults", () => {
  it("puts answers to v1 and v2 of an edited question in the same column", async () => {
    const { teacher, article, ids, students, assignment } = await setup();
    const base = { assignmentId: assignment.id, articleId: article.id };
    await makeAttempt({
      ...base,
      studentId: students[0]!.id,
      questionIds: ids,
      responses: [
        [ids[0]!, true, 10],
        [ids[1]!, false, 20],
      ],
    });
    const v2 = await makeNewVersion(ids[0]!, { prompt: "Edited?" });
    // The quiz item now points at v2 (as the builder saves it); a later attempt snapshots v2, shuffled.
    await db.quizItem.updateMany({ where: { questionId: ids[0] }, data: { questionId: v2.id } });
    const later = [ids[2]!, v2.id, ids[1]!];
    await makeAttempt({
      ...base,
      studentId: students[1]!.id,
      questionIds: later,
      responses: [
        [v2.id, false, 5],
        [ids[2]!, true, 7],
      ],
    });

    const r = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(r.columns.map((c) => c.rootId)).toEqual(ids);
    expect(r.columns[0]).toMatchObject({ questionId: v2.id, prompt: "Edited?" });
    const ali = r.rows.find((x) => x.name === "Ali")!;
    const bea = r.rows.find((x) => x.name === "Bea")!;
    expect(ali.cells.map((c) => c.state)).toEqual(["right", "wrong", "blank"]);
    expect(bea.cells.map((c) => c.state)).toEqual(["wrong", "blank", "right"]);
    expect(ali.cells[0]!.seconds).toBe(10);
    expect(ali.seconds).toBe(30);
    expect(r.items[0]!.reviewHref).toBe(`/teacher/articles/${article.id}?question=${v2.id}`);
  });

  it("follows a chain of several edits back to the root", async () => {
    const { teacher, article, ids, students, assignment } = await setup();
    const v2 = await makeNewVersion(ids[1]!);
    const v3 = await makeNewVersion(v2.id);
    await makeAttempt({
      assignmentId: assignment.id,
      articleId: article.id,
      studentId: students[0]!.id,
      questionIds: [ids[0]!, v3.id, ids[2]!],
      responses: [[v3.id, true, 4]],
    });
    const r = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(r.columns.map((c) => c.rootId)).toEqual(ids);
    expect(r.columns[1]!.questionId).toBe(v3.id); // the quiz item still points at v1; shown as its latest version
    expect(r.rows[0]!.cells.map((c) => c.state)).toEqual(["blank", "right", "blank"]);
  });

  it("counts each student's best finished attempt; unfinished ones are in progress", async () => {
    const { teacher, article, ids, students, assignment } = await setup();
    const base = { assignmentId: assignment.id, articleId: article.id, questionIds: ids };
    await makeAttempt({
      ...base,
      studentId: students[0]!.id,
      number: 1,
      responses: [
        [ids[0]!, true],
        [ids[1]!, false],
        [ids[2]!, false],
      ],
    });
    await makeAttempt({
      ...base,
      studentId: students[0]!.id,
      number: 2,
      responses: [
        [ids[0]!, true],
        [ids[1]!, true],
        [ids[2]!, false],
      ],
    });
    await makeAttempt({ ...base, studentId: students[0]!.id, number: 3, responses: [[ids[0]!, false]] });
    await makeAttempt({
      ...base,
      studentId: students[0]!.id,
      number: 4,
      responses: [
        [ids[0]!, true],
        [ids[1]!, true],
        [ids[2]!, true],
      ],
      finished: false,
    });
    await makeAttempt({ ...base, studentId: students[1]!.id, responses: [[ids[0]!, true]], finished: false });
    // While the assignment is open (after its due date open attempts count as closed: due-dates.test.ts).
    const r = await getAssignmentResults({
      teacherId: teacher.id,
      assignmentId: assignment.id,
      now: new Date("2026-01-12T08:00:00.000Z"),
    });
    const [ali, bea, cy] = r.rows;
    expect(ali).toMatchObject({ status: "finished", attemptNumber: 2, score: 2, total: 3, attemptsUsed: 4 });
    expect(ali!.cells.map((c) => c.state)).toEqual(["right", "right", "wrong"]);
    expect(bea).toMatchObject({ status: "in_progress", score: null });
    expect(cy).toMatchObject({ status: "not_started", score: null });
    expect(r.summary).toMatchObject({ finished: 1, inProgress: 1, students: 3, mean: 2, median: 2 });
  });

  it("computes item analysis over finished students, with choice counts and the review flag from 5 attempts", async () => {
    const names = ["S1", "S2", "S3", "S4", "S5"];
    const { teacher, article, ids, students, assignment } = await setup(names);
    // The hand-computed matrix of stats.test.ts.
    const matrix = [
      [1, 1, 1],
      [1, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
      [0, 0, 0],
    ];
    for (const [s, row] of matrix.entries()) {
      await makeAttempt({
        assignmentId: assignment.id,
        articleId: article.id,
        studentId: students[s]!.id,
        questionIds: ids,
        responses: row.map(
          (x, i) =>
            [ids[i]!, x === 1, 3, i === 2 ? (x === 1 ? "true" : "false") : x === 1 ? "A" : s === 4 ? "C" : "B"] as [
              string,
              boolean,
              number,
              string,
            ],
        ),
      });
    }
    const r = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(r.items.map((i) => i.facility)).toEqual([0.6, 0.6, 0.4]);
    expect(r.items[0]!.discrimination).toBeCloseTo(0.645497, 5);
    expect(r.items[1]!.discrimination).toBe(0);
    expect(r.items[2]!.discrimination).toBeCloseTo(0.327327, 5);
    expect(r.items.map((i) => i.needsReview)).toEqual([false, false, false]);
    expect(r.items[0]!.choiceCounts).toEqual([
      { choice: "A", count: 3, isKey: true },
      { choice: "B", count: 1, isKey: false },
      { choice: "C", count: 1, isKey: false },
    ]);
    expect(r.items[2]!.choiceCounts).toEqual([
      { choice: "true", count: 2, isKey: true },
      { choice: "false", count: 3, isKey: false },
    ]);
    expect(r.summary).toMatchObject({ mean: 1.6, median: 2, maxScore: 3 });
    expect(r.summary.distribution.map((d) => d.count)).toEqual([1, 1, 2, 1]);
  });

  it("flags a question everyone gets wrong once 5 students finished", async () => {
    const { teacher, article, ids, students, assignment } = await setup(["A", "B", "C", "D", "E"]);
    for (const [i, s] of students.entries()) {
      if (i === 4) break;
      await makeAttempt({
        assignmentId: assignment.id,
        articleId: article.id,
        studentId: s.id,
        questionIds: ids,
        responses: [
          [ids[0]!, false],
          [ids[1]!, true],
        ],
      });
    }
    let r = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(r.items[0]!.needsReview).toBe(false); // 4 attempts: too few
    await makeAttempt({
      assignmentId: assignment.id,
      articleId: article.id,
      studentId: students[4]!.id,
      questionIds: ids,
      responses: [[ids[0]!, false]],
    });
    r = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(r.items[0]!).toMatchObject({ facility: 0, needsReview: true });
  });

  it("shows a removed student's row but leaves them out of the class statistics", async () => {
    const { teacher, article, ids, students, assignment } = await setup();
    const base = { assignmentId: assignment.id, articleId: article.id, questionIds: ids };
    await makeAttempt({
      ...base,
      studentId: students[0]!.id,
      responses: [
        [ids[0]!, true],
        [ids[1]!, true],
      ],
    });
    await makeAttempt({ ...base, studentId: students[1]!.id, responses: [[ids[0]!, false]] });
    await db.student.update({ where: { id: students[1]!.id }, data: { removedAt: new Date() } });
    const r = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(r.rows.find((x) => x.name === "Bea")).toMatchObject({ isRemoved: true, status: "finished", score: 0 });
    expect(r.summary).toMatchObject({ students: 2, finished: 1, mean: 2 });
    expect(r.items[0]!.attempts).toBe(1);
  });

  it("is not found for another teacher", async () => {
    const { other, assignment } = await setup();
    await expect(getAssignmentResults({ teacherId: other.id, assignmentId: assignment.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getResultsCsv({ teacherId: other.id, assignmentId: assignment.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getAssignment({ teacherId: other.id, assignmentId: assignment.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("results CSV", () => {
  it("starts with a BOM, keeps Arabic names, escapes commas and quotes, one row per student", async () => {
    const { teacher, article, ids, students, assignment } = await setup(["سارة", 'Omar "O", Jr', "=cmd"]);
    await makeAttempt({
      assignmentId: assignment.id,
      articleId: article.id,
      studentId: students[0]!.id,
      questionIds: ids,
      responses: [
        [ids[0]!, true, 12],
        [ids[1]!, false, 8],
      ],
    });
    const { body, filename, contentDisposition } = await getResultsCsv({
      teacherId: teacher.id,
      assignmentId: assignment.id,
    });
    expect(body.startsWith("\uFEFF")).toBe(true);
    const lines = body.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]).toMatch(
      /^student,status,score,total,percentage,started \(UTC\),submitted \(UTC\),time \(s\),extensions,time added \(s\),Q1: Question 1\?,Q1 answer,Q2: Question 2\?,Q2 answer,Q3: Question 3\?,Q3 answer$/,
    );
    const sara = lines.find((l) => l.startsWith("سارة,"))!.split(",");
    expect(sara.slice(0, 5)).toEqual(["سارة", "submitted", "1", "3", "33.3"]);
    expect(sara[5]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/); // started
    expect(sara[6]).toMatch(/^\d{4}-\d\d-\d\dT/); // submitted
    expect(sara.slice(7)).toEqual(["20", "0", "0", "1", "A", "0", "B", "", ""]);
    expect(lines).toContain('"Omar ""O"", Jr",not started,,,,,,,0,0,,,,,,');
    expect(lines).toContain("'=cmd,not started,,,,,,,0,0,,,,,,");
    expect(filename).toBe(
      "results-quiz-" +
        (await db.class.findFirstOrThrow({ where: { students: { some: { id: students[0]!.id } } } })).name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-") +
        ".csv",
    );
    expect(contentDisposition).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"; filename\*=UTF-8''/);
  });

  it("builds safe file names and custom headers", () => {
    expect(safeFilename("results", ["اختبار", "فصل"], "results-abc")).toBe("results-abc.csv");
    expect(safeFilename("results", ["Week 3: Maps", "فصل 8/B"], "results-abc")).toBe("results-week-3-maps-8-b.csv");
    const csv = resultsToCsv(
      { columns: [], rows: [] },
      {
        ...DEFAULT_EXPORT_LABELS,
        student: "الطالب",
        status: "الحالة",
        score: "الدرجة",
        total: "المجموع",
        percentage: "النسبة",
        started: "البدء",
        submitted: "التسليم",
        time: "الوقت",
        extensions: "مرات التمديد",
        extendedSec: "الوقت المضاف",
        question: (n) => `س${n}`,
      },
    );
    expect(csv).toBe("\uFEFFالطالب,الحالة,الدرجة,المجموع,النسبة,البدء,التسليم,الوقت,مرات التمديد,الوقت المضاف\r\n");
  });
});
