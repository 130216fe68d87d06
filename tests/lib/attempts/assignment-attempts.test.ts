import { beforeEach, describe, expect, it } from "vitest";
import { DEADLINE_GRACE_MS, extensionMs, MAX_EXTENSIONS } from "@/lib/attempts/attempt-rules";
import { getAttemptView } from "@/lib/attempts/attempts";
import { extendAttempt, finishAttempt } from "@/lib/attempts/finish-attempt";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { parseAnswer } from "@/lib/question-rows";
import { makeClassWithStudent, makeQuiz, makeTeacherWithArticle } from "../../setup/factories";

const DEVICE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const OTHER_DEVICE = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
const HOUR = 3_600_000;

async function setup(
  settings: Parameters<typeof makeQuiz>[2] = {},
  dates: { opensAt?: Date; dueAt?: Date | null } = {},
) {
  const { teacher, articleId } = await makeTeacherWithArticle();
  const quiz = await makeQuiz(teacher.id, articleId, settings);
  const { klass, student } = await makeClassWithStudent(teacher.id, DEVICE);
  const assignment = await db.assignment.create({
    data: {
      quizId: quiz.id,
      classId: klass.id,
      opensAt: dates.opensAt ?? new Date(Date.now() - HOUR),
      dueAt: dates.dueAt ?? null,
    },
  });
  return { teacher, quiz, klass, student, assignment };
}

async function firstKey(attemptId: string) {
  const a = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const id = (JSON.parse(a.questionIds) as string[])[0]!;
  const q = await db.question.findUniqueOrThrow({ where: { id } });
  return { id, answer: parseAnswer(q.answer) };
}

beforeEach(async () => {
  await db.studentDevice.deleteMany();
});

describe("starting an assigned quiz", () => {
  it("starts once and resumes the open attempt; other devices cannot", async () => {
    const { assignment } = await setup();
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    expect((await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE })).id).toBe(a.id);
    await expect(
      startAssignmentAttempt({ assignmentId: assignment.id, deviceId: OTHER_DEVICE }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttemptView({ attemptId: a.id, deviceId: OTHER_DEVICE })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses before it opens, after it is due, and past the attempts allowed", async () => {
    const future = await setup({}, { opensAt: new Date(Date.now() + HOUR) });
    await expect(
      startAssignmentAttempt({ assignmentId: future.assignment.id, deviceId: DEVICE }),
    ).rejects.toMatchObject({ code: "not_open" });
    const past = await setup({}, { opensAt: new Date(Date.now() - 2 * HOUR), dueAt: new Date(Date.now() - HOUR) });
    await expect(startAssignmentAttempt({ assignmentId: past.assignment.id, deviceId: DEVICE })).rejects.toMatchObject({
      code: "assignment_closed",
    });
    const once = await setup({ attemptsAllowed: 1 });
    const a = await startAssignmentAttempt({ assignmentId: once.assignment.id, deviceId: DEVICE });
    await finishAttempt({ attemptId: a.id, deviceId: DEVICE });
    await expect(startAssignmentAttempt({ assignmentId: once.assignment.id, deviceId: DEVICE })).rejects.toMatchObject({
      code: "no_attempts_left",
    });
  });

  it("a removed student loses the attempt", async () => {
    const { assignment, student } = await setup();
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    await db.student.update({ where: { id: student.id }, data: { removedAt: new Date() } });
    await expect(getAttemptView({ attemptId: a.id, deviceId: DEVICE })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shuffles questions and choices the same way every time for the same student", async () => {
    const { assignment, quiz } = await setup({ shuffleQuestions: true, shuffleChoices: true, attemptsAllowed: 2 });
    const items = await db.quizItem.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const v1 = await getAttemptView({ attemptId: a.id, deviceId: DEVICE });
    expect([...v1.questions.map((q) => q.id)].sort()).toEqual(items.map((i) => i.questionId).sort());
    const again = await getAttemptView({ attemptId: a.id, deviceId: DEVICE });
    expect(again.questions).toEqual(v1.questions);
    await finishAttempt({ attemptId: a.id, deviceId: DEVICE });
    const b = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const v2 = await getAttemptView({ attemptId: b.id, deviceId: DEVICE });
    expect(v2.questions.map((q) => q.id)).toEqual(v1.questions.map((q) => q.id));
  });
});

describe("feedback settings", () => {
  it("after_submit: saves answers without verdicts, keys or score until the quiz is submitted", async () => {
    const { assignment } = await setup({ feedback: "after_submit" });
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const key = await firstKey(a.id);
    const res = await submitAnswer({ attemptId: a.id, deviceId: DEVICE, questionId: key.id, answer: key.answer });
    expect(JSON.stringify(res)).not.toMatch(/"correct"|"answer"|"evidence"/);
    expect(res.score).toBeNull();
    const view = await getAttemptView({ attemptId: a.id, deviceId: DEVICE });
    expect(JSON.stringify(view)).not.toMatch(/"correct"|"answer"|"evidence"/);
    const done = await finishAttempt({ attemptId: a.id, deviceId: DEVICE });
    expect(done.score).toBe(1);
    expect(done.responses[0]).toMatchObject({ correct: true, answer: key.answer });
  });

  it("after_due: stays hidden after submitting until the due date has passed", async () => {
    const { assignment } = await setup({ feedback: "after_due" }, { dueAt: new Date(Date.now() + HOUR) });
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const done = await finishAttempt({ attemptId: a.id, deviceId: DEVICE });
    expect(done.score).toBeNull();
    expect(done.rules.canReveal).toBe(false);
    // Past the due date and its grace (answers sent just before the due date may still arrive during the grace).
    await db.assignment.update({
      where: { id: assignment.id },
      data: { dueAt: new Date(Date.now() - DEADLINE_GRACE_MS - 1000) },
    });
    const later = await getAttemptView({ attemptId: a.id, deviceId: DEVICE });
    expect(later.rules.canReveal).toBe(true);
    expect(later.score).toBe(0);
  });
});

describe("time limit", () => {
  it("refuses answers after the deadline and closes the attempt", async () => {
    const { assignment } = await setup({ timeLimitSec: 60 });
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const { deadlineAt } = await db.attempt.findUniqueOrThrow({ where: { id: a.id } });
    const key = await firstKey(a.id);
    const late = new Date(deadlineAt!.getTime() + DEADLINE_GRACE_MS + 1000);
    const err = await submitAnswer({
      attemptId: a.id,
      deviceId: DEVICE,
      questionId: key.id,
      answer: key.answer,
      now: late,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).code).toBe("time_up");
    expect(await db.response.count({ where: { attemptId: a.id } })).toBe(0);
  });

  it("gives more time on request in the warning period, at least ten times (WCAG 2.2.1)", async () => {
    const { assignment } = await setup({ timeLimitSec: 600 });
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    let deadline = (await db.attempt.findUniqueOrThrow({ where: { id: a.id } })).deadlineAt!.getTime();
    for (let i = 0; i < MAX_EXTENSIONS; i++) {
      // 30 s before the end: inside the warning period (the last minute of a 10-minute quiz).
      const res = await extendAttempt({ attemptId: a.id, deviceId: DEVICE, now: new Date(deadline - 30_000) });
      expect(Date.parse(res.deadlineAt)).toBe(deadline + extensionMs(600));
      deadline = Date.parse(res.deadlineAt);
    }
    await expect(
      extendAttempt({ attemptId: a.id, deviceId: DEVICE, now: new Date(deadline - 30_000) }),
    ).rejects.toMatchObject({
      code: "no_more_extensions",
    });
  });

  it("has no extension for an untimed quiz", async () => {
    const { assignment } = await setup();
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    await expect(extendAttempt({ attemptId: a.id, deviceId: DEVICE })).rejects.toMatchObject({ code: "no_time_limit" });
  });
});

describe("what an attempt asks", () => {
  it("leaves out archived and draft questions of the quiz", async () => {
    const { assignment, quiz } = await setup();
    const items = await db.quizItem.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
    expect(items.length).toBeGreaterThanOrEqual(3);
    await db.question.update({ where: { id: items[0]!.questionId }, data: { archivedAt: new Date() } });
    await db.question.update({ where: { id: items[1]!.questionId }, data: { status: "draft" } });
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const view = await getAttemptView({ attemptId: a.id, deviceId: DEVICE });
    expect(view.questions.map((q) => q.id)).toEqual(items.slice(2).map((i) => i.questionId));
  });
});
