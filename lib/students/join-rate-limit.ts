// Wrong join codes and wrong PINs are rate-limited per client, so nobody can walk the code space or guess a PIN:
// 10 wrong tries a minute, then every try (right or wrong) is refused until the minute is over.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

export const JOIN_TRIES_PER_MINUTE = 10;

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSec: number) {
    super(429, "tooManyAttempts", "Too many wrong tries. Wait a minute, then try again.");
  }
}

// One limiter per server process (kept on globalThis so dev hot reloads do not reset it). Memory is enough for
// the single-process `next start`; several processes would need a shared store (rate-limiter-flexible has them).
const globalForLimiter = globalThis as unknown as { fahmJoinLimiter?: RateLimiterMemory };
export const joinRateLimiter: RateLimiterMemory =
  globalForLimiter.fahmJoinLimiter ??
  (globalForLimiter.fahmJoinLimiter = new RateLimiterMemory({
    keyPrefix: "join",
    points: JOIN_TRIES_PER_MINUTE,
    duration: 60,
  }));

/** The client: the first address of X-Forwarded-For (set by the proxy in front), else the device cookie. */
export function joinClientKey({ forwardedFor, deviceId }: { forwardedFor: string | null; deviceId: string }): string {
  const ip = forwardedFor?.split(",")[0]?.trim();
  return ip ? `ip:${ip}` : `device:${deviceId}`;
}

/** Throws when this client has used up its wrong tries for the minute. */
export async function assertNotRateLimited(clientKey: string): Promise<void> {
  const res = await joinRateLimiter.get(clientKey);
  if (res && res.consumedPoints >= JOIN_TRIES_PER_MINUTE) {
    throw new TooManyAttemptsError(Math.ceil(res.msBeforeNext / 1000));
  }
}

/** Counts one wrong try (never throws: the caller reports the wrong code itself). */
export async function recordWrongTry(clientKey: string): Promise<void> {
  await joinRateLimiter.penalty(clientKey, 1);
}
