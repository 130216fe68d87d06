// Part of `npm run bench:answers`: how many SQL statements one first answer costs in the app's own code. Counts every
// better-sqlite3 statement execution (BEGIN and COMMIT included) while lib's submitAnswer answers the first question of
// fresh practice attempts, with the review-card hook the answers route passes it (issue 11): half of them one at a
// time, the other half all at once. Run by bench-answers.ts,
// in the checkout being measured (its lib and its better-sqlite3), as
//   DATABASE_URL=file:<copy> tsx --conditions=react-server <this file> <answers>
// and prints {"statementsPerAnswer": n, "statementsPerAnswerConcurrent": n}.
import { createRequire } from "node:module";
import path from "node:path";
import type DatabaseType from "better-sqlite3";

// the copy the measured checkout's Prisma adapter loads (another worktree has its own node_modules)
// lib/errors.ts imports next/navigation: see server-conditions.mjs (imported here, so the baseline needs no copy)
const serverConditions = "./server-conditions.mjs"; // a plain .mjs without types
await import(serverConditions);

const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as typeof DatabaseType;

let counting = false;
let statements = 0;
const probe = new Database(":memory:");
const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...a: unknown[]) => unknown>;
for (const method of ["run", "get", "all", "iterate"]) {
  const original = proto[method]!;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    if (counting) statements++;
    return original.apply(this, args);
  };
}
const execOriginal = Database.prototype.exec;
Database.prototype.exec = function (this: DatabaseType.Database, sql: string) {
  if (counting) statements++;
  return execOriginal.call(this, sql);
};
probe.close();

const n = Number(process.argv[2] ?? 50);
const { db } = await import("@/lib/db");
const { startAttempt } = await import("@/lib/attempts/attempts");
const { submitAnswer } = await import("@/lib/attempts/submit-answer");
// the route's review-card hooks (issue 11): practiceCardHooks where it exists, else the one after-answer hook
const hooks = await import("@/lib/review/after-answer").then(
  (m: Record<string, unknown>) =>
    (m.practiceCardHooks as object | undefined) ?? { onPracticeAnswer: m.createReviewCardAfterPracticeAnswer as never },
  () => ({}),
);
const article = await db.article.findFirstOrThrow({ where: { sampleKey: { not: null } }, select: { id: true } });
const first = await db.question.findFirstOrThrow({
  where: { articleId: article.id },
  orderBy: { position: "asc" },
  select: { id: true, answer: true },
});
const attempts = [];
for (let i = 0; i < n; i++) {
  const deviceId = crypto.randomUUID();
  attempts.push({ deviceId, id: (await startAttempt({ articleId: article.id, deviceId, fresh: true })).id });
}
// one answer first, untimed and uncounted: the client connects and warms up
const warm = attempts.pop()!;
await submitAnswer({
  attemptId: warm.id,
  deviceId: warm.deviceId,
  questionId: first.id,
  answer: JSON.parse(first.answer),
  ...hooks,
});
const answerFirst = (a: { id: string; deviceId: string }) =>
  submitAnswer({
    attemptId: a.id,
    deviceId: a.deviceId,
    questionId: first.id,
    answer: JSON.parse(first.answer),
    ...hooks,
  });
// one at a time (each answer alone), then the other half all at once (as a class answers: a group commit shares them)
const alone = attempts.splice(0, Math.floor(attempts.length / 2));
counting = true;
for (const a of alone) await answerFirst(a);
const aloneStatements = statements;
statements = 0;
await Promise.all(attempts.map(answerFirst));
counting = false;
const per = (s: number, n: number) => Math.round((s / n) * 10) / 10;
console.log(
  JSON.stringify({
    statementsPerAnswer: per(aloneStatements, alone.length),
    statementsPerAnswerConcurrent: per(statements, attempts.length),
  }),
);
await db.$disconnect();
