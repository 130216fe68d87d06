// POST /api/attempts/:id/answers, once for both servers that take it (issue 9): the Next route handler
// (app/api/attempts/[id]/answers/route.ts, used by `next dev` and whenever the fast path passes a request on) and the
// production server's node:http fast path (lib/http/fast-answers.ts). Same order of checks, same status codes, same
// JSON; the device cookie is the only credential (ownership is checked in submitAnswer).
import "server-only";
import { errorParts, readJson } from "@/lib/errors";
import { createReviewCardsAfterAnswer, practiceCardHooks } from "@/lib/review/after-answer";
import { AnswerInputSchema } from "./answer-shape";
import { submitAnswer } from "./submit-answer";

/**
 * The answer route answers only JSON: no document a browser could run anything in, so a fixed policy that allows
 * nothing replaces the per-request nonce policy of pages (proxy.ts leaves this route out).
 */
export const ANSWER_CSP = "default-src 'none'; frame-ancestors 'none'";

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): PlainResponse => ({
  status,
  headers: { "content-type": "application/json", "content-security-policy": ANSWER_CSP, ...headers },
  body: JSON.stringify(body),
});

export async function answerRequest({
  attemptId,
  readBody,
  readDeviceId,
}: {
  attemptId: string;
  /** The parsed JSON body (throws ValidationError "invalid_json" when it is not JSON). */
  readBody: () => Promise<unknown>;
  /** The device cookie's id, or null (lib/device.ts). */
  readDeviceId: () => Promise<string | null>;
}): Promise<PlainResponse> {
  try {
    const input = AnswerInputSchema.parse(await readBody());
    const deviceId = await readDeviceId();
    let practice = false; // a first practice answer, whose card was just made
    const result = await submitAnswer({
      attemptId,
      deviceId,
      ...input,
      onPracticeAnswer: (a) => ((practice = true), practiceCardHooks.onPracticeAnswer(a)),
      onPracticeAnswerInTransaction: (client, a) => (
        (practice = true),
        practiceCardHooks.onPracticeAnswerInTransaction(client, a)
      ),
    });
    // an assigned quiz: its cards are owed only once its keys may be shown (maybe for earlier answers too)
    if (!practice && "answer" in result) await createReviewCardsAfterAnswer({ attemptId, deviceId });
    return json(200, result);
  } catch (err) {
    const { status, body, headers } = errorParts(err);
    return json(status, body, headers);
  }
}

/** The Next route's Response for a PlainResponse. */
export function toResponse(r: PlainResponse): Response {
  return new Response(r.body, { status: r.status, headers: r.headers });
}

/** Reads a web Request's JSON body as the route always has (readJson: bad JSON is a 400). */
export const requestBody = (req: Request) => () => readJson(req);
