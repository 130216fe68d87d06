// The counters behind every rate limit and lockout (rate-limiter-flexible), the app's and Better Auth's alike.
// They live in this process's memory, which is right for SQLite (one app process). Several instances behind a load
// balancer (PostgreSQL) must share them: `createLimiter` is the one place to swap in a shared store — rate-limiter-
// flexible's RateLimiterPostgres takes the same rule (keyPrefix, points, duration) and answers the same calls.
import "server-only";
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimitRule {
  /** Names the counters; each rule counts separately. */
  name: string;
  /** Tries allowed in one window. */
  points: number;
  /** The window in seconds, counted from the first try (fixed window). At most 24 days (Node's timer limit). */
  durationSec: number;
}

export type TakeResult = { isAllowed: true } | { isAllowed: false; retryAfterSec: number };

function createLimiter(rule: LimitRule): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: rule.name, points: rule.points, duration: rule.durationSec });
}

// Kept on globalThis: Next evaluates this module once per server bundle (and again on dev reloads), and a counter
// that several copies kept separately would allow several times its limit.
const globalForLimits = globalThis as unknown as { fahmLimiters?: Map<string, RateLimiterAbstract> };
const limiters = (globalForLimits.fahmLimiters ??= new Map());

function limiterFor(rule: LimitRule): RateLimiterAbstract {
  const id = `${rule.name}|${rule.points}|${rule.durationSec}`;
  let limiter = limiters.get(id);
  if (!limiter) limiters.set(id, (limiter = createLimiter(rule)));
  return limiter;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts one try against `key` and says whether it is allowed. Counting comes first and is one atomic step, so many
 * tries sent at once cannot all pass before any of them is counted; a try that turns out right can be given back.
 */
export async function take(rule: LimitRule, key: string): Promise<TakeResult> {
  try {
    await limiterFor(rule).consume(key, 1);
    return { isAllowed: true };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { isAllowed: false, retryAfterSec: seconds(err.msBeforeNext) };
    throw err;
  }
}

/** Gives back a try that `take` counted (a right code, a right PIN): only wrong tries use up the limit. */
export async function giveBack(rule: LimitRule, key: string): Promise<void> {
  const res = await limiterFor(rule).reward(key, 1);
  // The window ended between take and giveBack: the reward opened a new window below zero, an extra try. Drop it.
  if (res.consumedPoints < 0) await limiterFor(rule).delete(key);
}

/** Forgets every try counted against `key` (a teacher unlocking a PIN, a right PIN after typos). */
export async function clear(rule: LimitRule, key: string): Promise<void> {
  await limiterFor(rule).delete(key);
}

/** True when the window's tries are used up, so the next `take` would be refused. */
export async function isUsedUp(rule: LimitRule, key: string): Promise<boolean> {
  const res = await limiterFor(rule).get(key);
  return res !== null && res.consumedPoints >= rule.points;
}

/**
 * Better Auth's rate-limit storage on the same counters, so sign-in and sign-up limits move to a shared store with
 * the rest. Better Auth passes its own key (client address + path) and the rule for the path.
 */
export const betterAuthRateLimitStorage = {
  async consume(key: string, rule: { window: number; max: number }) {
    const result = await take({ name: "auth", points: rule.max, durationSec: rule.window }, key);
    return result.isAllowed
      ? { allowed: true, retryAfter: null }
      : { allowed: false, retryAfter: result.retryAfterSec };
  },
};
