// `npm run bench:pages`: what a phone downloads to show each student and teacher page (issue 9). Starts the built app
// (scripts/server.mjs) on a throwaway SQLite database, makes one of each page (a practice attempt over HTTP, a teacher
// signed up through Better Auth with an assigned and answered quiz), fetches each page's HTML as its user and every
// script the HTML loads (<script src>, <link rel=modulepreload|preload as=script>), and sums their gzip sizes — the
// first-load JS. A bare Next page (one layout, one paragraph) is built with the same Next in a temporary folder in the
// same run and measured the same way; ratios are to it. Prints JSON with the targets of issue 9 (≤ 1.15× the bare page
// for home, article, quiz and join; ≤ 1.3× for teacher pages). HTML gzip (which carries the inline RSC payload and
// messages) is reported too. Options: --port 3395 (the bare app uses port + 1), --no-bare, --app <dir> (measure another
// checkout of Fahm, e.g. a worktree of the branch to compare with; built there when its sources changed).
// Lighthouse (mobile preset: simulated slow 4G and 4× CPU slowdown) runs on the home and quiz pages and on the bare
// page, with the Debian chromium (CHROME_PATH, default /usr/bin/chromium), headless; it prints each page's performance
// score, LCP and the biggest remaining opportunities. Options: --lighthouse-runs 1 (median of n runs per page),
// --no-lighthouse.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const PORT = Number(arg("port", "3395"));
const BARE = !process.argv.includes("--no-bare");
const APP = path.resolve(arg("app", root));
const LIGHTHOUSE = !process.argv.includes("--no-lighthouse");
const LH_RUNS = Math.max(1, Number(arg("lighthouse-runs", "1")));
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const log = (...a: unknown[]) => console.error("[bench:pages]", ...a);
const SECRET = "bench-secret-bench-secret-bench-secret-0123";

function run(cmd: string, args: string[], env: Record<string, string>, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.toString();
}

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
function request(
  port: number,
  p: string,
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<Got>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: p, method: opts.method ?? "GET", headers: opts.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

async function waitFor(port: number, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      if ((await request(port, "/")).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${port} never answered`);
}

const gzip = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

/** The scripts a page's HTML makes the browser fetch before it is interactive, and their gzip size. */
async function measure(port: number, p: string, cookie?: string) {
  const page = await request(port, p, { headers: cookie ? { cookie } : {} });
  if (page.status !== 200) throw new Error(`GET ${p}: HTTP ${page.status}`);
  const html = page.body.toString();
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? "";
    const as = /\bas="([^"]+)"/.exec(tag)?.[1] ?? "";
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (rel === "modulepreload" || (rel === "preload" && as === "script"))) urls.add(href);
  }
  let js = 0;
  for (const u of urls) {
    const r = await request(port, u.replace(/&amp;/g, "&"));
    if (r.status !== 200) throw new Error(`GET ${u}: HTTP ${r.status}`);
    js += gzip(r.body);
  }
  return { firstLoadJsKb: kb(js), scripts: urls.size, htmlKb: kb(gzip(page.body)) };
}

interface LighthouseResult {
  score: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  lcpElement?: string;
  opportunities: string[];
}

/** One Lighthouse run (mobile preset, performance only) of `url` as the user of `cookie`, through its CLI. */
function lighthouseOnce(url: string, cookie?: string): LighthouseResult {
  const bin = path.join(root, "node_modules/lighthouse/cli/index.js");
  const args = [
    bin,
    url,
    "--only-categories=performance",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: CHROME },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`lighthouse ${url} failed:\n${r.stderr.toString().slice(-2000)}`);
  type Audit = {
    numericValue?: number;
    score?: number | null;
    title?: string;
    details?: { type?: string; overallSavingsMs?: number; items?: Array<Record<string, unknown>> };
  };
  const lhr = JSON.parse(r.stdout.toString()) as {
    categories: { performance: { score: number } };
    audits: Record<string, Audit>;
    runtimeError?: { message: string };
  };
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
  const a = lhr.audits;
  const opportunities = Object.entries(a)
    .filter(([, v]) => v.details?.type === "opportunity" && (v.details.overallSavingsMs ?? 0) > 0)
    .sort(([, x], [, y]) => (y.details!.overallSavingsMs ?? 0) - (x.details!.overallSavingsMs ?? 0))
    .slice(0, 3)
    .map(([k, v]) => `${k} (${Math.round(v.details!.overallSavingsMs!)} ms)`);
  const lcpItem = a["largest-contentful-paint-element"]?.details?.items?.[0] as
    { items?: Array<{ node?: { snippet?: string } }> } | undefined;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    lcpMs: Math.round(a["largest-contentful-paint"]?.numericValue ?? NaN),
    fcpMs: Math.round(a["first-contentful-paint"]?.numericValue ?? NaN),
    tbtMs: Math.round(a["total-blocking-time"]?.numericValue ?? NaN),
    cls: Math.round((a["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
    lcpElement: lcpItem?.items?.[0]?.node?.snippet?.slice(0, 120),
    opportunities,
  };
}

/** The median run (by score) of LH_RUNS Lighthouse runs, with every run's score and LCP. */
function lighthouse(url: string, cookie?: string) {
  const runs: LighthouseResult[] = [];
  for (let i = 0; i < LH_RUNS; i++) runs.push(lighthouseOnce(url, cookie));
  const sorted = [...runs].sort((x, y) => x.score - y.score || y.lcpMs - x.lcpMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, runs: runs.map((r) => `${r.score} / ${r.lcpMs} ms`), target: "score ≥ 95, LCP < 1500 ms" };
}

/** Refuses a port another process listens on: its pages would be measured instead of ours (another checkout's server). */
async function assertPortFree(port: number) {
  await new Promise<void>((resolve, reject) => {
    const probe = http.createServer();
    probe.once("error", () =>
      reject(new Error(`port ${port} is in use: pick another with --port (the bare page uses port + 1)`)),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

function startServer(dir: string, port: number, dbFile: string | null): ChildProcess {
  const script = fs.existsSync(path.join(dir, "scripts/server.mjs"))
    ? [path.join(dir, "scripts/server.mjs")]
    : [path.join(dir, "node_modules/next/dist/bin/next"), "start"];
  return spawn(process.execPath, [...script, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(dbFile ? { DATABASE_URL: `file:${dbFile}` } : {}),
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      BETTER_AUTH_SECRET: SECRET,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill();
  await new Promise((r) => child.once("exit", r));
}

/** A practice attempt of `articleId` as a new device, through the article page's "Practise" form (no JS). */
async function practise(port: number, articleId: string) {
  const deviceId = crypto.randomUUID();
  const cookie = `fahm_device=${deviceId}`;
  const page = (await request(port, `/articles/${articleId}`, { headers: { cookie } })).body.toString();
  const form = [...page.matchAll(/<form[^>]*>(.*?)<\/form>/gs)].find((f) => f[1]!.includes('name="fresh"'));
  const actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(form?.[1] ?? "")?.[1];
  if (!actionId) throw new Error("no Practise form on the article page");
  const boundary = `----bench${crypto.randomUUID()}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const r = await request(port, `/articles/${articleId}`, {
    method: "POST",
    body: `${field(`$ACTION_ID_${actionId}`, "")}${field("articleId", articleId)}${field("fresh", "1")}--${boundary}--\r\n`,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      cookie,
      origin: `http://127.0.0.1:${port}`,
    },
  });
  const id = /\/attempts\/([^/?#"]+)/.exec(String(r.headers.location ?? r.headers["x-action-redirect"] ?? ""))?.[1];
  if (!id) throw new Error(`starting an attempt: HTTP ${r.status}`);
  return { attemptId: id, cookie };
}

/** A teacher signed up through Better Auth (session cookie), with an assigned and answered quiz of `articleId`. */
async function teacher(port: number, articleId: string, dbFile: string) {
  const r = await request(port, "/api/auth/sign-up/email", {
    method: "POST",
    body: JSON.stringify({
      name: "Bench",
      email: `bench-${Date.now()}@example.com`,
      password: "correct horse battery",
    }),
    headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}` },
  });
  if (r.status !== 200) throw new Error(`sign-up: HTTP ${r.status} ${r.body.toString().slice(0, 200)}`);
  const userId = (JSON.parse(r.body.toString()) as { user: { id: string } }).user.id;
  const setCookie = r.headers["set-cookie"] ?? [];
  const cookie = setCookie.map((c) => c.split(";")[0]).join("; ");
  const setup = path.join(root, "scripts/bench-pages-setup.ts");
  const out = run(
    "npx",
    ["tsx", "--conditions=react-server", setup, userId, articleId],
    { DATABASE_URL: `file:${dbFile}` },
    APP,
  );
  const { assignmentId } = JSON.parse(out.trim().split("\n").at(-1)!) as { assignmentId: string };
  return { cookie, assignmentId };
}

/** A bare Next app (a layout and one paragraph) built with this project's Next in a temporary folder. */
function buildBare(tmp: string): string {
  const dir = path.join(tmp, "bare");
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", private: true, type: "module" }));
  fs.writeFileSync(
    path.join(dir, "app/layout.jsx"),
    `export default function RootLayout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  fs.writeFileSync(path.join(dir, "app/page.jsx"), `export default function Page() { return <p>Hello</p>; }\n`);
  // a hard-linked copy: Turbopack refuses a symlinked node_modules
  run("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], {});
  run(
    process.execPath,
    [path.join(dir, "node_modules/next/dist/bin/next"), "build"],
    { NEXT_TELEMETRY_DISABLED: "1" },
    dir,
  );
  return dir;
}

run("node", ["scripts/build-if-changed.mjs"], {}, APP); // builds only when the sources changed since the last build
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fahm-bench-pages-"));
try {
  const dbFile = path.join(tmp, "pages.db");
  const env = { DATABASE_URL: `file:${dbFile}`, DATABASE_PROVIDER: "sqlite" };
  log("migrate + seed");
  run("npx", ["prisma", "migrate", "deploy"], env, APP);
  run("npx", ["tsx", "prisma/seed.ts"], env, APP);
  const meta = new Database(dbFile, { readonly: true });
  const { id: articleId } = meta
    .prepare(`SELECT "id" FROM "Article" WHERE "sampleKey" IS NOT NULL ORDER BY "createdAt" LIMIT 1`)
    .get() as { id: string };
  meta.close();

  const pages: Record<string, unknown> = {};
  const lighthouseResults: Record<string, unknown> = {};
  await assertPortFree(PORT);
  if (BARE) await assertPortFree(PORT + 1);
  const app = startServer(APP, PORT, dbFile);
  try {
    await waitFor(PORT, app);
    const student = await practise(PORT, articleId);
    const t = await teacher(PORT, articleId, dbFile);
    const list: Array<[string, string, string | undefined, number]> = [
      ["home", "/", student.cookie, 1.15],
      ["article", `/articles/${articleId}`, student.cookie, 1.15],
      ["quiz", `/attempts/${student.attemptId}`, student.cookie, 1.15],
      ["join", "/join", undefined, 1.15],
      ["teacher results", `/teacher/assignments/${t.assignmentId}`, t.cookie, 1.3],
    ];
    for (const [name, p, cookie, target] of list) {
      log(`measuring ${name} (${p})`);
      pages[name] = { path: p, ...(await measure(PORT, p, cookie)), target };
    }
    if (LIGHTHOUSE) {
      for (const [name, p, cookie] of list.filter(([n]) => n === "home" || n === "quiz")) {
        log(`lighthouse ${name} (${p})`);
        lighthouseResults[name] = lighthouse(`http://127.0.0.1:${PORT}${p}`, cookie);
      }
    }
  } finally {
    await stop(app);
  }

  let bare: Awaited<ReturnType<typeof measure>> | null = null;
  if (BARE) {
    log("building a bare Next page");
    const dir = buildBare(tmp);
    await assertPortFree(PORT + 1);
    const server = startServer(dir, PORT + 1, null);
    try {
      await waitFor(PORT + 1, server);
      bare = await measure(PORT + 1, "/");
      if (LIGHTHOUSE) {
        log("lighthouse bare");
        lighthouseResults.bare = lighthouse(`http://127.0.0.1:${PORT + 1}/`);
      }
    } finally {
      await stop(server);
    }
    for (const page of Object.values(pages) as Array<{ firstLoadJsKb: number; ratio?: number; target: number }>) {
      page.ratio = Math.round((page.firstLoadJsKb / bare.firstLoadJsKb) * 100) / 100;
    }
  }
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: APP }).stdout.toString().trim();
  console.log(JSON.stringify({ commit, bare, pages, lighthouse: LIGHTHOUSE ? lighthouseResults : "not run" }, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
