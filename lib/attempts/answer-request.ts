// POST /api/attempts/:id/answers, once for both servers that take it (issue 9): the Next route handler
// (app/api/attempts/[id]/answers/route.ts, used by `next dev` and whenever the fast path passes a request on) and the
// production server's node:http fast path (lib/http/fast-answers.ts). Same order of checks, same status codes, same
// JSON; the device cookie is the only credential (ownership is checked in submitAnswer).
import "server-only";
import { readJson } from "@/lib/errors";
import { errorJson, JSON_ONLY_CSP, jsonResponse, type PlainResponse } from "@/lib/http/json-response";
import { createReviewCardsAfterAnswer, practiceCardHooks } from "@/lib/review/after-answer";
import { AnswerInputSchema } from "./answer-shape";
import { submitAnswer } from "./submit-answer";

/** The answer route answers only JSON: the fixed policy that allows nothing (lib/http/json-response.ts). */
export const ANSWER_CSP = JSON_ONLY_CSP;

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
    return jsonResponse(200, result);
  } catch (err) {
    return errorJson(err);
  }
}

/** Reads a web Request's JSON body as the route always has (readJson: bad JSON is a 400). */
export const requestBody = (req: Request) => () => readJson(req);
