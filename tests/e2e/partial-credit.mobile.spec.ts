// Issue 12: partial credit for matching and timeline on a phone, in English and Arabic (see partial-credit.ts).
import { devices } from "@playwright/test";
import { test } from "./test";
import { partialCreditFlow } from "./partial-credit";

for (const locale of ["en", "ar"] as const) {
  test(`partial credit on a phone (${locale})`, async ({ browser }) => {
    await partialCreditFlow(browser, locale, devices["Pixel 7"], `${locale}-phone`);
  });
}
