import { AnswerInputSchema } from "@/lib/attempts/answer-shape";
import { getDeviceId } from "@/lib/device";
import { errorResponse, readJson } from "@/lib/errors";
import { submitLiveAnswer } from "@/lib/live/play-game";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const receivedAt = Date.now(); // the answer's time is when it reached the server, before any work
  try {
    const input = AnswerInputSchema.parse(await readJson(req));
    return Response.json(
      await submitLiveAnswer({ gameId: (await ctx.params).id, deviceId: await getDeviceId(), ...input, receivedAt }),
    );
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
