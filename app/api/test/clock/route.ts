// End-to-end tests only (FAHM_TEST_CLOCK=1, refused in production by lib/env.ts): moves the review schedule's clock.
// Without the flag this route does not exist (404).
import { z } from "zod";
import { env } from "@/lib/env";
import { withErrors, NotFoundError, readJson } from "@/lib/errors";
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

export const GET = withErrors(async () => {
  assertEnabled();
  return Response.json({ offsetMs: getTestClockOffset() });
});

export const POST = withErrors(async (req: Request) => {
  assertEnabled();
  const { offsetMs } = ClockSchema.parse(await readJson(req));
  setTestClockOffset(offsetMs);
  return Response.json({ offsetMs });
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
