// `npm run bench:pages`: what a phone downloads to show each student and teacher page (issue 9). Starts the built app
// (scripts/server.mjs) on a throwaway SQLite database, makes one of each page (a practice attempt over HTTP, a teacher
// signed up through Better Auth with an assigned and answered quiz), fetches each page's HTML as its user and every
// script the HTML loads (<script src>, <link rel=modulepreload|preload as=script>), and sums their gzip sizes — the
// first-load JS. A bare Next page (one layout, one paragraph) is built with the same Next in a temporary folder in the
// same run and measured the same way; ratios are to it. Prints JSON with the targets of issue 9 (≤ 1.15× the bare page
// for home, article, quiz and join; ≤ 1.3× for teacher pages). HTML gzip (which carries the inline RSC payload and
// messages) is reported too. Options: --port 3395 (the bare app uses port + 1), --no-bare, --app <dir> (measure another
// checkout of Fahm, e.g. a worktree of the branch to compare with; built there when its sources changed).
// Lighthouse is not run: see README (Performance).
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
  } finally {
    await stop(app);
  }

  let bare: Awaited<ReturnType<typeof measure>> | null = null;
  if (BARE) {
    log("building a bare Next page");
    const dir = buildBare(tmp);
    const server = startServer(dir, PORT + 1, null);
    try {
      await waitFor(PORT + 1, server);
      bare = await measure(PORT + 1, "/");
    } finally {
      await stop(server);
    }
    for (const page of Object.values(pages) as Array<{ firstLoadJsKb: number; ratio?: number; target: number }>) {
      page.ratio = Math.round((page.firstLoadJsKb / bare.firstLoadJsKb) * 100) / 100;
    }
  }
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: APP }).stdout.toString().trim();
  console.log(JSON.stringify({ commit, bare, pages, lighthouse: "not run (see README, Performance)" }, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
