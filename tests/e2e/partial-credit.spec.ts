// Issue 12: partial credit for matching and timeline on a desktop, in English and Arabic (see partial-credit.ts).
import { test } from "./test";
import { partialCreditFlow } from "./partial-credit";

for (const locale of ["en", "ar"] as const) {
  test(`partial credit: the teacher turns it on, the student sees a partial mark, results and CSV show it (${locale})`, async ({
    browser,
  }) => {
    await partialCreditFlow(browser, locale, { viewport: { width: 1280, height: 800 } }, `${locale}-desktop`);
  });
}
