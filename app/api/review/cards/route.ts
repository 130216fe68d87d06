import { getDeviceId } from "@/lib/device";
import { withErrors } from "@/lib/errors";
import { reviewNow } from "@/lib/review/clock";
import { listDueCards } from "@/lib/review/list-due-cards";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

/** Due cards (no keys); `?ahead=1`: the next ones to fall due ("learn ahead"). */
export const GET = withErrors(async (req: Request) => {
  const isAhead = new URL(req.url).searchParams.get("ahead") === "1";
  return Response.json({ cards: await listDueCards({ deviceId: await getDeviceId(), now: reviewNow(), isAhead }) });
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
