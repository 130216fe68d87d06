// The ceiling for `npm run bench:answers`: a bare node:http + better-sqlite3 server that takes the same answer request
// as the app (POST /api/attempts/:id/answers, the device cookie, JSON {questionId, answer}) and does the four steps
// every answer needs in one transaction — read the attempt (owner, still open), read the question, insert the
// response, count it on the attempt — with cached statements, WAL and synchronous=NORMAL. No framework, no judging
// beyond string equality. Usage: node scripts/bench-ceiling-server.mjs <sqlite file> <port>
import http from "node:http";
import Database from "better-sqlite3";

const [file, port] = process.argv.slice(2);
const db = new Database(file, { timeout: 2000 });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");

const readAttempt = db.prepare(`SELECT "deviceId", "finishedAt", "total" FROM "Attempt" WHERE "id" = ?`);
const readQuestion = db.prepare(`SELECT "answer", "evidenceStart", "evidenceEnd" FROM "Question" WHERE "id" = ?`);
const insert = db.prepare(
  `INSERT INTO "Response" ("id", "attemptId", "questionId", "given", "correct", "seconds", "answeredAt") VALUES (?, ?, ?, ?, ?, 0, ?)`,
);
// the attempt's running count lives in the response table here (main's schema has no counter): count one attempt's rows
const update = db.prepare(
  `UPDATE "Attempt" SET "score" = "score" + ? WHERE "id" = ? RETURNING "score", (SELECT count(*) FROM "Response" WHERE "attemptId" = "Attempt"."id") AS "answered"`,
);
let statements = 0;
let answers = 0;

const answer = db.transaction((attemptId, deviceId, questionId, given) => {
  const attempt = readAttempt.get(attemptId);
  const question = readQuestion.get(questionId);
  statements += 2;
  if (!attempt || attempt.deviceId !== deviceId || attempt.finishedAt !== null || !question) return null;
  const givenJson = JSON.stringify(given);
  const correct = givenJson === question.answer ? 1 : 0;
  insert.run(
    crypto.randomUUID(),
    attemptId,
    questionId,
    givenJson,
    correct,
    new Date().toISOString().replace("Z", "+00:00"),
  );
  const row = update.get(correct, attemptId);
  statements += 4; // insert, update, BEGIN, COMMIT
  return { correct: correct === 1, score: row.score, total: attempt.total, answered: row.answered };
});

http
  .createServer((req, res) => {
    if (req.method === "GET" && req.url === "/stats") {
      res.setHeader("content-type", "application/json");
      return res.end(JSON.stringify({ statements, answers }));
    }
    const m = /^\/api\/attempts\/([^/]+)\/answers$/.exec(req.url ?? "");
    if (req.method !== "POST" || !m) return res.writeHead(404).end();
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        const deviceId = /(?:^|;\s*)fahm_device=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
        const out = answer(m[1], deviceId, body.questionId, body.answer);
        answers++;
        res.writeHead(out ? 200 : 404, { "content-type": "application/json" });
        res.end(JSON.stringify(out ?? { error: { code: "not_found" } }));
      } catch (err) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "internal", message: String(err) } }));
      }
    });
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
