// Issue 8, items 1 and 7, written as the attacks they stop: answers after the due date (into an attempt left open or
// a later one, once keys are out), resuming after the due date, and keys of attempt 1 copied into attempt 2.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postAnswer } from "@/app/api/attempts/[id]/answers/route";
import { DEADLINE_GRACE_MS } from "@/lib/attempts/attempt-rules";
import { getAttemptView } from "@/lib/attempts/attempts";
import { extendAttempt, finishAttempt } from "@/lib/attempts/finish-attempt";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { getResultsCsv } from "@/lib/results/results-csv";
import { parseCsv } from "../setup/parse-csv";
import { getMyWork } from "@/lib/students/my-work";
import { attemptKeys, makeArticle, makeClassWithStudent, makeQuiz, makeTeacher, wrongAnswer } from "../setup/factories";
import { cookieJar } from "../setup/device-cookie";

const DEVICE = "dddddddd-dddd-4ddd-8ddd-dddddddddddd";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// The route handler reads the device cookie through next/headers (the request boundary).
vi.mock("next/headers", () => import("../setup/device-cookie"));

async function setup(settings: Parameters<typeof makeQuiz>[2], dueAt: Date) {
  // Three multiple-choice questions made here (key "A"), so no test depends on what the generator asks.
  const teacher = await makeTeacher();
  const { article } = await makeArticle(teacher.id, [{}, {}, {}]);
  const quiz = await makeQuiz(teacher.id, article.id, settings);
  const { klass, student } = await makeClassWithStudent(teacher.id, DEVICE);
  const assignment = await db.assignment.create({
    data: { quizId: quiz.id, classId: klass.id, opensAt: new Date(dueAt.getTime() - 24 * HOUR), dueAt },
  });
  return { teacher, quiz, student, assignment };
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const hasKeys = (x: unknown) => /"answer"\s*:|"evidence"\s*:/.test(JSON.stringify(x));

beforeEach(async () => {
  await db.studentDevice.deleteMany();
  cookieJar.device = null;
});

describe("due dates bind (issue 8, item 1)", () => {
  it("after_due, 2 attempts: the keys shown after the due date cannot be posted into an attempt left open", async () => {
    const due = new Date(Date.now() - HOUR); // in the past: results and CSV read the real clock
    const { teacher, assignment } = await setup({ feedback: "after_due", attemptsAllowed: 2 }, due);
    const before = at(due, -2 * HOUR);

    // Attempt 1: one wrong answer, then submitted. Attempt 2: started before the due date and left open.
    const a1 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: before });
    const keys = await attemptKeys(a1.id);
    const [k0] = keys;
    await submitAnswer({
      attemptId: a1.id,
      deviceId: DEVICE,
      questionId: k0!.id,
      answer: wrongAnswer(k0!),
      now: at(before, MINUTE),
    });
    await finishAttempt({ attemptId: a1.id, deviceId: DEVICE, now: at(before, 2 * MINUTE) });
    const a2 = await startAssignmentAttempt({
      assignmentId: assignment.id,
      deviceId: DEVICE,
      now: at(before, 3 * MINUTE),
    });
    expect(a2.id).not.toBe(a1.id);

    // The due date has passed: attempt 1's keys are out.
    const view1 = await getAttemptView({ attemptId: a1.id, deviceId: DEVICE });
    expect(view1.rules.canShowKeys).toBe(true);
    expect(view1.responses[0]).toMatchObject({ questionId: k0!.id, correct: false, answer: k0!.answer });

    // The attack: every key into the open attempt 2, and into the finished attempt 1.
    for (const k of keys) {
      await expect(
        submitAnswer({ attemptId: a2.id, deviceId: DEVICE, questionId: k.id, answer: k.answer }),
      ).rejects.toMatchObject({ status: 409, code: "assignment_closed" });
    }
    await expect(
      submitAnswer({ attemptId: a1.id, deviceId: DEVICE, questionId: keys[1]!.id, answer: keys[1]!.answer }),
    ).rejects.toMatchObject({ status: 409, code: "assignment_closed" });

    expect(await db.response.count({ where: { attemptId: a2.id } })).toBe(0);
    const stored2 = await db.attempt.findUniqueOrThrow({ where: { id: a2.id } });
    expect(stored2.score).toBe(0);
    expect(stored2.finishedAt?.toISOString()).toBe(due.toISOString()); // closed at the due date

    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(results.rows[0]).toMatchObject({ status: "finished", score: 0, attemptsUsed: 2 });
    const csv = await getResultsCsv({ teacherId: teacher.id, assignmentId: assignment.id });
    const row = parseCsv(csv.body.slice(1))[1]!;
    expect(row.slice(1, 3)).toEqual(["submitted", "0"]);
    expect(row.slice(10).filter((_, i) => i % 2 === 0)).not.toContain("1"); // the verdict columns
  });

  it("the route handler answers the attack with 409 and { error: { code, message } }", async () => {
    const due = new Date(Date.now() - HOUR);
    const { assignment } = await setup({ feedback: "after_due", attemptsAllowed: 2 }, due);
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -HOUR) });
    const [k] = await attemptKeys(a.id);
    cookieJar.device = DEVICE;
    const res = await postAnswer(
      new Request(`http://localhost/api/attempts/${a.id}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: k!.id, answer: k!.answer }),
      }),
      { params: Promise.resolve({ id: a.id }) },
    );
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("assignment_closed");
    expect(body.error.message).toMatch(/due date/);
    expect(await db.response.count({ where: { attemptId: a.id } })).toBe(0);
  });

  it("refuses to start or resume after the due date, even with an attempt left open", async () => {
    const due = new Date(Date.now() - HOUR);
    const { assignment } = await setup({ attemptsAllowed: 3 }, due);
    const open = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -HOUR) });
    // Before the due date the open attempt is resumed …
    expect(
      (await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -MINUTE) })).id,
    ).toBe(open.id);
    // … after it, it is not handed back, and no new one starts.
    await expect(
      startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, 1000) }),
    ).rejects.toMatchObject({
      status: 409,
      code: "assignment_closed",
    });
    await finishAttempt({ attemptId: open.id, deviceId: DEVICE, now: at(due, -30_000) });
    await expect(startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE })).rejects.toMatchObject({
      code: "assignment_closed",
    });
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  it("an open attempt closes at the due date: an answer in flight gets the grace, a later one is refused", async () => {
    const due = new Date(Date.now() + HOUR);
    const { teacher, assignment } = await setup({ feedback: "immediate" }, due);
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -HOUR) });
    const [k0, k1] = await attemptKeys(a.id);

    const inFlight = await submitAnswer({
      attemptId: a.id,
      deviceId: DEVICE,
      questionId: k0!.id,
      answer: k0!.answer,
      now: at(due, DEADLINE_GRACE_MS - 1),
    });
    expect(inFlight.score).toBe(1);
    const late = at(due, DEADLINE_GRACE_MS + 1);
    await expect(
      submitAnswer({ attemptId: a.id, deviceId: DEVICE, questionId: k1!.id, answer: k1!.answer, now: late }),
    ).rejects.toMatchObject({ code: "assignment_closed" });

    // Everyone sees it closed at the due date: the student's player and My work, the teacher's results.
    const mine = (await getMyWork({ deviceId: DEVICE, now: late }))[0]!;
    expect(mine.todo).toEqual([]);
    expect(mine.done[0]).toMatchObject({ isInProgress: false, canRetry: false, score: { score: 1 } });
    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id, now: late });
    expect(results.rows[0]).toMatchObject({ status: "finished", score: 1 });
    const view = await getAttemptView({ attemptId: a.id, deviceId: DEVICE, now: late });
    expect(view.finishedAt).toBe(due.toISOString());
    expect((await db.attempt.findUniqueOrThrow({ where: { id: a.id } })).finishedAt?.toISOString()).toBe(
      due.toISOString(),
    );
  });

  it("a timed attempt's clock stops at the due date, and more time cannot pass it", async () => {
    const due = new Date(Date.now() + HOUR);
    const { assignment } = await setup({ timeLimitSec: 600 }, due);
    const start = at(due, -2 * MINUTE);
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: start });
    const view = await getAttemptView({ attemptId: a.id, deviceId: DEVICE, now: start });
    expect(view.rules.deadlineAt).toBe(due.toISOString());
    expect(view.rules.canExtend).toBe(false);
    await expect(extendAttempt({ attemptId: a.id, deviceId: DEVICE, now: at(start, MINUTE) })).rejects.toMatchObject({
      status: 409,
      code: "due_date_reached",
    });
  });
});

describe("keys only when no attempt can change the score (issue 8, item 7)", () => {
  it("after_submit, 2 attempts: attempt 1 shows correct/incorrect only, so its keys cannot be copied into attempt 2", async () => {
    const { assignment } = await setup(
      { feedback: "after_submit", attemptsAllowed: 2 },
      new Date(Date.now() + 24 * HOUR),
    );
    const a1 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const [k0] = await attemptKeys(a1.id);
    await submitAnswer({ attemptId: a1.id, deviceId: DEVICE, questionId: k0!.id, answer: wrongAnswer(k0!) });
    const done1 = await finishAttempt({ attemptId: a1.id, deviceId: DEVICE });
    expect(done1.rules).toMatchObject({ canReveal: true, canShowKeys: false });
    expect(done1.score).toBe(0);
    expect(done1.responses).toEqual([{ questionId: k0!.id, given: wrongAnswer(k0!), correct: false }]);
    expect(hasKeys(done1)).toBe(false);

    // Attempt 2 is open: even with every attempt used, attempt 1's keys stay hidden while attempt 2 can score.
    const a2 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    expect(hasKeys(await getAttemptView({ attemptId: a1.id, deviceId: DEVICE }))).toBe(false);
    const saved = await submitAnswer({ attemptId: a2.id, deviceId: DEVICE, questionId: k0!.id, answer: k0!.answer });
    expect(hasKeys(saved)).toBe(false);

    // The last attempt is in: nothing can change the score any more, so both attempts show their keys.
    const done2 = await finishAttempt({ attemptId: a2.id, deviceId: DEVICE });
    expect(done2.rules.canShowKeys).toBe(true);
    expect(done2.responses[0]).toMatchObject({ correct: true, answer: k0!.answer });
    const again1 = await getAttemptView({ attemptId: a1.id, deviceId: DEVICE });
    expect(again1.responses[0]).toMatchObject({ correct: false, answer: k0!.answer, evidence: expect.any(Object) });
  });

  it("immediate, 2 attempts: verdicts at once, keys only on the last attempt", async () => {
    const { assignment } = await setup({ feedback: "immediate", attemptsAllowed: 2 }, new Date(Date.now() + 24 * HOUR));
    const a1 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const [k0] = await attemptKeys(a1.id);
    const first = await submitAnswer({
      attemptId: a1.id,
      deviceId: DEVICE,
      questionId: k0!.id,
      answer: wrongAnswer(k0!),
    });
    expect(first).toMatchObject({ correct: false, score: 0 });
    expect(hasKeys(first)).toBe(false);
    await finishAttempt({ attemptId: a1.id, deviceId: DEVICE });

    const a2 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const last = await submitAnswer({
      attemptId: a2.id,
      deviceId: DEVICE,
      questionId: k0!.id,
      answer: wrongAnswer(k0!),
    });
    expect(last).toMatchObject({ correct: false, answer: k0!.answer });
  });

  it("after_submit with attempts left: the due date passing reveals the keys", async () => {
    const due = new Date(Date.now() + HOUR);
    const { assignment } = await setup({ feedback: "after_submit", attemptsAllowed: 3 }, due);
    const a = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -HOUR) });
    const [k0] = await attemptKeys(a.id);
    await submitAnswer({
      attemptId: a.id,
      deviceId: DEVICE,
      questionId: k0!.id,
      answer: wrongAnswer(k0!),
      now: at(due, -HOUR),
    });
    await finishAttempt({ attemptId: a.id, deviceId: DEVICE, now: at(due, -HOUR) });
    expect(hasKeys(await getAttemptView({ attemptId: a.id, deviceId: DEVICE, now: at(due, -MINUTE) }))).toBe(false);
    const after = await getAttemptView({ attemptId: a.id, deviceId: DEVICE, now: at(due, 1) });
    expect(after.responses[0]).toMatchObject({ correct: false, answer: k0!.answer });
  });

  it("an attempt still taking answers in the grace after the due date keeps the other attempts' keys hidden", async () => {
    const due = new Date(Date.now() + HOUR);
    const { assignment } = await setup({ feedback: "after_submit", attemptsAllowed: 2 }, due);
    const a1 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -HOUR) });
    const keys = await attemptKeys(a1.id);
    await submitAnswer({
      attemptId: a1.id,
      deviceId: DEVICE,
      questionId: keys[0]!.id,
      answer: wrongAnswer(keys[0]!),
      now: at(due, -HOUR),
    });
    await finishAttempt({ attemptId: a1.id, deviceId: DEVICE, now: at(due, -HOUR) });
    const a2 = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE, now: at(due, -MINUTE) });
    expect(hasKeys(await getAttemptView({ attemptId: a1.id, deviceId: DEVICE, now: at(due, DEADLINE_GRACE_MS) }))).toBe(
      false,
    );
    // The grace is over: attempt 2 is closed at the due date and takes nothing more, so the keys may show.
    const after = at(due, DEADLINE_GRACE_MS + 1);
    expect(hasKeys(await getAttemptView({ attemptId: a1.id, deviceId: DEVICE, now: after }))).toBe(true);
    await expect(
      submitAnswer({
        attemptId: a2.id,
        deviceId: DEVICE,
        questionId: keys[0]!.id,
        answer: keys[0]!.answer,
        now: after,
      }),
    ).rejects.toMatchObject({ code: "assignment_closed" });
  });
});
