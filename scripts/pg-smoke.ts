// PostgreSQL smoke test (run by scripts/test-pg.sh): the app's own lib modules against a migrated + seeded PostgreSQL
// database. Exits non-zero on any failure. Needs DATABASE_PROVIDER=postgresql, DATABASE_URL=postgresql://…, a client
// generated from prisma/postgresql/schema.prisma, and `tsx --conditions=react-server` (lib modules import "server-only").
import assert from "node:assert/strict";
import { createArticle } from "@/lib/articles/create-article";
import { getArticle } from "@/lib/articles/get-article";
import { getAttemptView, startAttempt } from "@/lib/attempts/attempts";
import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-provider";
import { ConflictError } from "@/lib/errors";
import { parseAnswer } from "@/lib/question-rows";
import { createReviewCards } from "@/lib/review/create-review-cards";
import { getReviewProgress } from "@/lib/review/get-review-progress";
import { listDueCards } from "@/lib/review/list-due-cards";
import { submitReview } from "@/lib/review/submit-review";

const ARTICLE = `The Harbour Bridge
The Harbour Bridge opened on 12 March 1932 after eight years of work.
It was designed by the engineer John Bradfield, who later founded a school of engineering.
In 1998, the city added a walkway for 5,000 visitors a day.
"A bridge joins people before it joins shores," said Mayor Anne Moore in 2001.
About 160,000 vehicles cross the bridge every day.`;

let step = "";
const check = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  step = name;
  const t = Date.now();
  const out = await fn();
  console.log(`  ok  ${name} (${Date.now() - t} ms)`);
  return out;
};

try {
  await check("provider is postgresql and the client talks to PostgreSQL", async () => {
    assert.equal(databaseProvider(), "postgresql");
    const [row] = await db.$queryRaw<{ v: string }[]>`SELECT version() AS v`;
    assert.match(row!.v, /^PostgreSQL /);
  });

  await check("the seeded sample article is there", async () => {
    const sample = await db.article.findFirst({
      where: { sampleKey: { not: null } },
      include: { _count: { select: { questions: true } } },
    });
    assert.ok(sample, "no seeded article");
    assert.ok(sample._count.questions > 0, "seeded article has no questions");
  });

  const article = await check("createArticle (article + generated questions, nested write)", async () => {
    const a = await createArticle({ title: "Smoke test", body: ARTICLE });
    const read = await getArticle(a.id);
    assert.equal(read.id, a.id);
    const n = await db.question.count({ where: { articleId: a.id } });
    assert.ok(n > 0, "no questions generated");
    return a;
  });

  const deviceId = `smoke-device-${Date.now()}`;
  const attempt = await check("startAttempt (and resume returns the same attempt)", async () => {
    const at = await startAttempt({ articleId: article.id, deviceId });
    const again = await startAttempt({ articleId: article.id, deviceId });
    assert.equal(again.id, at.id);
    return at;
  });

  const first = await db.question.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { position: "asc" } });
  await check("submitAnswer (correct key → correct response, score 1)", async () => {
    const r = await submitAnswer({
      attemptId: attempt.id,
      deviceId,
      questionId: first.id,
      answer: parseAnswer(first.answer),
    });
    assert.equal("correct" in r && r.correct, true);
    assert.equal(r.score, 1);
  });

  await check("submitAnswer again: same answer replays, another answer is a 409", async () => {
    const replay = await submitAnswer({
      attemptId: attempt.id,
      deviceId,
      questionId: first.id,
      answer: parseAnswer(first.answer),
    });
    assert.equal(replay.answered, 1);
    await assert.rejects(
      submitAnswer({ attemptId: attempt.id, deviceId, questionId: first.id, answer: "certainly not the answer" }),
      (e) => e instanceof ConflictError || (e as { code?: string }).code === "invalid_answer",
    );
  });

  await check("finishAttempt and read everything back", async () => {
    const view = await finishAttempt({ attemptId: attempt.id, deviceId });
    assert.ok(view.finishedAt);
    assert.equal(view.score, 1);
    assert.equal(view.responses.length, 1);
    const stored = await db.response.findMany({ where: { attemptId: attempt.id } });
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.correct, true);
    assert.ok(stored[0]!.answeredAt instanceof Date);
    const other = await getAttemptView({ attemptId: attempt.id, deviceId }).catch((e: unknown) => e);
    assert.ok(!(other instanceof Error), "owner could not read the attempt back");
  });

  await check(
    "answer path (issue 9): every question once, counts on the attempt, slice evidence = whole-body evidence, emoji before it",
    async () => {
      // An emoji before the evidence: PostgreSQL counts characters, the offsets count UTF-16 units (answer-sql.ts).
      const prefix = "😀".repeat(40) + " " + "x".repeat(200) + "\n";
      const a = await createArticle({ title: "Smoke slice", body: ARTICLE });
      await db.article.update({ where: { id: a.id }, data: { body: prefix + ARTICLE } });
      await db.question.updateMany({
        where: { articleId: a.id },
        data: { evidenceStart: { increment: prefix.length }, evidenceEnd: { increment: prefix.length } },
      });
      const device = `smoke-slice-${Date.now()}`;
      const at = await startAttempt({ articleId: a.id, deviceId: device });
      const qs = await db.question.findMany({ where: { articleId: a.id }, orderBy: { position: "asc" } });
      const results = [];
      for (const q of qs) {
        const r = await submitAnswer({
          attemptId: at.id,
          deviceId: device,
          questionId: q.id,
          answer: parseAnswer(q.answer),
        });
        assert.equal("correct" in r && r.correct, true);
        results.push(r);
      }
      assert.equal(results.at(-1)!.answered, qs.length);
      assert.equal(results.at(-1)!.score, qs.length);
      assert.ok(results.at(-1)!.finishedAt, "the last answer finishes the attempt");
      const view = await getAttemptView({ attemptId: at.id, deviceId: device });
      for (const r of results) {
        const seen = view.responses.find((x) => x.questionId === r.questionId);
        assert.deepEqual(seen && "evidence" in seen ? seen.evidence : null, "evidence" in r ? r.evidence : undefined);
      }
      const stored = await db.attempt.findUniqueOrThrow({ where: { id: at.id } });
      assert.equal(stored.answeredCount, qs.length);
      assert.ok(
        stored.lastAnsweredAt instanceof Date && Math.abs(stored.lastAnsweredAt.getTime() - Date.now()) < 60_000,
      );
      assert.ok(stored.finishedAt);
      // a closed attempt still replays an answer it holds, and refuses a new one
      const again = await submitAnswer({
        attemptId: at.id,
        deviceId: device,
        questionId: qs[0]!.id,
        answer: parseAnswer(qs[0]!.answer),
      });
      assert.equal(again.answered, qs.length);
      // two identical first answers racing: one stored, both confirmed
      const at2 = await startAttempt({ articleId: a.id, deviceId: device, fresh: true });
      const q0 = qs[0]!;
      const both = await Promise.all(
        [0, 1].map(() =>
          submitAnswer({ attemptId: at2.id, deviceId: device, questionId: q0.id, answer: parseAnswer(q0.answer) }),
        ),
      );
      assert.deepEqual(
        both.map((r) => r.score),
        [1, 1],
      );
      assert.equal(await db.response.count({ where: { attemptId: at2.id } }), 1);
      assert.equal((await db.attempt.findUniqueOrThrow({ where: { id: at2.id } })).answeredCount, 1);
    },
  );

  await check("another device gets not-found", async () => {
    await assert.rejects(getAttemptView({ attemptId: attempt.id, deviceId: "someone-else" }));
  });

  await check(
    "review cards (issue 11): made from the answer, due later, reviewed once per client id, progress",
    async () => {
      assert.equal(await createReviewCards({ attemptId: attempt.id, deviceId }), 1);
      const later = new Date(Date.now() + 30 * 86_400_000);
      const due = await listDueCards({ deviceId, now: later });
      assert.equal(due.length, 1);
      const input = { answer: parseAnswer(first.answer), seconds: 15, clientId: "smoke-review-1" };
      const r = await submitReview({ cardId: due[0]!.id, deviceId, input, now: later });
      assert.equal(r.correct, true);
      assert.ok(Date.parse(r.due) > later.getTime());
      const replay = await submitReview({ cardId: due[0]!.id, deviceId, input, now: later });
      assert.equal(replay.reviewId, r.reviewId);
      const progress = await getReviewProgress({ deviceId, now: later });
      assert.deepEqual(progress.retention, { reviews: 1, correct: 1 });
    },
  );

  await check(
    "partial credit (issue 12): a fractional credit is stored and summed on an assigned attempt",
    async () => {
      const { createAssignment } = await import("@/lib/assignments/create-assignment");
      const { startAssignmentAttempt } = await import("@/lib/attempts/start-assignment-attempt");
      const { createQuiz } = await import("@/lib/quizzes/create-quiz");
      const { getAssignmentResults } = await import("@/lib/results/assignment-results");
      const { overrideVerdict } = await import("@/lib/results/override-verdict");
      const teacher = await db.user.create({
        data: { id: `pc-${Date.now()}`, name: "Partial", email: `pc-${Date.now()}@example.test` },
      });
      const a = await db.article.create({
        data: { title: "Partial", body: ARTICLE, language: "en", ownerId: teacher.id },
      });
      const mk = (position: number, type: string, answer: string[]) =>
        db.question.create({
          data: {
            articleId: a.id,
            position,
            type,
            prompt: `${type}?`,
            choices: JSON.stringify([...answer].reverse()),
            answer: JSON.stringify(answer),
            evidenceStart: 0,
            evidenceEnd: 18,
            generatorKey: `pc${position}`,
            generatorVersion: "smoke",
            status: "approved",
          },
        });
      const matching = await mk(0, "matching", ["a", "b", "c", "d"]);
      const timeline = await mk(1, "timeline", ["1932", "1998", "2001", "2010"]);
      const quiz = await createQuiz({
        teacherId: teacher.id,
        input: { title: "Q", articleId: a.id, questionIds: [matching.id, timeline.id], partialCredit: true },
      });
      const device = `pc-device-${Date.now()}`;
      const klass = await db.class.create({ data: { ownerId: teacher.id, name: "7A", joinCode: `PC${Date.now()}` } });
      await db.student.create({
        data: { classId: klass.id, displayName: "Sara", pin: "1234", devices: { create: { deviceId: device } } },
      });
      const assignment = await createAssignment({
        teacherId: teacher.id,
        input: { quizId: quiz.id, classId: klass.id, dueAt: new Date(Date.now() + 86_400_000).toISOString() },
      });
      const at = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: device });
      const m = await submitAnswer({
        attemptId: at.id,
        deviceId: device,
        questionId: matching.id,
        answer: ["b", "a", "c", "d"],
      });
      assert.equal(m.score, 0.5);
      const t = await submitAnswer({
        attemptId: at.id,
        deviceId: device,
        questionId: timeline.id,
        answer: ["2010", "1932", "1998", "2001"],
      });
      assert.equal(t.score, 1.25);
      assert.deepEqual("partial" in t ? t.partial : null, { right: 3, of: 4 });
      const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
      assert.equal(results.rows[0]!.score, 1.25);
      assert.deepEqual(
        results.rows[0]!.cells.map((c) => c.credit),
        [0.5, 0.75],
      );
      await overrideVerdict({
        teacherId: teacher.id,
        input: { attemptId: at.id, questionId: timeline.id, correct: true },
      });
      assert.equal((await db.attempt.findUniqueOrThrow({ where: { id: at.id } })).score, 1.5);
    },
  );

  await check("interactive transaction rolls back on error", async () => {
    const id = `smoke-user-${Date.now()}`;
    await assert.rejects(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { id, name: "Rollback", email: `${id}@example.com` } });
        throw new Error("rollback");
      }),
    );
    assert.equal(await db.user.count({ where: { id } }), 0);
  });

  await check("unique constraint surfaces as Prisma P2002", async () => {
    const id = `smoke-u-${Date.now()}`;
    await db.user.create({ data: { id, name: "A", email: `${id}@example.com` } });
    await assert.rejects(
      db.user.create({ data: { id: `${id}-2`, name: "B", email: `${id}@example.com` } }),
      (e) => (e as { code?: string }).code === "P2002",
    );
  });

  await check("Better Auth sign-up + sign-in through prismaAdapter", async () => {
    const { auth } = await import("@/lib/auth");
    const email = `smoke-${Date.now()}@example.com`;
    const up = await auth.api.signUpEmail({
      body: { email, password: "correct horse battery", name: "Smoke Teacher" },
    });
    assert.equal(up.user.email, email);
    assert.equal(up.token, null, "sign-up opens no session (autoSignIn: false; the auth route signs in)");
    const inn = await auth.api.signInEmail({ body: { email, password: "correct horse battery" } });
    assert.ok(inn.token, "no session token");
    assert.equal(await db.session.count({ where: { userId: up.user.id } }), 1);
    const account = await db.account.findFirstOrThrow({ where: { userId: up.user.id } });
    assert.ok(account.password && !account.password.includes("correct horse"), "password not hashed");
    // A taken email: the same answer as a new one, no second user (issue 8, sign-up enumeration).
    const again = await auth.api.signUpEmail({ body: { email, password: "another password", name: "Eve" } });
    assert.equal(again.token, null);
    assert.equal(await db.user.count({ where: { email } }), 1);
  });

  await check("rate-limit counters live in PostgreSQL (table fahm_rate_limit)", async () => {
    const { take, LIMIT_TABLE } = await import("@/lib/rate-limit");
    const rule = { name: "smoke", points: 2, durationSec: 60 };
    const key = `smoke-${Date.now()}`;
    assert.equal((await take(rule, key)).isAllowed, true);
    assert.equal((await take(rule, key)).isAllowed, true);
    assert.equal((await take(rule, key)).isAllowed, false);
    const rows = await db.$queryRawUnsafe<{ points: number }[]>(
      `SELECT points FROM "${LIMIT_TABLE}" WHERE key = $1`,
      `smoke:${key}`,
    );
    assert.equal(rows[0]?.points, 3);
  });

  console.log("PostgreSQL smoke test passed.");
} catch (e) {
  console.error(`PostgreSQL smoke test FAILED at "${step}":`, e);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await (await import("@/lib/rate-limit")).closeLimitStore();
}
