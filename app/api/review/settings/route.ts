import { getDeviceId } from "@/lib/device";
import { errorResponse, readJson } from "@/lib/errors";
import { ReviewSettingsSchema, setDesiredRetention } from "@/lib/review/review-settings";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function PUT(req: Request) {
  try {
    const { desiredRetention } = ReviewSettingsSchema.parse(await readJson(req));
    return Response.json(await setDesiredRetention({ deviceId: await getDeviceId(), desiredRetention }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, POST, PATCH, DELETE } = methodsNotAllowed(["PUT"]);
