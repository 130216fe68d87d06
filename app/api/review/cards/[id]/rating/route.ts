import { getDeviceId } from "@/lib/device";
import { errorResponse, readJson } from "@/lib/errors";
import { RerateInputSchema, rerateReview } from "@/lib/review/rerate-review";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const input = RerateInputSchema.parse(await readJson(req));
    return Response.json(await rerateReview({ cardId: id, deviceId: await getDeviceId(), input }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
