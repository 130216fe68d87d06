import { getDeviceId } from "@/lib/device";
import { withErrors, readJson } from "@/lib/errors";
import { ReviewSettingsSchema, setDesiredRetention } from "@/lib/review/review-settings";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const PUT = withErrors(async (req: Request) => {
  const { desiredRetention } = ReviewSettingsSchema.parse(await readJson(req));
  return Response.json(await setDesiredRetention({ deviceId: await getDeviceId(), desiredRetention }));
});

export const { GET, POST, PATCH, DELETE } = methodsNotAllowed(["PUT"]);
