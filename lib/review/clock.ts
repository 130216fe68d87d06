// The review schedule's clock. Real time, except in end-to-end tests, which move it forward to see cards fall due
// (issue 11). The test clock is on only with FAHM_TEST_CLOCK=1, and lib/env.ts refuses to start a server with it
// whose public URL is not a loopback http address — so a deployment cannot have it.
import "server-only";
const globalForClock = globalThis as unknown as { fahmTestClockOffsetMs?: number };

export function isTestClockEnabled(): boolean {
  return process.env.FAHM_TEST_CLOCK === "1";
}

/** Is this public URL one only this machine can reach over plain http (where a test server runs)? */
export function isLoopbackHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  } catch {
    return false;
  }
}

/** Now, as the review schedule sees it (the test clock's offset added when it is on). */
export function reviewNow(): Date {
  const offset = isTestClockEnabled() ? (globalForClock.fahmTestClockOffsetMs ?? 0) : 0;
  return new Date(Date.now() + offset);
}

export function getTestClockOffset(): number {
  return globalForClock.fahmTestClockOffsetMs ?? 0;
}

/** Only for the test clock route: moves "now" by `offsetMs` from the real time. */
export function setTestClockOffset(offsetMs: number): void {
  if (!isTestClockEnabled()) throw new Error("The test clock is off.");
  globalForClock.fahmTestClockOffsetMs = offsetMs;
}
