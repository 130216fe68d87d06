import { beforeEach, describe, expect, it } from "vitest";
import { createClass } from "@/lib/classes/create-class";
import { deleteClass } from "@/lib/classes/delete-class";
import { removeStudent } from "@/lib/classes/remove-student";
import { db } from "@/lib/db";
import { joinClass } from "@/lib/students/join-class";
import { getMyWork } from "@/lib/students/my-work";

const TEACHER = "teacher-a";
const PHONE = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const NOW = new Date("2026-03-10T12:00:00Z");
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
let n = 0;

let classId: string;
let code: string;
let articleId: string;

beforeEach(async () => {
  await db.class.deleteMany();
  await db.user.deleteMany();
  await db.article.deleteMany();
  await db.user.create({ data: { id: TEACHER, name: "Ana", email: "ana@example.com" } });
  articleId = (await db.article.create({ data: { title: "A", body: "Text.", language: "en", ownerId: TEACHER } })).id;
  const cls = await createClass({ teacherId: TEACHER, name: "7A" });
  classId = cls.id;
  code = cls.joinCode!;
});

async function assign(opts: {
  title?: string;
  opensAt?: Date;
  dueAt?: Date | null;
  attemptsAllowed?: number;
  feedback?: string;
  toClassId?: string;
}) {
  const quiz = await db.quiz.create({
    data: {
      ownerId: TEACHER,
      articleId,
      title: opts.title ?? `Quiz ${++n}`,
      attemptsAllowed: opts.attemptsAllowed ?? 1,
      feedback: opts.feedback ?? "immediate",
    },
  });
  return db.assignment.create({
    data: {
      quizId: quiz.id,
      classId: opts.toClassId ?? classId,
      opensAt: opts.opensAt ?? hours(-24),
      dueAt: opts.dueAt ?? null,
    },
  });
}

async function attempt(
  assignmentId: string,
  studentId: string,
  o: { finished?: boolean; score?: number; deadlineAt?: Date } = {},
) {
  return db.attempt.create({
    data: {
      articleId,
      deviceId: PHONE,
      assignmentId,
      studentId,
      questionIds: "[]",
      total: 5,
      score: o.score ?? 0,
      startedAt: hours(-2),
      finishedAt: o.finished ? hours(-1) : null,
      deadlineAt: o.deadlineAt ?? null,
    },
  });
}

const titles = (xs: { quizTitle: string }[]) => xs.map((x) => x.quizTitle).sort();

describe("my work", () => {
  it("is empty for a device that joined nothing (or has no cookie)", async () => {
    expect(await getMyWork({ deviceId: PHONE, now: NOW })).toEqual([]);
    expect(await getMyWork({ deviceId: null, now: NOW })).toEqual([]);
  });

  it("sorts assignments into to do, done, upcoming and closed", async () => {
    const s = await joinClass({ code, displayName: "Sara", deviceId: PHONE, address: null });
    await assign({ title: "open", dueAt: hours(24) });
    const started = await assign({ title: "started" });
    const finished = await assign({ title: "finished", dueAt: hours(24) });
    await assign({ title: "later", opensAt: hours(5) });
    await assign({ title: "missed", dueAt: hours(-1) });
    const used = await assign({ title: "retry", attemptsAllowed: 2 });
    const timedOut = await assign({ title: "timed out" });
    await attempt(started.id, s.studentId);
    await attempt(finished.id, s.studentId, { finished: true, score: 4 });
    await attempt(used.id, s.studentId, { finished: true, score: 2 });
    await attempt(timedOut.id, s.studentId, { deadlineAt: hours(-1), score: 1 });

    const [mine, ...rest] = await getMyWork({ deviceId: PHONE, now: NOW });
    expect(rest).toEqual([]);
    expect(mine).toMatchObject({
      classId,
      className: "7A",
      student: { id: s.studentId, displayName: "Sara", pin: s.pin },
    });
    expect(titles(mine!.todo)).toEqual(["open", "started"]);
    expect(mine!.todo.find((a) => a.quizTitle === "started")).toMatchObject({ isInProgress: true, attemptsUsed: 1 });
    expect(mine!.todo.find((a) => a.quizTitle === "open")).toMatchObject({ isInProgress: false, attemptsUsed: 0 });
    expect(titles(mine!.done)).toEqual(["finished", "retry", "timed out"]);
    expect(mine!.done.find((a) => a.quizTitle === "retry")).toMatchObject({
      canRetry: true,
      score: { score: 2, total: 5 },
    });
    expect(mine!.done.find((a) => a.quizTitle === "finished")).toMatchObject({
      canRetry: false,
      score: { score: 4, total: 5 },
    });
    expect(mine!.done.find((a) => a.quizTitle === "timed out")).toMatchObject({
      canRetry: false,
      score: { score: 1, total: 5 },
    });
    expect(titles(mine!.upcoming)).toEqual(["later"]);
    expect(titles(mine!.closed)).toEqual(["missed"]);
  });

  it("shows a score only when the quiz's feedback setting allows it", async () => {
    const s = await joinClass({ code, displayName: "Sara", deviceId: PHONE, address: null });
    const immediate = await assign({ title: "immediate", feedback: "immediate" });
    const afterSubmit = await assign({ title: "after submit", feedback: "after_submit" });
    const dueSoon = await assign({ title: "due later", feedback: "after_due", dueAt: hours(3) });
    const duePast = await assign({ title: "due passed", feedback: "after_due", dueAt: hours(-0.5) });
    const noDue = await assign({ title: "no due date", feedback: "after_due" });
    for (const a of [immediate, afterSubmit, dueSoon, duePast, noDue]) {
      await attempt(a.id, s.studentId, { finished: true, score: 3 });
    }
    const [mine] = await getMyWork({ deviceId: PHONE, now: NOW });
    const byTitle = Object.fromEntries(mine!.done.map((a) => [a.quizTitle, a]));
    expect(byTitle["immediate"]).toMatchObject({ score: { score: 3, total: 5 }, isScoreHidden: false });
    expect(byTitle["after submit"]).toMatchObject({ score: { score: 3, total: 5 }, isScoreHidden: false });
    expect(byTitle["due later"]).toMatchObject({ score: null, isScoreHidden: true });
    expect(byTitle["due passed"]).toMatchObject({ score: { score: 3, total: 5 }, isScoreHidden: false });
    expect(byTitle["no due date"]).toMatchObject({ score: null, isScoreHidden: true });
    // Once the due date passes, the hidden score appears.
    const later = await getMyWork({ deviceId: PHONE, now: hours(4) });
    expect(later[0]!.done.find((a) => a.quizTitle === "due later")!.score).toEqual({ score: 3, total: 5 });
  });

  it("an unfinished attempt shows no score, whatever the setting", async () => {
    const s = await joinClass({ code, displayName: "Sara", deviceId: PHONE, address: null });
    const a = await assign({ title: "x", feedback: "after_submit" });
    await attempt(a.id, s.studentId, { score: 2 });
    const [mine] = await getMyWork({ deviceId: PHONE, now: NOW });
    expect(mine!.todo[0]).toMatchObject({ isInProgress: true, score: null });
  });

  it("shows only this device's students and their own attempts", async () => {
    const sara = await joinClass({ code, displayName: "Sara", deviceId: PHONE, address: null });
    const omar = await joinClass({ code, displayName: "Omar", deviceId: OTHER, address: null });
    const a = await assign({ title: "shared" });
    await attempt(a.id, omar.studentId, { finished: true, score: 5 });
    const [mine] = await getMyWork({ deviceId: PHONE, now: NOW });
    expect(mine!.student.id).toBe(sara.studentId);
    expect(titles(mine!.todo)).toEqual(["shared"]);
    expect(mine!.done).toEqual([]);
    expect(JSON.stringify(await getMyWork({ deviceId: PHONE, now: NOW }))).not.toContain("Omar");

    // Another class of another teacher's is not shown either, nor its assignments.
    await db.user.create({ data: { id: "t2", name: "Ben", email: "ben@example.com" } });
    const other = await createClass({ teacherId: "t2", name: "8B" });
    await assign({ title: "elsewhere", toClassId: other.id });
    expect((await getMyWork({ deviceId: PHONE, now: NOW })).map((c) => c.className)).toEqual(["7A"]);
  });

  it("lists one entry per class the device has joined; removed students and deleted classes disappear", async () => {
    const other = await createClass({ teacherId: TEACHER, name: "Club" });
    const s = await joinClass({ code, displayName: "Sara", deviceId: PHONE, address: null });
    await joinClass({ code: other.joinCode, displayName: "Sara", deviceId: PHONE, address: null });
    expect((await getMyWork({ deviceId: PHONE, now: NOW })).map((c) => c.className)).toEqual(["7A", "Club"]);
    await removeStudent({ teacherId: TEACHER, classId, studentId: s.studentId });
    expect((await getMyWork({ deviceId: PHONE, now: NOW })).map((c) => c.className)).toEqual(["Club"]);
    await deleteClass({ teacherId: TEACHER, classId: other.id });
    expect(await getMyWork({ deviceId: PHONE, now: NOW })).toEqual([]);
  });
});
