// The answer path's two database steps, as one read and one write (issue 9): Prisma's query compiler and per-call
// statement preparation cost more than the SQL itself here, and Prisma can express neither a slice of the article
// body nor "insert unless it exists, then update the attempt" in one round trip. SQLite runs cached prepared
// statements on the adapter's own connection (lib/sqlite-adapter.ts `withConnection`); PostgreSQL runs the same steps
// as two parameterised statements through Prisma (the write is one atomic statement). Only submit-answer.ts uses it.
import "server-only";
import type Database from "better-sqlite3";
import { db } from "@/lib/db";
import { isDatabaseBusy } from "@/lib/errors";
import { createGroupCommit } from "@/lib/group-commit";
import { immediateTransaction, onSqlite, onSqliteDatabase, sqliteDate, statement } from "@/lib/sqlite-statements";
import { CONTEXT_CHARS, type BodySlice } from "./attempts";

/** Characters either side of the evidence that the read returns: the context, and one more to see past it. */
const MARGIN = CONTEXT_CHARS + 1;

export interface AnswerContext {
  deviceId: string;
  studentId: string | null;
  assignmentId: string | null;
  questionIds: string;
  startedAt: Date;
  deadlineAt: Date | null;
  finishedAt: Date | null;
  lastAnsweredAt: Date | null;
  /** Null when no such question exists. */
  question: null | {
    type: string;
    choices: string;
    answer: string;
    /** Matching: the left-hand items (JSON), which feedback's evidence is found by (item-evidence.ts). */
    left: string | null;
    evidenceStart: number;
    evidenceEnd: number;
    articleId: string;
    /** The evidence with up to MARGIN characters either side. */
    body: BodySlice;
  };
}

export interface AttemptCounts {
  score: number;
  total: number;
  answeredCount: number;
  finishedAt: Date | null;
}

export type RecordResult =
  /** alsoDone: alsoOnSqlite ran and committed with the answer. */
  | ({ status: "saved"; alsoDone?: boolean } & AttemptCounts)
  /** The attempt already has an answer to this question (the unique index said so): replay it. */
  | { status: "duplicate" }
  /** The attempt finished meanwhile. */
  | { status: "closed" };

export interface NewAnswer {
  attemptId: string;
  questionId: string;
  givenJson: string;
  correct: boolean;
  /** 0..1, added to the attempt's score (answer-credit.ts). */
  credit: number;
  seconds: number;
  now: Date;
  /** The attempt finishes with this many answers. */
  questionCount: number;
  /**
   * SQLite only: more writes that belong with a saved answer (the practice answer's review card), run inside its
   * transaction — one commit instead of two — under a savepoint, so their failure (logged) never undoes the answer.
   */
  alsoOnSqlite?: (client: Database.Database) => void;
}

// SQLite's and JavaScript's string positions agree only while no character outside the BMP (an emoji) comes before
// them: SQLite counts characters, the generator's evidence offsets count UTF-16 units. Such articles get their whole
// body instead. On SQLite where the first such character stands is found once per article in JavaScript (an article's
// body never changes) — a GLOB over the body's start in every answer's read cost more than the rest of the read.
const ASTRAL_REGEX = "[\\U00010000-\\U0010FFFF]";

const SQLITE_READ = `
SELECT a."deviceId", a."studentId", a."assignmentId", a."questionIds", a."startedAt", a."deadlineAt", a."finishedAt",
       a."lastAnsweredAt", q."type", q."choices", q."answer", q."left", q."evidenceStart", q."evidenceEnd", q."articleId",
       max(0, q."evidenceStart" - ${MARGIN}) AS "sliceStart",
       substr(ar."body", max(0, q."evidenceStart" - ${MARGIN}) + 1,
              q."evidenceEnd" + ${MARGIN} - max(0, q."evidenceStart" - ${MARGIN})) AS "slice",
       NULL AS "wholeBody"
FROM "Attempt" a
LEFT JOIN "Question" q ON q."id" = ?
LEFT JOIN "Article" ar ON ar."id" = q."articleId"
WHERE a."id" = ?`;

const PG_READ = `
SELECT a."deviceId", a."studentId", a."assignmentId", a."questionIds", a."startedAt", a."deadlineAt", a."finishedAt",
       a."lastAnsweredAt", q."type", q."choices", q."answer", q."left", q."evidenceStart", q."evidenceEnd", q."articleId",
       GREATEST(0, q."evidenceStart" - ${MARGIN}) AS "sliceStart",
       substring(ar."body" FROM GREATEST(0, q."evidenceStart" - ${MARGIN}) + 1
                 FOR q."evidenceEnd" + ${MARGIN} - GREATEST(0, q."evidenceStart" - ${MARGIN})) AS "slice",
       CASE WHEN substring(ar."body" FROM 1 FOR q."evidenceEnd" + ${MARGIN}) ~ '${ASTRAL_REGEX}' THEN ar."body" END
         AS "wholeBody"
FROM "Attempt" a
LEFT JOIN "Question" q ON q."id" = $1
LEFT JOIN "Article" ar ON ar."id" = q."articleId"
WHERE a."id" = $2`;

// Inserts only into an open attempt, so a statement that changes nothing means "already answered or finished" (the
// caller tells them apart by replaying) and nothing needs undoing. The WHERE also settles SQLite's upsert parsing.
const SQLITE_INSERT = `
INSERT INTO "Response" ("id", "attemptId", "questionId", "given", "correct", "credit", "seconds", "answeredAt")
SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ? AND "finishedAt" IS NULL)
ON CONFLICT ("attemptId", "questionId") DO NOTHING`;

const SQLITE_UPDATE = `
UPDATE "Attempt" SET "score" = "score" + ?, "answeredCount" = "answeredCount" + 1, "lastAnsweredAt" = ?,
       "finishedAt" = CASE WHEN "answeredCount" + 1 >= ? THEN ? ELSE NULL END
WHERE "id" = ? AND "finishedAt" IS NULL
RETURNING "score", "total", "answeredCount", "finishedAt"`;

// One statement, so atomic by itself: lock the attempt while it is open, insert unless the (attempt, question) answer
// exists, and count it on the attempt only if it went in.
const PG_RECORD = `
WITH live AS (
  SELECT "id" FROM "Attempt" WHERE "id" = $2::text AND "finishedAt" IS NULL FOR UPDATE
), ins AS (
  INSERT INTO "Response" ("id", "attemptId", "questionId", "given", "correct", "credit", "seconds", "answeredAt")
  SELECT $1::text, live."id", $3::text, $4::text, $5::boolean, $8::double precision, $6::int, $7::timestamp(3)
  FROM live
  ON CONFLICT ("attemptId", "questionId") DO NOTHING
  RETURNING 1
), upd AS (
  UPDATE "Attempt" a SET "score" = a."score" + $8::double precision, "answeredCount" = a."answeredCount" + 1,
         "lastAnsweredAt" = $7::timestamp(3),
         "finishedAt" = CASE WHEN a."answeredCount" + 1 >= $9::int THEN $7::timestamp(3) ELSE NULL END
  FROM live WHERE a."id" = live."id" AND EXISTS (SELECT 1 FROM ins)
  RETURNING a."score", a."total", a."answeredCount", a."finishedAt"
)
SELECT (SELECT count(*) FROM live)::int AS "open", upd.* FROM (SELECT 1) AS one LEFT JOIN upd ON true`;

const toDate = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

interface ContextRow {
  deviceId: string;
  studentId: string | null;
  assignmentId: string | null;
  questionIds: string;
  startedAt: unknown;
  deadlineAt: unknown;
  finishedAt: unknown;
  lastAnsweredAt: unknown;
  type: string | null;
  choices: string;
  answer: string;
  left: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  articleId: string | null;
  sliceStart: number;
  slice: string | null;
  wholeBody: string | null;
}

function toContext(row: ContextRow): AnswerContext {
  let question: AnswerContext["question"] = null;
  if (row.type !== null) {
    const start = Number(row.sliceStart);
    const wanted = Number(row.evidenceEnd) + MARGIN - start;
    const text = row.slice ?? "";
    question = {
      type: row.type,
      choices: row.choices,
      answer: row.answer,
      left: row.left,
      evidenceStart: Number(row.evidenceStart),
      evidenceEnd: Number(row.evidenceEnd),
      articleId: String(row.articleId),
      body:
        row.wholeBody !== null
          ? { text: row.wholeBody, offset: 0, isEnd: true }
          : { text, offset: start, isEnd: text.length < wanted },
    };
  }
  return {
    deviceId: row.deviceId,
    studentId: row.studentId,
    assignmentId: row.assignmentId,
    questionIds: row.questionIds,
    startedAt: toDate(row.startedAt)!,
    deadlineAt: toDate(row.deadlineAt),
    finishedAt: toDate(row.finishedAt),
    lastAnsweredAt: toDate(row.lastAnsweredAt),
    question,
  };
}

const SQLITE_BODY = `SELECT "body" FROM "Article" WHERE "id" = ?`;

/** Per article: the UTF-16 index of its body's first character outside the BMP (Infinity: none). Bodies never change. */
const firstAstralOf = new Map<string, number>();
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

function articleBody(client: Database.Database, articleId: string): string {
  return (statement(client, SQLITE_BODY).get(articleId) as { body: string }).body;
}

/** Whether a character outside the BMP stands among the first `chars` characters of the article's body. */
function hasAstralBefore(client: Database.Database, articleId: string, chars: number): boolean {
  let at = firstAstralOf.get(articleId);
  if (at === undefined) {
    const i = articleBody(client, articleId).search(ASTRAL);
    at = i === -1 ? Infinity : i; // every character before it is one UTF-16 unit: its index counts characters too
    if (firstAstralOf.size >= 10_000) firstAstralOf.clear(); // bounded: the articles being answered come back
    firstAstralOf.set(articleId, at);
  }
  return at < chars;
}

/** The attempt with what answering needs, and the question with only its evidence (and context) from the body. */
export async function readAnswerContext(attemptId: string, questionId: string): Promise<AnswerContext | null> {
  // no such attempt: better-sqlite3 gives undefined, which onSqlite uses for "not SQLite" (it ran PostgreSQL's SQL on
  // SQLite: a 500 for an unknown attempt id) — hence the `?? null`
  const fromSqlite = await onSqlite((client) => {
    const row = (statement(client, SQLITE_READ).get(questionId, attemptId) as ContextRow | undefined) ?? null;
    if (row?.articleId && hasAstralBefore(client, row.articleId, Number(row.evidenceEnd) + MARGIN))
      row.wholeBody = articleBody(client, row.articleId);
    return row;
  });
  if (fromSqlite !== undefined) return fromSqlite ? toContext(fromSqlite) : null;
  const [row] = await db.$queryRawUnsafe<ContextRow[]>(PG_READ, questionId, attemptId);
  return row ? toContext(row) : null;
}

interface PendingWrite {
  a: NewAnswer;
  id: string;
}

/** One answer's writes on the open transaction: the response, the attempt's counts, and its card (alsoOnSqlite). */
function writeOne(client: Database.Database, { a, id }: PendingWrite): RecordResult {
  const at = sqliteDate(a.now);
  const inserted = statement(client, SQLITE_INSERT).run(
    id,
    a.attemptId,
    a.questionId,
    a.givenJson,
    a.correct ? 1 : 0,
    a.credit,
    a.seconds,
    at,
    a.attemptId,
  );
  // nothing inserted: answered already, or the attempt is finished (the caller's replay tells which)
  if (inserted.changes === 0) return { status: "duplicate" };
  // the insert saw the attempt open, and this transaction holds the write lock: the update finds it
  const row = statement(client, SQLITE_UPDATE).get(a.credit, at, a.questionCount, at, a.attemptId) as {
    score: number;
    total: number;
    answeredCount: number;
    finishedAt: string | null;
  };
  const result: RecordResult = { status: "saved", ...row, finishedAt: toDate(row.finishedAt) };
  if (a.alsoOnSqlite) result.alsoDone = alsoWithAnswer(client, a.alsoOnSqlite);
  return result;
}

/**
 * More writes that belong with a saved answer. Their failure is logged and leaves the answer saved (the caller then
 * tries again outside the transaction); `fn` undoes its own partial writes (insertPracticeCard does), so no savepoint
 * is needed. Only if the error ended the whole transaction (SQLite rolls back on disk full or I/O errors) it is
 * rethrown: then nothing of the batch was saved.
 */
function alsoWithAnswer(client: Database.Database, fn: (client: Database.Database) => void): boolean {
  try {
    fn(client);
    return true;
  } catch (err) {
    if (!client.inTransaction) throw err;
    console.error("not saved with the answer", err);
    return false;
  }
}

/**
 * SQLite: answers that arrive together (one turn of the event loop) share one BEGIN IMMEDIATE … COMMIT — a group
 * commit (lib/group-commit.ts): with a class answering at once, the commit (the WAL write) and the transaction's two
 * statements are paid once per batch instead of once per answer. Each answer's own statements are the same as alone,
 * and none of them can fail half-way (see writeOne), so one answer never changes another's outcome; should a statement
 * throw anyway, each answer is written again in its own transaction. "Busy" (another process holds the lock) is the
 * same for every answer: nothing of the batch is stored and each caller answers 503.
 */
const answerWrites = createGroupCommit<PendingWrite, RecordResult>(
  async (batch) => {
    const results = await onSqlite((client) =>
      immediateTransaction(client, () => batch.map((p) => writeOne(client, p))),
    );
    if (!results) throw new Error("the answer's group commit is for SQLite only");
    return results;
  },
  { retryAlone: (err) => !isDatabaseBusy(err) },
);

/** Committed batches and the answers in them (tests and the bench: how many answers share a commit). */
export const answerWriteStats = answerWrites.stats;

/**
 * Stores a first answer and counts it on the attempt (score, answered, last answer, finished once all are answered),
 * in one transaction: "duplicate" if the unique (attempt, question) index already holds an answer or the attempt has
 * finished. Throws the driver's error when the database is busy (nothing is then stored).
 */
export async function recordAnswer(a: NewAnswer): Promise<RecordResult> {
  const id = crypto.randomUUID();
  if (onSqliteDatabase()) return answerWrites.submit({ a, id });
  const [row] = await db.$queryRawUnsafe<
    Array<{ open: number; score: number | null; total: number; answeredCount: number; finishedAt: Date | null }>
  >(PG_RECORD, id, a.attemptId, a.questionId, a.givenJson, a.correct, a.seconds, a.now, a.credit, a.questionCount);
  if (!row || Number(row.open) === 0) return { status: "closed" };
  if (row.score === null) return { status: "duplicate" };
  return {
    status: "saved",
    score: row.score,
    total: row.total,
    answeredCount: row.answeredCount,
    finishedAt: toDate(row.finishedAt),
  };
}
