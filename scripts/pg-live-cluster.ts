// Two app processes share one live game through PostgreSQL LISTEN/NOTIFY (run by `npm run test:pg` after the smoke
// test): this process is one instance, scripts/pg-live-peer.ts (a child process) the other. Players join and answer
// on different instances; each instance sees the other's joins, answers and moves; two "next" clicks on the two
// instances at once move the game once; an answer the other instance receives after a close is refused.
// Needs what pg-smoke.ts needs, plus FAHM_TSCONFIG (the temporary tsconfig test-pg.sh writes) for the child.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { db } from "@/lib/db";
import { controlGame, createLiveGame } from "@/lib/live/host-game";
import { stopListening } from "@/lib/live/live-cluster";
import { getLiveResults } from "@/lib/live/live-results";
import { getGame } from "@/lib/live/live-runtime";
import { joinGame, submitLiveAnswer } from "@/lib/live/play-game";

const child = spawn(
  "npx",
  [
    "tsx",
    "--tsconfig",
    process.env.FAHM_TSCONFIG ?? "tsconfig.json",
    "--conditions=react-server",
    "scripts/pg-live-peer.ts",
  ],
  { stdio: ["pipe", "pipe", "inherit"], env: process.env },
);
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
createInterface({ input: child.stdout }).on("line", (line) => {
  if (!line.startsWith("{")) return;
  const { id, value, error } = JSON.parse(line) as { id: number; value?: unknown; error?: unknown };
  const w = waiting.get(id);
  waiting.delete(id);
  if (error) w?.reject(error);
  else w?.resolve(value);
});
let seq = 0;
function peer<T = unknown>(op: string, args: Record<string, string> = {}): Promise<T> {
  const id = ++seq;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    child.stdin.write(`${JSON.stringify({ id, op, args })}\n`);
  });
}
const ready = new Promise<void>((resolve) => waiting.set(0, { resolve: () => resolve(), reject: () => undefined }));

/** Polls until `fn` returns true (announcements arrive within milliseconds; 10 s is generous). */
async function until(what: string, fn: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const check = async (name: string, fn: () => Promise<void>) => {
  const t = Date.now();
  await fn();
  console.log(`  ok  ${name} (${Date.now() - t} ms)`);
};

let failed = false;
try {
  await ready;
  const stamp = Date.now().toString(36);
  const teacher = await db.user.create({
    data: { id: `live-${stamp}`, name: "Cluster", email: `live-${stamp}@example.test` },
  });
  const article = await db.article.create({
    data: { title: `Cluster ${stamp}`, body: "Some text. More text.", language: "en", ownerId: teacher.id },
  });
  const questions: { id: string }[] = [];
  for (const i of [0, 1])
    questions.push(
      await db.question.create({
        data: {
          articleId: article.id,
          position: i,
          type: "mcq",
          prompt: `Q${i + 1}?`,
          choices: JSON.stringify(["A", "B", "C"]),
          answer: JSON.stringify("A"),
          evidenceStart: 0,
          evidenceEnd: 4,
          generatorKey: `k${i}`,
          generatorVersion: "test",
          status: "approved",
        },
      }),
    );
  const quiz = await db.quiz.create({ data: { ownerId: teacher.id, articleId: article.id, title: "Cluster quiz" } });
  for (const [i, q] of questions.entries())
    await db.quizItem.create({ data: { quizId: quiz.id, questionId: q.id, position: i } });
  const game = await createLiveGame({
    teacherId: teacher.id,
    quizId: quiz.id,
    questionSec: 60,
    scoring: "accuracy",
    streakBonus: false,
  });
  const here = await getGame(game.id);
  const ids = { gameId: game.id, teacherId: teacher.id };

  await check("a player joining on the other instance appears here", async () => {
    await joinGame({ pin: game.pin, name: "Ana", deviceId: "dev-ana" });
    await peer("join", { pin: game.pin, name: "Ben", deviceId: "dev-ben" });
    await until("Ben here", async () => [...here.players.values()].some((p) => p.name === "Ben"));
    assert.deepEqual(((await peer("host", ids)) as { players: string[] }).players, ["Ana", "Ben"]);
  });

  await check("the teacher starts here: the other instance's phone gets the question", async () => {
    await controlGame({ ...ids, action: "start" });
    await until("question there", async () => {
      const v = await peer<{ phase: string }>("view", { gameId: game.id, deviceId: "dev-ben" });
      return v.phase === "question";
    });
  });

  await check("answers on both instances: the last one closes the question, both show the reveal", async () => {
    await peer("answer", { gameId: game.id, deviceId: "dev-ben", questionId: questions[0]!.id, answer: "A" });
    await until("Ben's answer here", async () => here.answers.size === 1);
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-ana", questionId: questions[0]!.id, answer: "B" });
    assert.equal(here.state.phase, "reveal");
    await until("reveal there", async () => {
      const v = await peer<{ phase: string; score: number; rank: number }>("view", {
        gameId: game.id,
        deviceId: "dev-ben",
      });
      return v.phase === "reveal" && v.score === 1000 && v.rank === 1;
    });
  });

  await check('"next" pressed on both instances at once moves the game once', async () => {
    const [a, b] = await Promise.allSettled([
      controlGame({ ...ids, action: "next" }),
      peer("control", { ...ids, action: "next" }),
    ]);
    const moved = [a, b].filter((r) => r.status === "fulfilled");
    const refused = [a, b].filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    assert.equal(moved.length, 1, "exactly one move");
    assert.equal((refused[0]!.reason as { status: number }).status, 409);
    const row = await db.liveGame.findUniqueOrThrow({ where: { id: game.id } });
    assert.equal(row.questionIndex, 1);
    assert.equal(row.phase, "question");
    let seen = "";
    await until("question 2 both sides", async () => {
      const v = await peer<{ phase: string; questionIndex: number }>("host", ids);
      seen = `here ${here.state.phase} ${here.state.questionIndex}, there ${v.phase} ${v.questionIndex}, moved by ${a.status === "fulfilled" ? "here" : "there"}`;
      return here.state.questionIndex === 1 && v.questionIndex === 1 && v.phase === "question";
    }).catch((err: Error) => {
      throw new Error(`${err.message} (${seen})`);
    });
  });

  await check("an answer the other instance gets after the question closed here is refused", async () => {
    await controlGame({ ...ids, action: "close" });
    const late = await peer("answer", {
      gameId: game.id,
      deviceId: "dev-ben",
      questionId: questions[1]!.id,
      answer: "A",
    }).then(
      () => null,
      (e: { status: number; code: string }) => e,
    );
    assert.deepEqual(late && { status: late.status, code: late.code }, { status: 409, code: "question_closed" });
    assert.equal(await db.liveAnswer.count({ where: { gameId: game.id, questionIndex: 1 } }), 0);
  });

  await check("a dropped listening connection comes back and catches up on what it missed", async () => {
    // PostgreSQL ends every LISTEN connection (a restart, a network blip); a player joins here meanwhile
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`;
    await joinGame({ pin: game.pin, name: "Cy", deviceId: "dev-cy" });
    await until("Cy there", async () => ((await peer("host", ids)) as { players: string[] }).players.includes("Cy"));
  });

  await check("results: every answer once, the scores the same as on one instance", async () => {
    await controlGame({ ...ids, action: "next" });
    const r = await getLiveResults({ teacherId: teacher.id, gameId: game.id });
    assert.deepEqual(
      r.players.map((p) => [p.name, p.score]),
      [
        ["Ben", 1000],
        ["Ana", 0],
        ["Cy", 0],
      ],
    );
    assert.equal(await db.liveAnswer.count({ where: { gameId: game.id } }), 2);
  });
} catch (err) {
  failed = true;
  console.error("live cluster test FAILED:", err);
} finally {
  child.stdin.end();
  child.kill();
  await stopListening();
  await db.$disconnect();
}
process.exit(failed ? 1 : 0);
