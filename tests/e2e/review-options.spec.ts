// Issue 8 on a desktop: the teacher's per-phase review options (see review-options.ts).
import { test } from "./test";
import { reviewOptionsFlow } from "./review-options";

for (const locale of ["en", "ar"] as const) {
  test(`a teacher shows ✓/✗ only while answering and the keys after the due date (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000); // a teacher's and a student's whole flow, two browser contexts
    await reviewOptionsFlow(browser, locale, { viewport: { width: 1280, height: 900 } }, `${locale}-desktop`);
  });
}
