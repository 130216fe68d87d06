import { ensureDeviceId } from "@/lib/device";
import { errorResponse, readJson } from "@/lib/errors";
import { joinGame } from "@/lib/live/play-game";
import { LiveJoinSchema } from "@/lib/validation/live";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request) {
  try {
    const input = LiveJoinSchema.parse(await readJson(req));
    return Response.json(await joinGame({ ...input, deviceId: await ensureDeviceId() }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
