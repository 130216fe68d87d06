// The answer route on node:http, in front of Next (issue 9): a class answering at once is the app's hottest path, and
// Next's per-request work (routing, the proxy, web Request/Response streams, async storage) cost more CPU per answer
// than the answer itself. scripts/server.mjs (npm start, the e2e server, bench:answers) hands every request here first;
// this takes only POST /api/attempts/<id>/answers with a plain id and passes everything else on to Next untouched.
// The work is answerRequest, the very function the Next route handler calls: same checks (the device cookie, read
// with Next's own cookie parser, owns the attempt), same statuses, same JSON; plus the headers next.config.js gives
// every response. Bundled by scripts/build-fast-answers.mjs into build/fast-answers.mjs.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerRequest, type PlainResponse } from "@/lib/attempts/answer-request";
import { deviceIdFromCookieHeader } from "@/lib/device-cookie";
import { AppError, errorParts, ValidationError } from "@/lib/errors";
import securityHeaders from "./security-headers.json";

/** Ids are cuid/UUID-like; anything else (percent-escapes, a trailing slash) is left to Next's own routing. */
const ANSWER_PATH = /^\/api\/attempts\/([A-Za-z0-9_-]{1,100})\/answers(?:\?.*)?$/;

/** Far above any valid answer (at most 20 items of 500 characters); Next's route would read any size. */
export const MAX_ANSWER_BODY_BYTES = 1024 * 1024;

/** next.config.js's headers as writeHead's flat [name, value, …] list, built once: no per-response object spread. */
const SECURITY_HEADERS: string[] = securityHeaders.flatMap((h) => [h.key, h.value]);
const utf8 = new TextDecoder(); // as Request.json(): UTF-8, a leading BOM dropped

class TooLargeError extends AppError {
  constructor() {
    super(413, "too_large", "The request is too large.");
  }
}

/** The body as JSON, decoded as a web Request's json() decodes it (UTF-8, a leading BOM dropped). */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_ANSWER_BODY_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        reject(new TooLargeError());
      } else chunks.push(c);
    });
    req.on("error", reject);
    req.on("end", () => {
      try {
        // an answer is one small chunk: decoded as it is, without a copy
        resolve(JSON.parse(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))));
      } catch {
        reject(new ValidationError("The request body must be JSON.", "invalid_json"));
      }
    });
  });
}

function send(res: ServerResponse, r: PlainResponse) {
  const headers = [...SECURITY_HEADERS]; // none of them is a header answerRequest sets (content-*, retry-after)
  for (const name in r.headers) headers.push(name, r.headers[name]!);
  headers.push("content-length", String(Buffer.byteLength(r.body)));
  // headers and body leave in one write (end right after writeHead)
  res.writeHead(r.status, headers);
  res.end(r.body);
}

/** Answers the request and returns true if it is a POST to the answer route; false: hand it to Next. */
export function serveAnswer(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST") return false;
  const match = ANSWER_PATH.exec(req.url ?? "");
  if (!match) return false;
  answerRequest({
    attemptId: match[1]!,
    readBody: () => readJsonBody(req),
    readDeviceId: async () => deviceIdFromCookieHeader(req.headers.cookie),
  })
    .catch((err: unknown): PlainResponse => {
      // answerRequest answers every error itself; this only guards the server
      const { status, body } = errorParts(err);
      return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
    })
    .then((r) => send(res, r));
  return true;
}
