// A live game's phone traffic on node:http, in front of Next (issue 10): a room of 2,000 answering within seconds, each
// phone's pongs, and each phone's event stream. Through Next every one of these requests also went through the proxy
// (a second pass for a CSP nonce no JSON answer needs), routing and web Request/Response streams, and a profile of
// `npm run bench:live -- --players 1000` showed that, not the answer's own work, was where the server's one core went.
// scripts/server.mjs hands every request here after the practice fast path (lib/http/fast-answers.ts); this takes only
// POST /api/live/games/<id>/answers, POST …/pong and GET …/events with a plain id and passes everything else on to
// Next untouched. The work is the same functions the Next route handlers call (submitLiveAnswer, recordPong,
// requirePlayer + streamPlayer): same checks, same statuses, same JSON; plus the headers next.config.js gives every
// response. Bundled by scripts/build-fast-answers.mjs into build/fast-live.mjs.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { AnswerInputSchema } from "@/lib/attempts/answer-shape";
import { deviceIdFromCookieHeader } from "@/lib/device-cookie";
import { streamPlayer } from "@/lib/live/live-streams";
import { recordPong, requirePlayer, submitLiveAnswer } from "@/lib/live/play-game";
import { SSE_HEADERS, sseFrame, SSE_PRELUDE } from "@/lib/live/sse";
import { LivePongSchema } from "@/lib/validation/live";
import { errorJson, JSON_ONLY_CSP, jsonResponse } from "./json-response";
import { readJsonBody, sendPlain, withSecurityHeaders } from "./node-io";

const LIVE_PATH = /^\/api\/live\/games\/([A-Za-z0-9_-]{1,100})\/(answers|pong|events)(?:\?.*)?$/;

/** Far above any valid answer (at most 20 items of 500 characters). */
const MAX_BODY_BYTES = 256 * 1024;

/** The event stream's headers, built once (its policy allows nothing, as the JSON routes'). */
const EVENT_STREAM_HEADERS = withSecurityHeaders({ "content-security-policy": JSON_ONLY_CSP, ...SSE_HEADERS });

const sendJson = (res: ServerResponse, body: unknown) => sendPlain(res, jsonResponse(200, body));

async function answer(req: IncomingMessage, res: ServerResponse, gameId: string) {
  const receivedAt = Date.now(); // the answer's time is when it reached the server, before any work
  const input = AnswerInputSchema.parse(await readJsonBody(req, MAX_BODY_BYTES));
  const deviceId = deviceIdFromCookieHeader(req.headers.cookie);
  sendJson(res, await submitLiveAnswer({ gameId, deviceId, ...input, receivedAt }));
}

async function pong(req: IncomingMessage, res: ServerResponse, gameId: string) {
  const { pingId } = LivePongSchema.parse(await readJsonBody(req, MAX_BODY_BYTES));
  const deviceId = deviceIdFromCookieHeader(req.headers.cookie);
  sendJson(res, await recordPong({ gameId, deviceId, pingId }));
}

async function events(req: IncomingMessage, res: ServerResponse, gameId: string) {
  const { game, player } = await requirePlayer(gameId, deviceIdFromCookieHeader(req.headers.cookie));
  if (req.destroyed || res.destroyed) return;
  res.writeHead(200, EVENT_STREAM_HEADERS);
  res.write(SSE_PRELUDE);
  let isClosed = false;
  let cleanup: (() => void) | null = null;
  const close = () => {
    if (isClosed) return;
    isClosed = true;
    cleanup?.();
    res.end();
  };
  res.on("close", close);
  cleanup = streamPlayer(
    game,
    player,
    (event, data) => {
      if (!isClosed) res.write(sseFrame(event, data));
    },
    close,
  );
  if (isClosed) cleanup(); // streamPlayer closed it at once (never so far; kept safe)
}

/** Answers the request and returns true if it is one of the live phone routes; false: hand it to Next. */
export function serveLive(req: IncomingMessage, res: ServerResponse): boolean {
  const match = LIVE_PATH.exec(req.url ?? "");
  if (!match) return false;
  const [, gameId, route] = match as unknown as [string, string, "answers" | "pong" | "events"];
  const run =
    route === "events"
      ? req.method === "GET" && events
      : req.method === "POST" && (route === "answers" ? answer : pong);
  if (!run) return false; // a wrong method: Next's route answers it (405 with Allow)
  run(req, res, gameId).catch((err: unknown) => {
    if (res.headersSent) res.end();
    else sendPlain(res, errorJson(err));
  });
  return true;
}
