// Issue 11: the review schedule's test clock exists only for end-to-end tests; production refuses it.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the test clock", () => {
  it("keeps a deployed server (public https URL) from starting with it", async () => {
    vi.stubEnv("FAHM_TEST_CLOCK", "1");
    vi.stubEnv("BETTER_AUTH_URL", "https://fahm.example.org");
    vi.resetModules();
    await expect(import("@/lib/env")).rejects.toThrow(/FAHM_TEST_CLOCK/);
  });

  it("without the flag the clock route is not there and now is the real time", async () => {
    vi.stubEnv("FAHM_TEST_CLOCK", "0");
    vi.resetModules();
    const route = await import("@/app/api/test/clock/route");
    const res = await route.POST(
      new Request("http://x/api/test/clock", { method: "POST", body: JSON.stringify({ offsetMs: 86_400_000 }) }),
    );
    expect(res.status).toBe(404);
    const { reviewNow } = await import("@/lib/review/clock");
    expect(Math.abs(reviewNow().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("with the flag on a loopback server it moves the review clock", async () => {
    vi.stubEnv("FAHM_TEST_CLOCK", "1");
    vi.stubEnv("BETTER_AUTH_URL", "http://127.0.0.1:3210");
    vi.resetModules();
    const route = await import("@/app/api/test/clock/route");
    const res = await route.POST(
      new Request("http://x/api/test/clock", { method: "POST", body: JSON.stringify({ offsetMs: 86_400_000 }) }),
    );
    expect(res.status).toBe(200);
    const { reviewNow, setTestClockOffset } = await import("@/lib/review/clock");
    expect(reviewNow().getTime() - Date.now()).toBeGreaterThan(86_399_000);
    setTestClockOffset(0);
  });
});
