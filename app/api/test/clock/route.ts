// End-to-end tests only (FAHM_TEST_CLOCK=1, refused in production by lib/env.ts): moves the review schedule's clock.
// Without the flag this route does not exist (404).
import { z } from "zod";
import { env } from "@/lib/env";
import { errorResponse, NotFoundError, readJson } from "@/lib/errors";
import { getTestClockOffset, isTestClockEnabled, setTestClockOffset } from "@/lib/review/clock";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

const ClockSchema = z.object({
  offsetMs: z
    .number()
    .int()
    .min(0)
    .max(10 * 365 * 86_400_000),
});

function assertEnabled() {
  if (env.FAHM_TEST_CLOCK !== "1" || !isTestClockEnabled()) throw new NotFoundError();
}

export async function GET() {
  try {
    assertEnabled();
    return Response.json({ offsetMs: getTestClockOffset() });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(req: Request) {
  try {
    assertEnabled();
    const { offsetMs } = ClockSchema.parse(await readJson(req));
    setTestClockOffset(offsetMs);
    return Response.json({ offsetMs });
  } catch (err) {
    return errorResponse(err);
  }
}

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
