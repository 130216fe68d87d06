// Live game benchmark (issue 10): hosts a 5-question game over real HTTP and SSE connections, connects N simulated
// players over loopback, has each answer within the time limit, and prints JSON figures. Run through
// `npm run bench:live -- --players N` (scripts/bench-live.sh starts the app). Figures, not assertions.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values: args } = parseArgs({
  options: {
    players: { type: "string", default: "200" },
    url: { type: "string" },
    db: { type: "string" },
    "server-pid": { type: "string" },
    questions: { type: "string", default: "5" },
    "question-sec": { type: "string", default: "20" },
  },
});
const N = Number(args.players);
const Q = Number(args.questions);
const BASE = args.url!;
const DB_FILE = args.db!;
const SERVER_PID = args["server-pid"] ? Number(args["server-pid"]) : null;
// Node's fetch (undici) opens as many connections per origin as asked; the streams' 15 s heartbeats keep them
// inside its body timeout.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
};

let networkRetries = 0;
/** A dropped connection (a keep-alive socket the server just closed) is retried, as a phone would; counted. */
async function fetchRetry(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (err) {
      if (attempt >= 5) throw err;
      networkRetries++;
      await sleep(200 * attempt);
    }
  }
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function signUp(): Promise<{ cookie: string; userId: string }> {
  const res = await fetch(`${BASE}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({
      name: "Bench",
      email: `bench-${randomUUID().slice(0, 8)}@example.com`,
      password: "correct horse battery",
    }),
  });
  if (!res.ok) throw new Error(`sign-up: ${res.status} ${await res.text()}`);
  return { cookie: cookiesOf(res), userId: ((await res.json()) as { user: { id: string } }).user.id };
}

function seedQuiz(ownerId: string): string {
  const db = new Database(DB_FILE, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  const id = () => `bench${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const articleId = id();
  const quizId = id();
  try {
    db.prepare(
      "INSERT INTO Article (id, title, body, language, ownerId, createdAt) VALUES (?, 'Bench', 'The bench article. It has sentences.', 'en', ?, ?)",
    ).run(articleId, ownerId, now);
    for (let i = 0; i < Q; i++) {
      const qid = id();
      db.prepare(
        `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd, difficulty,
          generatorKey, generatorVersion, status, createdAt, updatedAt) VALUES (?, ?, ?, 'mcq', ?, ?, ?, 0, 10, 0.5, ?, 'bench', 'approved', ?, ?)`,
      ).run(
        qid,
        articleId,
        i,
        `Question ${i + 1}?`,
        JSON.stringify(["A", "B", "C", "D"]),
        JSON.stringify("A"),
        `k${i}`,
        now,
        now,
      );
      if (i === 0)
        db.prepare(
          "INSERT INTO Quiz (id, ownerId, articleId, title, attemptsAllowed, shuffleQuestions, shuffleChoices, feedback, createdAt, updatedAt) VALUES (?, ?, ?, 'Bench', 1, 0, 0, 'immediate', ?, ?)",
        ).run(quizId, ownerId, articleId, now, now);
      db.prepare("INSERT INTO QuizItem (id, quizId, questionId, position) VALUES (?, ?, ?, ?)").run(
        id(),
        quizId,
        qid,
        i,
      );
    }
  } finally {
    db.close();
  }
  return quizId;
}

/** CPU ticks and RSS of the server process and its descendants (Linux /proc). */
function serverUsage(): { ticks: number; rssMb: number } | null {
  if (!SERVER_PID) return null;
  const stats = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return [{ pid: Number(d), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), rssPages: Number(f[21]) }];
      } catch {
        return [];
      }
    });
  const tree = new Set([SERVER_PID]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats) {
      if (tree.has(s.ppid) && !tree.has(s.pid)) {
        tree.add(s.pid);
        grew = true;
      }
    }
  }
  const mine = stats.filter((s) => tree.has(s.pid));
  return {
    ticks: mine.reduce((a, s) => a + s.ticks, 0),
    rssMb: Math.round((mine.reduce((a, s) => a + s.rssPages, 0) * 4096) / 1048576),
  };
}

interface Player {
  i: number;
  cookie: string;
  seenQuestions: Set<number>;
  seenReveals: Set<number>;
  sawPodium: boolean;
  isOpen: boolean;
}

async function main() {
  const teacher = await signUp();
  const quizId = seedQuiz(teacher.userId);
  const created = await fetch(`${BASE}/api/teacher/live`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: teacher.cookie },
    body: JSON.stringify({ quizId, questionSec: Number(args["question-sec"]), scoring: "speed", streakBonus: true }),
  });
  if (!created.ok) throw new Error(`create game: ${created.status} ${await created.text()}`);
  const game = (await created.json()) as { id: string; pin: string };

  const openedAt: number[] = [];
  const delivery: number[] = [];
  const acks: number[] = [];
  let answersSent = 0;
  let answersAcked = 0;
  let answersRefused = 0;
  let answersFailed = 0;
  const refusedBy: Record<string, number> = {};
  let joinFailures = 0;
  let controlRefused = 0;
  const players: Player[] = [];

  async function answer(p: Player, questionId: string) {
    await sleep(Math.random() * 2000); // a person reading and tapping, well within the limit
    const t = performance.now();
    answersSent++;
    try {
      const res = await fetchRetry(`${BASE}/api/live/games/${game.id}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: p.cookie },
        body: JSON.stringify({ questionId, answer: ["A", "B", "C", "D"][p.i % 4] }),
      });
      const body = await res.text();
      acks.push(performance.now() - t);
      if (res.ok) answersAcked++;
      else {
        answersRefused++;
        const code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? String(res.status);
        refusedBy[code] = (refusedBy[code] ?? 0) + 1;
      }
    } catch {
      answersFailed++;
    }
  }

  async function listen(p: Player) {
    const res = await fetchRetry(`${BASE}/api/live/games/${game.id}/events`, {
      headers: { cookie: p.cookie, accept: "text/event-stream" },
    });
    if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
    p.isOpen = true;
    const decoder = new TextDecoder();
    let buf = "";
    const reader = res.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buf.indexOf("\n\n")) >= 0) {
        const frame = buf.slice(0, end);
        buf = buf.slice(end + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (!event || !data) continue;
        const d = JSON.parse(data) as {
          phase?: string;
          questionIndex?: number;
          question?: { id: string };
          hasAnswered?: boolean;
          id?: string;
        };
        if (event === "ping") {
          void fetch(`${BASE}/api/live/games/${game.id}/pong`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: p.cookie },
            body: JSON.stringify({ pingId: d.id }),
          })
            .then((r) => r.arrayBuffer())
            .catch(() => undefined);
        } else if (event === "view") {
          const qi = d.questionIndex ?? -1;
          if (d.phase === "question" && !p.seenQuestions.has(qi)) {
            p.seenQuestions.add(qi);
            if (openedAt[qi] != null) delivery.push(performance.now() - openedAt[qi]!);
            if (!d.hasAnswered && d.question) void answer(p, d.question.id);
          } else if (d.phase === "reveal") p.seenReveals.add(qi);
          else if (d.phase === "podium") {
            p.sawPodium = true;
            return;
          }
        }
      }
    }
  }

  // join in batches (a class arriving), then hold N streams open
  const t0 = performance.now();
  for (let start = 0; start < N; start += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, N - start) }, async (_, k) => {
        const i = start + k;
        const res = await fetchRetry(`${BASE}/api/live/join`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ pin: game.pin, name: `Player ${i}` }),
        });
        if (!res.ok) {
          joinFailures++;
          await res.arrayBuffer();
          return;
        }
        const cookie = cookiesOf(res);
        await res.arrayBuffer();
        const p: Player = {
          i,
          cookie,
          seenQuestions: new Set(),
          seenReveals: new Set(),
          sawPodium: false,
          isOpen: false,
        };
        players.push(p);
        void listen(p).catch(() => (p.isOpen = false));
      }),
    );
  }
  while (players.filter((p) => p.isOpen).length < players.length && performance.now() - t0 < 120_000) await sleep(100);
  const joinSec = (performance.now() - t0) / 1000;
  const connected = players.filter((p) => p.isOpen).length;

  const control = async (action: string) => {
    // retried like the phones' requests (a reset keep-alive socket, a connect timeout on a starved server); counted
    const res = await fetchRetry(`${BASE}/api/teacher/live/${game.id}/control`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: teacher.cookie },
      body: JSON.stringify({ action }),
    });
    const body = await res.text();
    // a retried move the server had already applied (its answer lost) is refused as illegal: it happened, go on
    if (res.status === 409 && body.includes("illegal_transition")) controlRefused++;
    else if (!res.ok) throw new Error(`${action}: ${res.status} ${body}`);
  };
  const before = serverUsage();
  const loadAtStart = Math.round(os.loadavg()[0]! * 10) / 10;
  const clientBefore = process.cpuUsage();
  const gameStart = performance.now();
  for (let qi = 0; qi < Q; qi++) {
    openedAt[qi] = performance.now();
    await control(qi === 0 ? "start" : "next");
    // everyone answers, so the server closes the question itself; wait for the reveal to reach every stream
    const limit = performance.now() + (Number(args["question-sec"]) + 15) * 1000;
    while (players.some((p) => p.isOpen && !p.seenReveals.has(qi)) && performance.now() < limit) await sleep(100);
    if (players.some((p) => !p.seenReveals.has(qi))) await control("close").catch(() => undefined);
  }
  await control("next"); // the podium
  const podiumBy = performance.now() + 15_000;
  while (players.some((p) => p.isOpen && !p.sawPodium) && performance.now() < podiumBy) await sleep(100);
  const gameSec = (performance.now() - gameStart) / 1000;
  const after = serverUsage();
  const clientCpu = process.cpuUsage(clientBefore);
  await sleep(500);

  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  const recorded = (db.prepare("SELECT COUNT(*) AS n FROM LiveAnswer WHERE gameId = ?").get(game.id) as { n: number })
    .n;
  db.close();
  const expected = players.length * (Q * 2 + 1);
  const received = players.reduce((a, p) => a + p.seenQuestions.size + p.seenReveals.size + (p.sawPodium ? 1 : 0), 0);
  const ticksPerSec = 100;
  console.log(
    JSON.stringify(
      {
        players: N,
        playersConnected: connected,
        joinFailures,
        networkRetries,
        controlRefused,
        joinSeconds: Math.round(joinSec * 10) / 10,
        questions: Q,
        answersSent,
        answersAcknowledged: answersAcked,
        answersRefused,
        refusedBy,
        answersFailedAfterRetries: answersFailed,
        answersRecorded: recorded,
        lostEvents: expected - received,
        deliveryMs: {
          p50: pct(delivery, 50),
          p95: pct(delivery, 95),
          p99: pct(delivery, 99),
          max: pct(delivery, 100),
        },
        ackMs: { p50: pct(acks, 50), p95: pct(acks, 95), p99: pct(acks, 99), max: pct(acks, 100) },
        // the machine is shared: the 1-minute load average (2 cores) when the game started and when it ended
        loadAverage: { atStart: loadAtStart, atEnd: Math.round(os.loadavg()[0]! * 10) / 10 },
        // the simulated players share this machine: when this is near 100 the figures measure the client too
        benchClientCpuPercentOfOneCore: Math.round(((clientCpu.user + clientCpu.system) / 1e6 / gameSec) * 100),
        server:
          before && after
            ? {
                rssMb: after.rssMb,
                cpuPercentOfOneCore: Math.round(((after.ticks - before.ticks) / ticksPerSec / gameSec) * 100),
                gameSeconds: Math.round(gameSec * 10) / 10,
              }
            : null,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
