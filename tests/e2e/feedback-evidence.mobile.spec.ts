// Issue 12 on a phone: timeline feedback quotes one sentence per event (see feedback-evidence.ts).
import { devices } from "@playwright/test";
import { test } from "./test";
import { timelineFeedback } from "./feedback-evidence";

for (const locale of ["en", "ar"] as const) {
  test(`timeline feedback on a phone quotes the sentence of each event (${locale})`, async ({ browser }) => {
    await timelineFeedback(browser, locale, devices["Pixel 7"], `${locale}-phone`);
  });
}
