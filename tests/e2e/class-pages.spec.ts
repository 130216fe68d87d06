// Issue 12 on a desktop and a 4:3 projector: class pages in English and Arabic (see class-pages.ts).
import { test } from "./test";
import { checkClassPages } from "./class-pages";

for (const locale of ["en", "ar"] as const) {
  test(`class pages on a desktop (${locale}): roster aligned, join code projected on one line, legend inside`, async ({
    page,
  }) => {
    await checkClassPages(page, locale, "desktop");
  });
}
