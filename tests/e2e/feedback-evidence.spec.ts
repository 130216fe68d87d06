// Issue 12 on a desktop: timeline feedback quotes one sentence per event (see feedback-evidence.ts).
import { test } from "./test";
import { timelineFeedback } from "./feedback-evidence";

for (const locale of ["en", "ar"] as const) {
  test(`timeline feedback quotes the sentence of each event, not the paragraphs between (${locale})`, async ({
    browser,
  }) => {
    await timelineFeedback(browser, locale, { viewport: { width: 1280, height: 900 } }, `${locale}-desktop`);
  });
}
