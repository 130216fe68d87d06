// Issue 12: axe on a phone (Pixel 7, the "mobile" project), English and Arabic; accessibility.spec.ts: desktop.
import { devices, expect, test } from "@playwright/test";
import { visitEveryState } from "./axe";

for (const locale of ["en", "ar"] as const) {
  test(`no axe violations on a phone in ${locale}`, async ({ browser, baseURL }) => {
    test.setTimeout(600_000);
    const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices["Pixel 7"];
    const log = await visitEveryState(browser, baseURL!, locale, {
      viewport,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      userAgent,
    });
    expect(log.states).toBeGreaterThanOrEqual(19);
    expect(log.found, log.found.join("\n")).toEqual([]);
  });
}
