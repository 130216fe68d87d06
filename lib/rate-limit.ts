// The counters behind every rate limit and lockout (rate-limiter-flexible), the app's and Better Auth's alike.
// On SQLite (one app process) they live in this process's memory. On PostgreSQL, where several app instances may
// stand behind a load balancer, they live in the database (RateLimiterPostgres, table `fahm_rate_limit`), so every
// instance counts against the same numbers: a guesser spreading tries over instances gains nothing (issue 8).
import "server-only";
import pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { databaseProvider } from "@/lib/db-provider";
import { env } from "@/lib/env";

export interface LimitRule {
  /** Names the counters; each rule counts separately. */
  name: string;
  /** Tries allowed in one window. */
  points: number;
  /** The window in seconds, counted from the first try (fixed window). At most 24 days (Node's timer limit). */
  durationSec: number;
}

export type TakeResult = { isAllowed: true } | { isAllowed: false; retryAfterSec: number };

/** The PostgreSQL table every limiter shares; a key is `<rule name>:<key>`. Created on first use, not by migrations. */
export const LIMIT_TABLE = "fahm_rate_limit";

// Kept on globalThis: Next evaluates this module once per server bundle (and again on dev reloads), and a counter
// that several copies kept separately would allow several times its limit.
const globalForLimits = globalThis as unknown as {
  fahmLimiters?: Map<string, Promise<RateLimiterAbstract>>;
  fahmLimitStore?: Promise<pg.Pool>;
};
const limiters = (globalForLimits.fahmLimiters ??= new Map());

/** A small pool of its own (the limiter's queries are one statement each) and the table, made once per process. */
function postgresStore(): Promise<pg.Pool> {
  return (globalForLimits.fahmLimitStore ??= (async () => {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
    // rate-limiter-flexible's own schema; IF NOT EXISTS and a unique-violation retry make racing instances safe.
    try {
      await pool.query(
        `CREATE TABLE IF NOT EXISTS "${LIMIT_TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
      );
    } catch (err) {
      if ((err as { code?: string }).code !== "23505") throw err;
    }
    return pool;
  })());
}

/** Closes the PostgreSQL pool (scripts that must exit); the next limit check opens a new one. */
export async function closeLimitStore(): Promise<void> {
  const store = globalForLimits.fahmLimitStore;
  if (!store) return;
  delete globalForLimits.fahmLimitStore;
  limiters.clear();
  await (await store).end();
}

async function createLimiter(rule: LimitRule): Promise<RateLimiterAbstract> {
  const options = { keyPrefix: rule.name, points: rule.points, duration: rule.durationSec };
  if (databaseProvider() !== "postgresql") return new RateLimiterMemory(options);
  const storeClient = await postgresStore();
  return new RateLimiterPostgres({
    ...options,
    storeClient,
    storeType: "pool",
    tableName: LIMIT_TABLE,
    tableCreated: true,
  });
}

function limiterFor(rule: LimitRule): Promise<RateLimiterAbstract> {
  const id = `${rule.name}|${rule.points}|${rule.durationSec}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = createLimiter(rule);
    limiter.catch(() => limiters.delete(id)); // a database that was down at first use is tried again next time
    limiters.set(id, limiter);
  }
  return limiter;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts one try against `key` and says whether it is allowed. Counting comes first and is one atomic step, so many
 * tries sent at once cannot all pass before any of them is counted; a try that turns out right can be given back.
 */
export async function take(rule: LimitRule, key: string): Promise<TakeResult> {
  try {
    await (await limiterFor(rule)).consume(key, 1);
    return { isAllowed: true };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { isAllowed: false, retryAfterSec: seconds(err.msBeforeNext) };
    throw err;
  }
}

/** Gives back a try that `take` counted (a right code, a right PIN): only wrong tries use up the limit. */
export async function giveBack(rule: LimitRule, key: string): Promise<void> {
  const limiter = await limiterFor(rule);
  const res = await limiter.reward(key, 1);
  // The window ended between take and giveBack: the reward opened a new window below zero, an extra try. Drop it.
  if (res.consumedPoints < 0) await limiter.delete(key);
}

/** Forgets every try counted against `key` (a teacher unlocking a PIN, a right PIN after typos). */
export async function clear(rule: LimitRule, key: string): Promise<void> {
  await (await limiterFor(rule)).delete(key);
}

/** True when the window's tries are used up, so the next `take` would be refused. */
export async function isUsedUp(rule: LimitRule, key: string): Promise<boolean> {
  const res = await (await limiterFor(rule)).get(key);
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
