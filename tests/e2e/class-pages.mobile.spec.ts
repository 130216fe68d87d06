// Issue 12 on a phone: class pages in English and Arabic (see class-pages.ts); the projected code is checked on desktop.
import { test } from "./test";
import { checkClassPages } from "./class-pages";

for (const locale of ["en", "ar"] as const) {
  test(`class pages on a phone (${locale}): roster aligned, no sideways scroll, legend inside`, async ({ page }) => {
    await checkClassPages(page, locale, "phone");
  });
}
