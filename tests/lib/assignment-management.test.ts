// Issue 12: a teacher manages assignments and quizzes after assigning (opens defaults to now, edit dates, close,
// reopen, delete with results kept; duplicate and delete quizzes).
import { beforeEach, describe, expect, it } from "vitest";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { getAssignment } from "@/lib/assignments/get-assignment";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { closeAssignment, deleteAssignment, updateAssignmentDates } from "@/lib/assignments/update-assignment";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { deleteQuiz, duplicateQuiz } from "@/lib/quizzes/duplicate-delete-quiz";
import { getQuiz } from "@/lib/quizzes/get-quiz";
import { listQuizzes } from "@/lib/quizzes/list-quizzes";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { getMyWork } from "@/lib/students/my-work";
import { makeClassWithStudent, makeQuiz, makeTeacherWithArticle } from "../setup/factories";

const DEVICE = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";
const HOUR = 3_600_000;

beforeEach(async () => {
  await db.studentDevice.deleteMany();
});

async function setup() {
  const { teacher, articleId } = await makeTeacherWithArticle();
  const quiz = await makeQuiz(teacher.id, articleId);
  const { klass, student } = await makeClassWithStudent(teacher.id, DEVICE);
  return { teacher, quiz, klass, student };
}

describe("assignment management", () => {
  it("opens now when only a due date is given", async () => {
    const { teacher, quiz, klass } = await setup();
    const now = new Date();
    const dueAt = new Date(now.getTime() + 24 * HOUR).toISOString();
    const { id } = await createAssignment({
      teacherId: teacher.id,
      input: { quizId: quiz.id, classId: klass.id, opensAt: "", dueAt },
      now,
    });
    const a = await getAssignment({ teacherId: teacher.id, assignmentId: id });
    expect(a.opensAt.getTime()).toBe(now.getTime());
    // …and a student can start it at once.
    await expect(startAssignmentAttempt({ assignmentId: id, deviceId: DEVICE })).resolves.toHaveProperty("id");
    // A due date already past, with "opens" empty, is refused.
    await expect(
      createAssignment({
        teacherId: teacher.id,
        input: { quizId: quiz.id, classId: klass.id, dueAt: new Date(now.getTime() - HOUR).toISOString() },
        now,
      }),
    ).rejects.toMatchObject({ code: "dueBeforeOpen" });
  });

  it("edits dates, closes now, reopens with a later due date", async () => {
    const { teacher, quiz, klass } = await setup();
    const { id } = await createAssignment({
      teacherId: teacher.id,
      input: { quizId: quiz.id, classId: klass.id, dueAt: new Date(Date.now() + HOUR).toISOString() },
    });
    const later = new Date(Date.now() + 48 * HOUR);
    await updateAssignmentDates({ teacherId: teacher.id, assignmentId: id, input: { dueAt: later.toISOString() } });
    expect((await getAssignment({ teacherId: teacher.id, assignmentId: id })).dueAt?.getTime()).toBe(later.getTime());

    await closeAssignment({ teacherId: teacher.id, assignmentId: id });
    await expect(startAssignmentAttempt({ assignmentId: id, deviceId: DEVICE })).rejects.toMatchObject({
      code: "assignment_closed",
    });
    const [work] = await getMyWork({ deviceId: DEVICE });
    expect(work!.closed.map((x) => x.assignmentId)).toContain(id);

    // Reopening needs a due date in the future.
    await expect(
      updateAssignmentDates({
        teacherId: teacher.id,
        assignmentId: id,
        input: { dueAt: new Date(Date.now() - 60_000).toISOString() },
      }),
    ).rejects.toMatchObject({ code: "dueInPast" });
    await updateAssignmentDates({ teacherId: teacher.id, assignmentId: id, input: { dueAt: later.toISOString() } });
    await expect(startAssignmentAttempt({ assignmentId: id, deviceId: DEVICE })).resolves.toHaveProperty("id");
  });

  it("deletes an assignment: students no longer see it, the teacher keeps its results, other teachers get 404", async () => {
    const { teacher, quiz, klass, student } = await setup();
    const other = await makeTeacherWithArticle();
    const { id } = await createAssignment({
      teacherId: teacher.id,
      input: { quizId: quiz.id, classId: klass.id, dueAt: new Date(Date.now() + HOUR).toISOString() },
    });
    await startAssignmentAttempt({ assignmentId: id, deviceId: DEVICE });
    await expect(deleteAssignment({ teacherId: other.teacher.id, assignmentId: id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await deleteAssignment({ teacherId: teacher.id, assignmentId: id });

    const [work] = await getMyWork({ deviceId: DEVICE });
    const seen = [...work!.todo, ...work!.done, ...work!.upcoming, ...work!.closed].map((x) => x.assignmentId);
    expect(seen).not.toContain(id);
    await expect(startAssignmentAttempt({ assignmentId: id, deviceId: DEVICE })).rejects.toBeInstanceOf(NotFoundError);

    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: id });
    expect(results.assignment.isDeleted).toBe(true);
    expect(results.rows.find((r) => r.studentId === student.id)?.attemptsUsed).toBe(1);
    const listed = (await listAssignments({ teacherId: teacher.id })).find((a) => a.id === id);
    expect(listed?.isDeleted).toBe(true);
    // A deleted assignment cannot be changed any more.
    await expect(closeAssignment({ teacherId: teacher.id, assignmentId: id })).rejects.toMatchObject({
      code: "assignmentDeleted",
    });
  });
});

describe("duplicate and delete quizzes", () => {
  it("duplicates settings and questions under a new title", async () => {
    const { teacher, quiz } = await setup();
    await db.quiz.update({ where: { id: quiz.id }, data: { attemptsAllowed: 3, timeLimitSec: 600 } });
    const { id } = await duplicateQuiz({ teacherId: teacher.id, quizId: quiz.id, title: (t) => `Copy of ${t}` });
    const [a, b] = await Promise.all([
      getQuiz({ teacherId: teacher.id, quizId: quiz.id }),
      getQuiz({ teacherId: teacher.id, quizId: id }),
    ]);
    expect(b.title).toBe(`Copy of ${a.title}`);
    expect(b.settings).toMatchObject({ attemptsAllowed: 3, timeLimitMin: 10 });
    expect(b.items.map((i) => i.id)).toEqual(a.items.map((i) => i.id));
    const other = await makeTeacherWithArticle();
    await expect(
      duplicateQuiz({ teacherId: other.teacher.id, quizId: quiz.id, title: (t) => t }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes a quiz: gone from the lists, its assignments closed and hidden, results kept", async () => {
    const { teacher, quiz, klass } = await setup();
    const { id } = await createAssignment({
      teacherId: teacher.id,
      input: { quizId: quiz.id, classId: klass.id, dueAt: new Date(Date.now() + HOUR).toISOString() },
    });
    await deleteQuiz({ teacherId: teacher.id, quizId: quiz.id });
    expect((await listQuizzes({ teacherId: teacher.id })).map((q) => q.id)).not.toContain(quiz.id);
    await expect(getQuiz({ teacherId: teacher.id, quizId: quiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startAssignmentAttempt({ assignmentId: id, deviceId: DEVICE })).rejects.toBeInstanceOf(NotFoundError);
    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: id });
    expect(results.assignment.quiz.isDeleted).toBe(true);
    expect(results.assignment.isDeleted).toBe(true);
  });
});
