// Issue 12: axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing on the pages a teacher, a student and a visitor see, in
// English and Arabic, on a desktop (accessibility.mobile.spec.ts: the same on a phone).
import { expect, test } from "@playwright/test";
import { visitEveryState } from "./axe";

for (const locale of ["en", "ar"] as const) {
  test(`no axe violations on a desktop in ${locale}`, async ({ browser, baseURL }) => {
    test.setTimeout(600_000);
    const log = await visitEveryState(browser, baseURL!, locale, { viewport: { width: 1280, height: 900 } });
    expect(log.states).toBeGreaterThanOrEqual(19);
    expect(log.found, log.found.join("\n")).toEqual([]);
  });
}
