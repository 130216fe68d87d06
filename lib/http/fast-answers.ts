// The answer route on node:http, in front of Next (issue 9): a class answering at once is the app's hottest path, and
// Next's per-request work (routing, the proxy, web Request/Response streams, async storage) cost more CPU per answer
// than the answer itself. scripts/server.mjs (npm start, the e2e server, bench:answers) hands every request here first;
// this takes only POST /api/attempts/<id>/answers with a plain id and passes everything else on to Next untouched.
// The work is answerRequest, the very function the Next route handler calls: same checks (the device cookie, read
// with Next's own cookie parser, owns the attempt), same statuses, same JSON; plus the headers next.config.js gives
// every response. Bundled by scripts/build-fast-answers.mjs into build/fast-answers.mjs.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerRequest } from "@/lib/attempts/answer-request";
import { deviceIdFromCookieHeader } from "@/lib/device-cookie";
import { errorJson } from "./json-response";
import { readJsonBody, sendPlain } from "./node-io";

/** Ids are cuid/UUID-like; anything else (percent-escapes, a trailing slash) is left to Next's own routing. */
const ANSWER_PATH = /^\/api\/attempts\/([A-Za-z0-9_-]{1,100})\/answers(?:\?.*)?$/;

/** Far above any valid answer (at most 20 items of 500 characters); Next's route would read any size. */
export const MAX_ANSWER_BODY_BYTES = 1024 * 1024;

/** Answers the request and returns true if it is a POST to the answer route; false: hand it to Next. */
export function serveAnswer(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST") return false;
  const attemptId = ANSWER_PATH.exec(req.url ?? "")?.[1];
  if (!attemptId) return false;
  answerRequest({
    attemptId,
    readBody: () => readJsonBody(req, MAX_ANSWER_BODY_BYTES),
    readDeviceId: async () => deviceIdFromCookieHeader(req.headers.cookie),
  })
    .catch(errorJson) // answerRequest answers every error itself; this only guards the server
    .then((r) => sendPlain(res, r));
  return true;
}
