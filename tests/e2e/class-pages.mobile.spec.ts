// Issue 12 on a phone: class pages in English and Arabic (see class-pages.ts), portrait and landscape.
import { test } from "./test";
import { checkClassPages } from "./class-pages";

for (const locale of ["en", "ar"] as const) {
  test(`class pages on a phone (${locale}): roster aligned, join code projected on one line, legend inside`, async ({
    page,
  }) => {
    await checkClassPages(page, locale, "phone");
  });
}
