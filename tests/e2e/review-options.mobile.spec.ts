// Issue 8 on a phone: the teacher's per-phase review options (see review-options.ts).
import { devices } from "@playwright/test";
import { test } from "./test";
import { reviewOptionsFlow } from "./review-options";

for (const locale of ["en", "ar"] as const) {
  test(`on a phone, a teacher shows ✓/✗ only while answering and the keys after the due date (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000); // a teacher's and a student's whole flow, two browser contexts
    await reviewOptionsFlow(browser, locale, devices["Pixel 7"], `${locale}-phone`);
  });
}
