// The production server (npm start, npm run serve, the e2e server, bench:answers): Next serves everything, except
// POST /api/attempts/<id>/answers, which the node:http fast path answers first (issue 9; lib/http/fast-answers.ts,
// bundled into build/fast-answers.mjs by `npm run build`), and a live game's phone routes (issue 10;
// lib/http/fast-live.ts → build/fast-live.mjs). Without those bundles every request goes to Next.
// Usage: node scripts/server.mjs [-p <port>] [-H <hostname>]   (defaults: $PORT or 3000, every interface)
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (names, fallback) => {
  const i = args.findIndex((a) => names.includes(a));
  return i === -1 ? fallback : args[i + 1];
};
const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], undefined);
process.env.NODE_ENV = "production"; // as `next start` sets it
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare(); // runs instrumentation.ts first: no auth secret, no server

const bundle = path.join(root, "build", "fast-answers.mjs");
const serveAnswer = fs.existsSync(bundle)
  ? (await import(pathToFileURL(bundle).href)).serveAnswer
  : (console.warn("build/fast-answers.mjs is missing (npm run build): answers go through Next"), () => false);

// the live game's phone routes (issue 10: answers, pongs, event streams; lib/http/fast-live.ts), likewise
const liveBundle = path.join(root, "build", "fast-live.mjs");
const serveLive = fs.existsSync(liveBundle)
  ? (await import(pathToFileURL(liveBundle).href)).serveLive
  : (console.warn("build/fast-live.mjs is missing (npm run build): live routes go through Next"), () => false);

const server = http.createServer((req, res) => {
  if (!serveAnswer(req, res) && !serveLive(req, res)) void handle(req, res);
});
// as `next start` does: exit cleanly on a stop signal (so `node --cpu-prof` writes its profile, too)
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
// A room connecting or answering at once is thousands of new connections within a second: Node's default accept
// queue (511) overflowed (the kernel drops the SYN; the phone retries after 1 s, 3 s, 7 s…, with the server idle).
// 4096 is Linux's default cap (net.core.somaxconn); the kernel lowers it where the cap is lower.
server.listen({ port, host: hostname, backlog: 4096 }, () => {
  console.log(`▲ Fahm ready on http://${hostname ?? "localhost"}:${port}`);
});
