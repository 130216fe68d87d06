// Every answered question becomes a review card for its student (issue 11) — but only once the key may be shown to
// them (lib/attempts/attempt-rules.ts canShowKeys): a card shows the key after each review, so an earlier card would
// leak it while another attempt could still change the score. The first answer is the card's first review.
// Called after an answer is recorded, when an attempt finishes, and when the Review page opens (keys of "after the
// due date" quizzes come out with no request to hook).
import "server-only";
import type Database from "better-sqlite3";
import { canShowKeys } from "@/lib/attempts/attempt-rules";
import { loadOwnAttempt } from "@/lib/attempts/attempts";
import type { SavedPracticeAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { immediateTransaction, onSqlite, sqliteDate, statement } from "@/lib/sqlite-statements";
import { deriveRating } from "./rating";
import { attemptOwner, reviewOwnerKeys } from "./review-owners";
import { newCard, scheduleReview } from "./scheduler";

export async function createReviewCards({
  attemptId,
  deviceId,
  now = new Date(),
}: {
  attemptId: string;
  deviceId: string | null;
  now?: Date;
}): Promise<number> {
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
  if (!canShowKeys(attempt, now, attempt.other)) return 0;
  const owner = attemptOwner(attempt);
  const responses = await db.response.findMany({
    where: { attemptId },
    // the question's own article, not the attempt's: a quiz may draw from several articles
    select: {
      questionId: true,
      correct: true,
      seconds: true,
      answeredAt: true,
      given: true,
      question: { select: { articleId: true } },
    },
    orderBy: { answeredAt: "asc" },
  });
  if (responses.length === 0) return 0;
  const existing = new Set(
    (
      await db.reviewCard.findMany({
        where: { ownerKey: owner.ownerKey, questionId: { in: responses.map((r) => r.questionId) } },
        select: { questionId: true },
      })
    ).map((c) => c.questionId),
  );
  let created = 0;
  for (const r of responses) {
    if (existing.has(r.questionId)) continue;
    // The quiz answer is the first review, at the moment it was given.
    const { card, log } = scheduleReview(newCard(r.answeredAt), r.answeredAt, deriveRating(r));
    try {
      await db.reviewCard.create({
        data: {
          ...owner,
          questionId: r.questionId,
          articleId: r.question.articleId,
          ...card,
          logs: { create: { ...log, source: "answer", given: r.given, correct: r.correct, seconds: r.seconds } },
        },
      });
      created++;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // made meanwhile by a request racing this one
    }
  }
  return created;
}

/**
 * Makes the cards this device's attempts are owed (keys that came out since, e.g. after a due date). Looks at the
 * most recent attempts only: older ones had their chance when they were answered or opened.
 */
export async function syncReviewCards({ deviceId, now = new Date() }: { deviceId: string | null; now?: Date }) {
  const keys = await reviewOwnerKeys(deviceId);
  if (keys.length === 0) return 0;
  const studentIds = keys.filter((k) => k.startsWith("s:")).map((k) => k.slice(2));
  const attempts = await db.attempt.findMany({
    where: {
      OR: [...(deviceId ? [{ deviceId, studentId: null }] : []), { studentId: { in: studentIds } }],
      responses: { some: {} },
    },
    orderBy: { startedAt: "desc" },
    take: 30,
    select: { id: true, deviceId: true, studentId: true, responses: { select: { questionId: true } } },
  });
  // Only attempts with an answer that has no card yet are worth loading (most have all theirs).
  const have = new Set(
    (
      await db.reviewCard.findMany({
        where: {
          ownerKey: { in: keys },
          questionId: { in: attempts.flatMap((a) => a.responses.map((r) => r.questionId)) },
        },
        select: { ownerKey: true, questionId: true },
      })
    ).map((c) => `${c.ownerKey}|${c.questionId}`),
  );
  let created = 0;
  for (const a of attempts) {
    const { ownerKey } = attemptOwner(a);
    if (a.responses.every((r) => have.has(`${ownerKey}|${r.questionId}`))) continue;
    created += await createReviewCards({ attemptId: a.id, deviceId, now });
  }
  return created;
}

/**
 * SQLite, on the caller's open transaction: the practice answer's card and its first log, the same row Prisma writes
 * below; false when the device already has this question's card (the unique (owner, question) index decides).
 */
export function insertPracticeCard(client: Database.Database, a: SavedPracticeAnswer): boolean {
  const { card, log } = scheduleReview(newCard(a.answeredAt), a.answeredAt, deriveRating(a));
  const owner = attemptOwner({ studentId: null, deviceId: a.deviceId });
  const cardId = crypto.randomUUID();
  const inserted = statement(client, SQLITE_INSERT_CARD).run(
    cardId,
    owner.ownerKey,
    owner.studentId,
    owner.deviceId,
    a.questionId,
    a.articleId,
    sqliteDate(card.due),
    card.stability,
    card.difficulty,
    card.elapsedDays,
    card.scheduledDays,
    card.learningSteps,
    card.reps,
    card.lapses,
    card.state,
    card.lastReview ? sqliteDate(card.lastReview) : null,
    sqliteDate(new Date()),
  );
  if (inserted.changes === 0) return false;
  try {
    insertFirstLog(client, cardId, a, log);
  } catch (err) {
    // no card without its first review: the caller's transaction goes on (the answer stays saved), so undo it here
    if (client.inTransaction) statement(client, `DELETE FROM "ReviewCard" WHERE "id" = ?`).run(cardId);
    throw err;
  }
  return true;
}

function insertFirstLog(
  client: Database.Database,
  cardId: string,
  a: SavedPracticeAnswer,
  log: ReturnType<typeof scheduleReview>["log"],
) {
  statement(client, SQLITE_INSERT_LOG).run(
    crypto.randomUUID(),
    cardId,
    "answer",
    a.given,
    a.correct ? 1 : 0,
    a.seconds,
    log.rating,
    log.state,
    sqliteDate(log.due),
    log.stability,
    log.difficulty,
    log.elapsedDays,
    log.lastElapsedDays,
    log.scheduledDays,
    log.learningSteps,
    sqliteDate(log.review),
  );
}

const SQLITE_INSERT_CARD = `
INSERT INTO "ReviewCard" ("id", "ownerKey", "studentId", "deviceId", "questionId", "articleId", "due", "stability",
  "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt")
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT ("ownerKey", "questionId") DO NOTHING`;
const SQLITE_INSERT_LOG = `
INSERT INTO "ReviewLog" ("id", "cardId", "source", "given", "correct", "seconds", "rating", "state", "due", "stability",
  "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review")
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * The card of one practice answer just stored (its key is shown at once): one insert with its first log, from what the
 * answer path already holds. Assigned quizzes go through createReviewCards, whose keys may come out later.
 */
export async function createReviewCardForAnswer(a: SavedPracticeAnswer): Promise<boolean> {
  // SQLite: two cached statements (issue 9: Prisma's nested create cost about a quarter of the answer path's CPU)
  const onSqliteDone = await onSqlite((client) => immediateTransaction(client, () => insertPracticeCard(client, a)));
  if (onSqliteDone !== undefined) return onSqliteDone;
  const { card, log } = scheduleReview(newCard(a.answeredAt), a.answeredAt, deriveRating(a));
  const owner = attemptOwner({ studentId: null, deviceId: a.deviceId });
  try {
    await db.reviewCard.create({
      data: {
        ...owner,
        questionId: a.questionId,
        articleId: a.articleId,
        ...card,
        logs: { create: { ...log, source: "answer", given: a.given, correct: a.correct, seconds: a.seconds } },
      },
    });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false; // made meanwhile (a replay racing this one)
    throw err;
  }
}
