// A student's answer to one question. Production serves POST on a node:http fast path in front of Next
// (lib/http/fast-answers.ts, scripts/server.mjs); this handler does the same through Next (`next dev`, and any request
// the fast path passes on): both call answerRequest.
import { answerRequest, requestBody } from "@/lib/attempts/answer-request";
import { getDeviceId } from "@/lib/device";
import { toResponse } from "@/lib/http/json-response";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return toResponse(await answerRequest({ attemptId: id, readBody: requestBody(req), readDeviceId: getDeviceId }));
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
