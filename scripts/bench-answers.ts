// `npm run bench:answers`: the answer path under a whole school's load, against a raw ceiling measured in the same run
// (issue 9). For each database (empty, and with --preload responses, default 500,000, inserted directly with SQL):
//  1. migrates and seeds a throwaway SQLite file, starts the built app on it (as `npm start` does: scripts/server.mjs),
//  2. creates practice attempts through the real HTTP paths (the article page, then its "Practise" form's server
//     action, each as its own device),
//  3. copies that database for the ceiling (scripts/bench-ceiling-server.mjs: node:http + better-sqlite3, the same four
//     steps in one transaction), so both answer exactly the same (attempt, question) pairs, each a real first answer,
//  4. fires answers at each concurrency (--conns, default 50,200), app and ceiling interleaved round by round.
// Prints JSON: answers/s, p50/p99 ms (and p99 without each connection's first answer, p99KeptAliveMs), errors and
// client timeouts, the ratio to the ceiling, SQL statements per answer (counted in lib by bench-answers-statements.ts),
// the servers' peak RSS and CPU milliseconds per answer (cpuMsPerAnswer: steadier than answers/s on a loaded machine).
// Env: BENCH_APP_NODE_ARGS (node flags for the apps), BENCH_LATENCY_LOG=<file> (one line per answer: port, round,
// connections, start ms, latency ms, new connection 1/0), BENCH_NO_BUILD=1 (use the builds as they are).
// Options: --rounds 2 --answers 1500 (per round) --max-seconds 25 (per round) --preload 500000 (0: skip) --port 3391
//          --timeout-ms 10000. Needs a production build (`npm run build`; built here when missing).
// --baseline <dir>: another checkout of Fahm (e.g. a worktree of the branch you compare against, built there) answers
//          the same pairs on its own copy of the database, interleaved with this one and the ceiling round by round
//          (port + 2); the JSON then has its figures and the ratio of this checkout to it. Both must share the schema.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const ROUNDS = Number(arg("rounds", "2"));
const ANSWERS = Number(arg("answers", "1500"));
const MAX_SECONDS = Number(arg("max-seconds", "25"));
const PRELOAD = Number(arg("preload", "500000"));
const CONNS = arg("conns", "50,200").split(",").map(Number);
const PORT = Number(arg("port", "3391"));
const TIMEOUT_MS = Number(arg("timeout-ms", "10000"));
const BASELINE = process.argv.includes("--baseline") ? path.resolve(arg("baseline", "")) : null;
const log = (...a: unknown[]) => console.error("[bench:answers]", ...a);

interface Slot {
  attemptId: string;
  deviceId: string;
  questionId: string;
  answer: string | string[];
}

function run(cmd: string, args: string[], env: Record<string, string>, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.toString();
}

function treeRssKb(pid: number): number {
  // the server and every process under it (next start may run its server in a child)
  let total = 0;
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      total += Number(m?.[1] ?? 0);
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** CPU seconds (user + system) the server and every process under it have used so far (Linux /proc, 100 ticks/s). */
function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(d), fields);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const f = stats.get(p);
    if (f) ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15 of stat)
    stack.push(...(children.get(p) ?? []));
  }
  return ticks / 100;
}

function request(
  agent: http.Agent,
  port: number,
  opts: { method: string; path: string; body?: string; headers?: Record<string, string> },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; isNewConnection: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        agent,
        method: opts.method,
        path: opts.path,
        headers: opts.headers,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
            isNewConnection,
          }),
        );
        res.on("error", reject);
      },
    );
    let isNewConnection = false;
    req.on("socket", (sock) => (isNewConnection = sock.connecting));
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.on("error", reject);
    req.end(opts.body);
  });
}

async function waitFor(port: number, pathName: string, child: ChildProcess) {
  const agent = new http.Agent();
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await request(agent, port, { method: "GET", path: pathName });
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${port} never answered`);
}

function startApp(dbFile: string, port: number, dir = root): ChildProcess {
  // BENCH_APP_NODE_ARGS: node flags for the app only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where it spends
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      // what `npm start` runs: scripts/server.mjs (Next behind the answer fast path), or `next start` before it existed
      ...(fs.existsSync(path.join(dir, "scripts/server.mjs"))
        ? [path.join(dir, "scripts/server.mjs")]
        : [path.join(dir, "node_modules/next/dist/bin/next"), "start"]),
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `file:${dbFile}`,
        BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
        BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return child;
}

function startCeiling(dbFile: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(root, "scripts/bench-ceiling-server.mjs"), dbFile, String(port)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
}

/** Creates `count` practice attempts as `count` devices: the article page, then its Practise form's server action. */
async function createAttempts(
  port: number,
  articleId: string,
  count: number,
): Promise<Array<{ id: string; deviceId: string }>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const page = await request(agent, port, {
    method: "GET",
    path: `/articles/${articleId}`,
    headers: { cookie: `fahm_device=${crypto.randomUUID()}` },
  });
  // the form's hidden fields: React's $ACTION_ID_<id> names the server action (progressive enhancement, no JS)
  const practiseForm = [...page.body.matchAll(/<form[^>]*>(.*?)<\/form>/gs)].find((f) =>
    f[1]!.includes('name="fresh"'),
  );
  const actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(practiseForm?.[1] ?? "")?.[1];
  if (!actionId) throw new Error("no server action form on the article page");
  const out: Array<{ id: string; deviceId: string }> = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const deviceId = crypto.randomUUID();
      const boundary = `----bench${crypto.randomUUID()}`;
      const field = (name: string, value: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      const body =
        field(`$ACTION_ID_${actionId}`, "") +
        field("articleId", articleId) +
        field("fresh", "1") +
        `--${boundary}--\r\n`;
      const r = await request(agent, port, {
        method: "POST",
        path: `/articles/${articleId}`,
        body,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          cookie: `fahm_device=${deviceId}`,
          origin: `http://127.0.0.1:${port}`,
        },
      });
      const id = /\/attempts\/([^/?#"]+)/.exec(String(r.headers.location ?? r.headers["x-action-redirect"] ?? ""))?.[1];
      if (!id) throw new Error(`starting an attempt: HTTP ${r.status} ${r.body.slice(0, 200)}`);
      out.push({ id, deviceId });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  agent.destroy();
  return out;
}

function preload(dbFile: string, articleId: string, n: number) {
  // n responses from other students: n / k finished attempts of k answers each, straight into the tables
  const db = new Database(dbFile);
  const questions = db
    .prepare(`SELECT "id", "answer" FROM "Question" WHERE "articleId" = ? ORDER BY "position"`)
    .all(articleId) as Array<{ id: string; answer: string }>;
  const k = questions.length;
  const cols = new Set(
    (db.prepare(`PRAGMA table_info("Attempt")`).all() as Array<{ name: string }>).map((c) => c.name),
  );
  const hasCounts = cols.has("answeredCount");
  const at = new Date(Date.now() - 86_400_000).toISOString().replace("Z", "+00:00");
  const insertAttempt = db.prepare(
    hasCounts
      ? `INSERT INTO "Attempt" ("id", "articleId", "deviceId", "questionIds", "total", "startedAt", "finishedAt", "score", "answeredCount", "lastAnsweredAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      : `INSERT INTO "Attempt" ("id", "articleId", "deviceId", "questionIds", "total", "startedAt", "finishedAt", "score") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResponse = db.prepare(
    `INSERT INTO "Response" ("id", "attemptId", "questionId", "given", "correct", "seconds", "answeredAt") VALUES (?, ?, ?, ?, 1, 5, ?)`,
  );
  const ids = JSON.stringify(questions.map((q) => q.id));
  db.transaction(() => {
    for (let done = 0, a = 0; done < n; a++) {
      const attemptId = `pre${a}`;
      const base = [attemptId, articleId, crypto.randomUUID(), ids, k, at, at, k];
      insertAttempt.run(...(hasCounts ? [...base, k, at] : base));
      for (const q of questions) {
        if (done++ >= n) break;
        insertResponse.run(`pre${a}-${q.id}`, attemptId, q.id, q.answer, at);
      }
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

interface RoundResult {
  answers: number;
  seconds: number;
  latencies: number[];
  keptAlive: number[];
  errors: number;
  /** Non-200 answers by HTTP status, and other failures ("network"). */
  errorsBy: Record<string, number>;
  timeouts: number;
  peakRssKb: number;
  cpuSeconds: number;
}

let fires = 0;
async function fire(port: number, pid: number, conns: number, slots: Slot[]): Promise<RoundResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
  const latencies: number[] = [];
  const keptAlive: number[] = []; // answers on a connection already open (a phone keeps its connection)
  const trace: string[] = []; // BENCH_LATENCY_LOG: one line per answer
  const fireNo = ++fires;
  let errors = 0;
  const errorsBy: Record<string, number> = {};
  const fail = (why: string) => (errors++, (errorsBy[why] = (errorsBy[why] ?? 0) + 1));
  let timeouts = 0;
  let next = 0;
  let peakRssKb = treeRssKb(pid);
  const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, treeRssKb(pid))), 250);
  const cpuBefore = treeCpuSeconds(pid);
  const t0 = performance.now();
  const stopAt = t0 + MAX_SECONDS * 1000;
  const worker = async () => {
    while (next < slots.length && performance.now() < stopAt) {
      const s = slots[next++]!;
      const t = performance.now();
      try {
        const r = await request(agent, port, {
          method: "POST",
          path: `/api/attempts/${s.attemptId}/answers`,
          body: JSON.stringify({ questionId: s.questionId, answer: s.answer }),
          headers: { "content-type": "application/json", cookie: `fahm_device=${s.deviceId}` },
        });
        const ms = performance.now() - t;
        if (r.status === 200) {
          latencies.push(ms);
          if (!r.isNewConnection) keptAlive.push(ms);
          trace.push(`${port} ${fireNo} ${conns} ${(t - t0).toFixed(1)} ${ms.toFixed(1)} ${r.isNewConnection ? 1 : 0}`);
        } else fail(String(r.status));
      } catch (err) {
        if ((err as { code?: string }).code === "TIMEOUT") timeouts++;
        else fail("network");
      }
    }
  };
  await Promise.all(Array.from({ length: conns }, worker));
  if (process.env.BENCH_LATENCY_LOG) fs.appendFileSync(process.env.BENCH_LATENCY_LOG, trace.join("\n") + "\n");
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  agent.destroy();
  const cpuSeconds = treeCpuSeconds(pid) - cpuBefore;
  return {
    answers: latencies.length,
    seconds,
    latencies,
    keptAlive,
    errors,
    errorsBy,
    timeouts,
    peakRssKb,
    cpuSeconds,
  };
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
};

function summarise(rounds: RoundResult[]) {
  const answers = rounds.reduce((n, r) => n + r.answers, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const all = rounds.flatMap((r) => r.latencies);
  return {
    answersPerSec: Math.round((answers / seconds) * 10) / 10,
    p50Ms: pct(all, 50),
    p99Ms: pct(all, 99),
    // without each connection's first answer: under full load Node accepts one new connection per event-loop turn
    // (libuv ≥ 1.45), so a round's burst of new connections waits for the turns of the answers already in flight
    p99KeptAliveMs: pct(
      rounds.flatMap((r) => r.keptAlive),
      99,
    ),
    answered: answers,
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    ...(rounds.some((r) => r.errors > 0)
      ? {
          errorsBy: rounds.reduce<Record<string, number>>((acc, r) => {
            for (const [k, v] of Object.entries(r.errorsBy)) acc[k] = (acc[k] ?? 0) + v;
            return acc;
          }, {}),
        }
      : {}),
    timeouts: rounds.reduce((n, r) => n + r.timeouts, 0),
    peakRssMb: Math.round(Math.max(...rounds.map((r) => r.peakRssKb)) / 1024),
    // the server's own CPU per answer: steadier than answers/s on a machine others load too
    cpuMsPerAnswer: Math.round((rounds.reduce((n, r) => n + r.cpuSeconds, 0) / Math.max(1, answers)) * 1e5) / 100,
  };
}

async function scenario(name: string, preloadCount: number, tmp: string) {
  const dbFile = path.join(tmp, `${name}.db`);
  const env = { DATABASE_URL: `file:${dbFile}`, DATABASE_PROVIDER: "sqlite", NEXT_TELEMETRY_DISABLED: "1" };
  log(`${name}: migrate + seed`);
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
  const meta = new Database(dbFile, { readonly: true });
  const article = meta.prepare(`SELECT "id" FROM "Article" WHERE "sampleKey" IS NOT NULL`).get() as { id: string };
  const questions = meta
    .prepare(`SELECT "id", "answer" FROM "Question" WHERE "articleId" = ? ORDER BY "position"`)
    .all(article.id) as Array<{ id: string; answer: string }>;
  meta.close();
  if (preloadCount > 0) {
    log(`${name}: preloading ${preloadCount} responses`);
    preload(dbFile, article.id, preloadCount);
  }
  const k = questions.length;
  const perServer = ROUNDS * CONNS.length * ANSWERS;
  const attemptsNeeded = Math.ceil(perServer / k);

  const app = startApp(dbFile, PORT);
  const spawnedAt = performance.now();
  const servers: ChildProcess[] = [];
  try {
    await waitFor(PORT, "/", app);
    log(`${name}: creating ${attemptsNeeded} attempts over HTTP (${k} questions each)`);
    const attempts = await createAttempts(PORT, article.id, attemptsNeeded);
    // question by question across attempts: concurrent answers go to different students, as in a class
    const slots: Slot[] = [];
    for (const q of questions)
      for (const a of attempts)
        slots.push({ attemptId: a.id, deviceId: a.deviceId, questionId: q.id, answer: JSON.parse(q.answer) });
    // the ceiling (and the baseline) answer the same pairs on copies of the database as it is now
    const copyTo = (file: string) => {
      const copy = new Database(dbFile, { readonly: true });
      copy.exec(`VACUUM INTO '${file}'`);
      copy.close();
    };
    const ceilingFile = path.join(tmp, `${name}-ceiling.db`);
    copyTo(ceilingFile);
    const ceiling = startCeiling(ceilingFile, PORT + 1);
    servers.push(ceiling);
    await new Promise<void>((resolve, reject) => {
      ceiling.once("message", () => resolve());
      ceiling.once("exit", (c) => reject(new Error(`ceiling exited ${c}`)));
    });
    let baseline: ChildProcess | null = null;
    if (BASELINE) {
      const baselineFile = path.join(tmp, `${name}-baseline.db`);
      copyTo(baselineFile);
      baseline = startApp(baselineFile, PORT + 2, BASELINE);
      servers.push(baseline);
      await waitFor(PORT + 2, "/", baseline);
    }
    const targets: Array<{ key: "app" | "baseline" | "ceiling"; port: number; pid: number }> = [
      { key: "app", port: PORT, pid: app.pid! },
      ...(baseline ? [{ key: "baseline" as const, port: PORT + 2, pid: baseline.pid! }] : []),
      { key: "ceiling", port: PORT + 1, pid: ceiling.pid! },
    ];
    // warm-up: the app's first requests compile routes and fill caches; not counted
    const warm = slots.splice(slots.length - 100, 100);
    for (const t of targets) await fire(t.port, t.pid, 10, warm);
    const results: Record<string, Record<string, RoundResult[]>> = {};
    let cursor = 0;
    for (let r = 0; r < ROUNDS; r++) {
      for (const c of CONNS) {
        const chunk = slots.slice(cursor, cursor + ANSWERS);
        cursor += ANSWERS;
        results[c] ??= { app: [], baseline: [], ceiling: [] };
        for (const t of targets) {
          log(`${name}: round ${r + 1}/${ROUNDS}, ${c} connections: ${t.key}`);
          const from = (performance.now() - spawnedAt) / 1000;
          results[c][t.key]!.push(await fire(t.port, t.pid, c, chunk));
          // with BENCH_APP_NODE_ARGS=--cpu-prof: the seconds (after the app's start) a profile of answers alone covers
          if (t.key === "app")
            log(
              `${name}: app answered from ${from.toFixed(1)} s to ${((performance.now() - spawnedAt) / 1000).toFixed(1)} s after its start`,
            );
        }
      }
    }
    const stats = (await request(new http.Agent(), PORT + 1, { method: "GET", path: "/stats" })).body;
    const ceilingStats = JSON.parse(stats) as { statements: number; answers: number };
    const out: Record<string, unknown> = {};
    const round2 = (x: number) => Math.round(x * 100) / 100;
    for (const c of CONNS) {
      const a = summarise(results[c]!.app!);
      const ceil = summarise(results[c]!.ceiling!);
      const base = baseline ? summarise(results[c]!.baseline!) : null;
      out[`${c} connections`] = {
        app: a,
        ...(base ? { baseline: base } : {}),
        ceiling: ceil,
        ratio: round2(a.answersPerSec / ceil.answersPerSec),
        ...(base
          ? {
              baselineRatio: round2(base.answersPerSec / ceil.answersPerSec),
              appToBaseline: round2(a.answersPerSec / base.answersPerSec),
            }
          : {}),
      };
    }
    out.ceilingStatementsPerAnswer = Math.round((ceilingStats.statements / ceilingStats.answers) * 10) / 10;
    return out;
  } finally {
    for (const s of servers) s.kill();
    app.kill();
    await Promise.all(
      [app, ...servers].map((p) => (p.exitCode === null ? new Promise((r) => p.once("exit", r)) : null)),
    );
  }
}

/** Statements per first answer in `dir`'s lib (this checkout's counting script, run against that checkout's code). */
function statementsPerAnswer(tmp: string, dir = root) {
  const dbFile = path.join(tmp, `statements-${path.basename(dir)}.db`);
  const env = { DATABASE_URL: `file:${dbFile}`, DATABASE_PROVIDER: "sqlite" };
  run("npx", ["prisma", "migrate", "deploy"], env, dir);
  run("npx", ["tsx", "prisma/seed.ts"], env, dir);
  const script = path.join(root, "scripts/bench-answers-statements.ts");
  const out = run("npx", ["tsx", "--conditions=react-server", script, "40"], env, dir);
  return JSON.parse(out.trim().split("\n").at(-1)!) as {
    statementsPerAnswer: number;
    statementsPerAnswerConcurrent: number;
  };
}

for (const dir of BASELINE ? [root, BASELINE] : [root]) {
  if (process.env.BENCH_NO_BUILD) continue; // experiments: the builds as they are
  if (fs.existsSync(path.join(dir, "scripts/build-if-changed.mjs"))) {
    run("node", ["scripts/build-if-changed.mjs"], {}, dir); // builds only when the sources changed since the last build
  } else if (!fs.existsSync(path.join(dir, ".next/BUILD_ID"))) {
    log(`no production build in ${dir}: npm run build`);
    run("npm", ["run", "build"], {}, dir);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fahm-bench-answers-"));
try {
  const commitOf = (dir: string) =>
    spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir }).stdout.toString().trim();
  const result: Record<string, unknown> = {
    commit: commitOf(root),
    ...(BASELINE ? { baselineCommit: commitOf(BASELINE) } : {}),
    options: {
      rounds: ROUNDS,
      answersPerRound: ANSWERS,
      maxSecondsPerRound: MAX_SECONDS,
      conns: CONNS,
      timeoutMs: TIMEOUT_MS,
    },
    cpus: os.cpus().length,
    // one answer alone, and answers sent all at once (the group commit shares BEGIN/COMMIT among them)
    ...statementsPerAnswer(tmp),
    ...(BASELINE
      ? Object.fromEntries(
          Object.entries(statementsPerAnswer(tmp, BASELINE)).map(([k, v]) => [
            `baseline${k[0]!.toUpperCase()}${k.slice(1)}`,
            v,
          ]),
        )
      : {}),
  };
  result.empty = await scenario("empty", 0, tmp);
  if (PRELOAD > 0) result[`preloaded ${PRELOAD} responses`] = await scenario("preloaded", PRELOAD, tmp);
  console.log(JSON.stringify(result, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
