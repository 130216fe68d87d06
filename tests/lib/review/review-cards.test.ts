// Issue 11: cards from answered questions (only once keys may be shown), due lists across articles, reviews judged
// and scheduled on the server, bad input refused with the schedule unchanged, suspended cards never back.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { startAttempt } from "@/lib/attempts/attempts";
import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { getClassReviewStats } from "@/lib/review/class-review-stats";
import { practiceCardHooks } from "@/lib/review/after-answer";
import { createReviewCardForAnswer, createReviewCards, syncReviewCards } from "@/lib/review/create-review-cards";
import { getReviewProgress } from "@/lib/review/get-review-progress";
import { listCardReports } from "@/lib/review/list-card-reports";
import { countDueCards, listDueCards } from "@/lib/review/list-due-cards";
import { rerateReview } from "@/lib/review/rerate-review";
import { setDesiredRetention } from "@/lib/review/review-settings";
import { submitReview } from "@/lib/review/submit-review";
import { suspendCard } from "@/lib/review/suspend-card";
import {
  ARABIC_ARTICLE,
  attemptKeys,
  ENGLISH_ARTICLE,
  makeClassWithStudent,
  makeQuiz,
  makeTeacherWithArticle,
  wrongAnswer,
} from "../../setup/factories";

let DEVICE: string; // a fresh device per test: cards accumulate in the file's database
const OTHER = "22222222-2222-4222-8222-222222222222";
const MIN = 60_000;
const DAY = 86_400_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** Practises an article on a device (DEVICE unless told): answers the indexes `isRight` picks right (2 s each: fast),
 * the rest wrong. The cards are synced after each answer (the full sync), unless `syncEach` is false; `hooks` go to
 * each answer as the answer route passes them. */
async function practise(
  articleId: string,
  isRight: (i: number) => boolean,
  start: Date,
  { deviceId = DEVICE, syncEach = true, hooks = {} }: { deviceId?: string; syncEach?: boolean; hooks?: object } = {},
) {
  const { id } = await startAttempt({ articleId, deviceId });
  await db.attempt.update({ where: { id }, data: { startedAt: start } });
  const qs = await attemptKeys(id);
  let now = start;
  for (const [i, q] of qs.entries()) {
    now = at(now, 2_000);
    await submitAnswer({
      attemptId: id,
      deviceId,
      questionId: q.id,
      answer: isRight(i) ? q.answer : wrongAnswer(q),
      now,
      ...hooks,
    });
    if (syncEach) await createReviewCards({ attemptId: id, deviceId, now });
  }
  return { attemptId: id, qs, end: now };
}

let english: string;
let arabic: string;
let T0: Date;
beforeEach(async () => {
  english = (await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE })).id;
  arabic = (await createArticle({ title: "مكتبة النهر", body: ARABIC_ARTICLE })).id;
  T0 = new Date(Date.now() - 60 * MIN);
  DEVICE = crypto.randomUUID();
});

describe("review cards from practice", () => {
  it("makes one card per answered question; wrong ones are due within minutes, fast right ones in days", async () => {
    const { qs, end } = await practise(english, (i) => i % 2 === 0, T0);
    const cards = await db.reviewCard.findMany({ where: { ownerKey: `d:${DEVICE}` } });
    expect(cards).toHaveLength(qs.length);
    const wrongIds = qs.filter((_, i) => i % 2 === 1).map((q) => q.id);
    // a day later exactly the wrong ones are due
    const due = await listDueCards({ deviceId: DEVICE, now: at(end, DAY) });
    expect(due.map((c) => c.question.id).sort()).toEqual([...wrongIds].sort());
    expect(await countDueCards({ deviceId: DEVICE, now: at(end, DAY) })).toBe(wrongIds.length);
    // and no key or evidence goes out with them
    expect(JSON.stringify(due)).not.toMatch(/"answer"|evidence/);
    // another device has none
    expect(await listDueCards({ deviceId: OTHER, now: at(end, 30 * DAY) })).toEqual([]);
    // answering again (replay) makes no second card
    await createReviewCards({
      attemptId: (await db.attempt.findFirstOrThrow({ where: { deviceId: DEVICE } })).id,
      deviceId: DEVICE,
      now: end,
    });
    expect(await db.reviewCard.count({ where: { ownerKey: `d:${DEVICE}` } })).toBe(qs.length);
  });

  it("lists due cards from every article, oldest-overdue first", async () => {
    const a = await practise(arabic, () => false, T0);
    const e = await practise(english, () => false, at(a.end, 5 * MIN));
    const due = await listDueCards({ deviceId: DEVICE, now: at(e.end, 2 * DAY) });
    expect(due).toHaveLength(a.qs.length + e.qs.length);
    expect(new Set(due.map((c) => c.article.id))).toEqual(new Set([arabic, english]));
    const dues = due.map((c) => Date.parse(c.due));
    expect([...dues].sort((x, y) => x - y)).toEqual(dues);
    expect(due[0]!.article.id).toBe(arabic);
  });
});

describe("cards wait for the keys (attempt-rules canShowKeys)", () => {
  it("makes no card while another attempt could still change the score", async () => {
    const { teacher, articleId } = await makeTeacherWithArticle();
    const quiz = await makeQuiz(teacher.id, articleId, { attemptsAllowed: 2, feedback: "immediate" });
    const { klass, student } = await makeClassWithStudent(teacher.id, DEVICE);
    const assignment = await db.assignment.create({ data: { quizId: quiz.id, classId: klass.id } });
    const first = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const qs = await attemptKeys(first.id);
    for (const q of qs)
      await submitAnswer({ attemptId: first.id, deviceId: DEVICE, questionId: q.id, answer: q.answer });
    expect(await createReviewCards({ attemptId: first.id, deviceId: DEVICE })).toBe(0);
    expect(await syncReviewCards({ deviceId: DEVICE })).toBe(0);
    // the second (last) attempt used up: keys may be shown, and both attempts' answers become the student's cards
    const second = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    await finishAttempt({ attemptId: second.id, deviceId: DEVICE });
    expect(await syncReviewCards({ deviceId: DEVICE })).toBe(qs.length);
    expect(await db.reviewCard.count({ where: { ownerKey: `s:${student.id}`, studentId: student.id } })).toBe(
      qs.length,
    );
  });
});

describe("keys that come out later", () => {
  it("makes an 'after the due date' quiz's cards once the due date has passed (when the Review page opens)", async () => {
    const { teacher, articleId } = await makeTeacherWithArticle();
    const quiz = await makeQuiz(teacher.id, articleId, { feedback: "after_due" });
    const { klass } = await makeClassWithStudent(teacher.id, DEVICE);
    const dueAt = new Date(Date.now() + DAY);
    const assignment = await db.assignment.create({ data: { quizId: quiz.id, classId: klass.id, dueAt } });
    const attempt = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    const qs = await attemptKeys(attempt.id);
    for (const q of qs)
      await submitAnswer({ attemptId: attempt.id, deviceId: DEVICE, questionId: q.id, answer: wrongAnswer(q) });
    expect(await createReviewCards({ attemptId: attempt.id, deviceId: DEVICE })).toBe(0);
    expect(await syncReviewCards({ deviceId: DEVICE, now: at(dueAt, -MIN) })).toBe(0);
    expect(await syncReviewCards({ deviceId: DEVICE, now: at(dueAt, MIN) })).toBe(qs.length);
    expect(await syncReviewCards({ deviceId: DEVICE, now: at(dueAt, 2 * MIN) })).toBe(0); // once
  });
});

describe("reviewing", () => {
  it("judges, schedules, reveals key and evidence only after the answer; replays a resent review", async () => {
    const { qs, end } = await practise(english, () => false, T0);
    const now = at(end, DAY);
    const [card] = await listDueCards({ deviceId: DEVICE, now });
    const q = qs.find((x) => x.id === card!.question.id)!;
    const input = { answer: q.answer, seconds: 15, clientId: "review-0001" };
    const res = await submitReview({ cardId: card!.id, deviceId: DEVICE, input, now });
    expect(res.correct).toBe(true);
    expect(res.rating).toBe("good");
    expect(res.answer).toEqual(q.answer);
    expect(res.evidence.text.length).toBeGreaterThan(0);
    expect(Date.parse(res.due)).toBeGreaterThan(now.getTime());
    // the offline queue sending it again stores nothing new and answers the same
    const again = await submitReview({ cardId: card!.id, deviceId: DEVICE, input, now: at(now, MIN) });
    expect(again.reviewId).toBe(res.reviewId);
    expect(await db.reviewLog.count({ where: { cardId: card!.id, source: "review" } })).toBe(1);
  });

  it("refuses a card not due, not yours, or a bad answer — and leaves the schedule unchanged", async () => {
    const { qs, end } = await practise(english, (i) => i === 0, T0);
    const easy = await db.reviewCard.findFirstOrThrow({ where: { questionId: qs[0]!.id } });
    const before = JSON.stringify(easy);
    const q0 = qs[0]!;
    await expect(
      submitReview({ cardId: easy.id, deviceId: DEVICE, input: { answer: q0.answer }, now: at(end, DAY) }),
    ).rejects.toMatchObject({
      status: 409,
      code: "not_due",
    });
    await expect(
      submitReview({ cardId: easy.id, deviceId: OTHER, input: { answer: q0.answer, isAhead: true }, now: end }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitReview({ cardId: easy.id, deviceId: null, input: { answer: q0.answer, isAhead: true }, now: end }),
    ).rejects.toBeInstanceOf(NotFoundError);
    if (q0.type !== "short_answer")
      await expect(
        submitReview({ cardId: easy.id, deviceId: DEVICE, input: { answer: "not a choice", isAhead: true }, now: end }),
      ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      rerateReview({ cardId: easy.id, deviceId: DEVICE, input: { reviewId: "x", rating: "easy" } }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(JSON.stringify(await db.reviewCard.findUniqueOrThrow({ where: { id: easy.id } }))).toBe(before);
    expect(await db.reviewLog.count({ where: { cardId: easy.id } })).toBe(1);
    // "learn ahead" asks on purpose, and is taken
    const ahead = await listDueCards({ deviceId: DEVICE, now: end, isAhead: true });
    expect(ahead.map((c) => c.id)).toContain(easy.id);
    await submitReview({
      cardId: easy.id,
      deviceId: DEVICE,
      input: { answer: q0.answer, isAhead: true, seconds: 3 },
      now: end,
    });
    expect(await db.reviewLog.count({ where: { cardId: easy.id } })).toBe(2);
  });

  it("lets a typed answer's rating be corrected", async () => {
    const { qs, end } = await practise(english, () => false, T0);
    const card = await db.reviewCard.findFirstOrThrow({ where: { questionId: qs[0]!.id } });
    await db.question.update({ where: { id: qs[0]!.id }, data: { type: "short_answer" } });
    const now = at(end, DAY);
    const res = await submitReview({
      cardId: card.id,
      deviceId: DEVICE,
      input: { answer: "completely different words", seconds: 5 },
      now,
    });
    expect(res.rating).toBe("again");
    expect(res.canRerate).toBe(true);
    const fixed = await rerateReview({
      cardId: card.id,
      deviceId: DEVICE,
      input: { reviewId: res.reviewId, rating: "good" },
    });
    expect(fixed.rating).toBe("good");
    expect(Date.parse(fixed.due)).toBeGreaterThan(Date.parse(res.due));
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(2);
  });

  it("uses the desired retention from settings", async () => {
    const { qs, end } = await practise(english, () => false, T0);
    const cards = await db.reviewCard.findMany({ where: { questionId: { in: qs.slice(0, 2).map((q) => q.id) } } });
    const now = at(end, DAY);
    // Good twice each, one at 0.8 and one at 0.97: the stricter target comes back sooner
    const dues: number[] = [];
    for (const [i, retention] of [0.8, 0.97].entries()) {
      await setDesiredRetention({ deviceId: DEVICE, desiredRetention: retention });
      const c = cards[i]!;
      const q = qs.find((x) => x.id === c.questionId)!;
      const r1 = await submitReview({ cardId: c.id, deviceId: DEVICE, input: { answer: q.answer, seconds: 15 }, now });
      const r2 = await submitReview({
        cardId: c.id,
        deviceId: DEVICE,
        input: { answer: q.answer, seconds: 15 },
        now: new Date(r1.due),
      });
      dues.push(Date.parse(r2.due) - Date.parse(r1.due));
    }
    expect(dues[1]!).toBeLessThan(dues[0]!);
  });
});

describe("suspending", () => {
  it("never brings a suspended card back, and the article's teacher sees the report (no name)", async () => {
    const { teacher } = await makeTeacherWithArticle();
    const articleId = english;
    const { qs, end } = await practise(articleId, () => false, T0);
    // the article's teacher (a teacher's article reaches students through assignments; ownership is what counts here)
    await db.article.update({ where: { id: articleId }, data: { ownerId: teacher.id } });
    const card = await db.reviewCard.findFirstOrThrow({ where: { questionId: qs[0]!.id } });
    await suspendCard({ cardId: card.id, deviceId: DEVICE, note: "The key says 1999; the text says 1998." });
    for (const days of [1, 30, 400]) {
      const due = await listDueCards({ deviceId: DEVICE, now: at(end, days * DAY) });
      expect(due.map((c) => c.id)).not.toContain(card.id);
      expect(due).toHaveLength(qs.length - 1);
    }
    await expect(
      submitReview({
        cardId: card.id,
        deviceId: DEVICE,
        input: { answer: qs[0]!.answer, isAhead: true },
        now: at(end, DAY),
      }),
    ).rejects.toMatchObject({ code: "card_suspended" });
    await expect(suspendCard({ cardId: card.id, deviceId: OTHER })).rejects.toBeInstanceOf(NotFoundError);
    const reports = await listCardReports({ articleId, ownerId: teacher.id });
    expect(reports).toEqual([
      expect.objectContaining({ questionId: qs[0]!.id, count: 1, notes: ["The key says 1999; the text says 1998."] }),
    ]);
    expect(JSON.stringify(reports)).not.toContain(DEVICE);
    expect(await listCardReports({ articleId, ownerId: "someone-else" })).toEqual([]);
  });
});

describe("progress and class aggregates", () => {
  it("reports streak, retention, forecast and mastery", async () => {
    const { qs, end } = await practise(english, () => false, T0);
    const now = at(end, DAY);
    const [card] = await listDueCards({ deviceId: DEVICE, now });
    const q = qs.find((x) => x.id === card!.question.id)!;
    await submitReview({ cardId: card!.id, deviceId: DEVICE, input: { answer: q.answer, seconds: 15 }, now });
    const p = await getReviewProgress({ deviceId: DEVICE, now });
    expect(p.streak).toBe(1);
    expect(p.retention).toEqual({ reviews: 1, correct: 1 });
    // overdue cards count on today; the reviewed one is back in 10 minutes (a learning step) — today too
    expect(p.forecast[0]!.count).toBe(qs.length);
    expect(p.forecast.slice(1).every((d) => d.count === 0)).toBe(true);
    expect(p.articles).toEqual([expect.objectContaining({ id: english, cards: qs.length, mastered: 0, mastery: 0 })]);
    // a card in review with stability ≥ 21 days counts as mastered
    await db.reviewCard.update({ where: { id: card!.id }, data: { state: 2, stability: 30 } });
    const p2 = await getReviewProgress({ deviceId: DEVICE, now });
    expect(p2.articles[0]!.mastered).toBe(1);
  });

  it("gives a teacher per-class counts and average mastery, only for their own class", async () => {
    const { teacher, articleId } = await makeTeacherWithArticle();
    const quiz = await makeQuiz(teacher.id, articleId);
    const { klass, student } = await makeClassWithStudent(teacher.id, DEVICE);
    await db.student.create({ data: { classId: klass.id, displayName: "Omar", pin: "4321" } });
    const assignment = await db.assignment.create({ data: { quizId: quiz.id, classId: klass.id } });
    const attempt = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: DEVICE });
    for (const q of await attemptKeys(attempt.id))
      await submitAnswer({ attemptId: attempt.id, deviceId: DEVICE, questionId: q.id, answer: q.answer });
    expect(await createReviewCards({ attemptId: attempt.id, deviceId: DEVICE })).toBeGreaterThan(0);
    const cards = await db.reviewCard.findMany({ where: { studentId: student.id } });
    await db.reviewCard.update({ where: { id: cards[0]!.id }, data: { state: 2, stability: 25 } });
    const stats = await getClassReviewStats({ classId: klass.id, ownerId: teacher.id });
    expect(stats.students).toBe(2);
    expect(stats.withCards).toBe(1);
    expect(stats.articles).toEqual([
      expect.objectContaining({ id: articleId, students: 1, mastery: 1 / cards.length }),
    ]);
    await expect(getClassReviewStats({ classId: klass.id, ownerId: "other" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the answer path's own card for a practice answer (one insert, issue 9 × 11)", () => {
  it("schedules exactly what the full sync would, and a second sync adds nothing", async () => {
    // as the answer route: on SQLite the card is written in the answer's own transaction
    const { attemptId, qs, end } = await practise(english, (i) => i % 2 === 0, T0, {
      syncEach: false,
      hooks: practiceCardHooks,
    });
    const fast = await db.reviewCard.findMany({ where: { ownerKey: `d:${DEVICE}` }, orderBy: { questionId: "asc" } });
    expect(fast).toHaveLength(qs.length);
    expect(await createReviewCards({ attemptId, deviceId: DEVICE, now: end })).toBe(0);
    // the same answers through the full sync on another device give the same schedule
    const other = crypto.randomUUID();
    const second = await practise(english, (i) => i % 2 === 0, T0, { deviceId: other, syncEach: false });
    await createReviewCards({ attemptId: second.attemptId, deviceId: other, now: second.end });
    const full = await db.reviewCard.findMany({
      where: { ownerKey: `d:${other}` },
      orderBy: { questionId: "asc" },
      include: { logs: true },
    });
    // every field Prisma reads back, but the ids, the owner and the moment the row was written
    const shape = ({ id: _id, ownerKey: _o, deviceId: _d, createdAt: _c, ...c }: (typeof full)[number]) => ({
      ...c,
      logs: c.logs.map(({ id: _l, cardId: _ci, ...l }) => l),
    });
    const fastWithLogs = await db.reviewCard.findMany({
      where: { ownerKey: `d:${DEVICE}` },
      orderBy: { questionId: "asc" },
      include: { logs: true },
    });
    expect(fastWithLogs.map(shape)).toEqual(full.map(shape));
    expect(fastWithLogs.every((c) => c.deviceId === DEVICE && c.logs[0]!.source === "answer")).toBe(true);

    // practising the article again: the cards exist, so the same answers make no second card and no error
    const { id: again } = await startAttempt({ articleId: english, deviceId: DEVICE, fresh: true });
    for (const q of await attemptKeys(again)) {
      const r = await submitAnswer({
        attemptId: again,
        deviceId: DEVICE,
        questionId: q.id,
        answer: q.answer,
        onPracticeAnswer: async (a) => expect(await createReviewCardForAnswer(a)).toBe(false),
      });
      expect("correct" in r && r.correct).toBe(true);
    }
    expect(await db.reviewCard.count({ where: { ownerKey: `d:${DEVICE}` } })).toBe(qs.length);
    expect(await db.reviewLog.count({ where: { card: { ownerKey: `d:${DEVICE}` } } })).toBe(qs.length);
  });
});
