// Issue 12 on a phone: class pages in English and Arabic (see class-pages.ts), portrait and landscape.
import { expect, test } from "./test";
import {
  axeClean,
  expectLegendInsideCard,
  expectProjectedCodeFits,
  expectRosterAligned,
  shot,
  teacherWithClass,
} from "./class-pages";

for (const locale of ["en", "ar"] as const) {
  test(`class pages on a phone (${locale}): roster aligned, join code projected on one line, legend inside`, async ({
    page,
  }) => {
    const world = await teacherWithClass(page, locale);
    await expectRosterAligned(page, world.classId, locale);
    await page.goto(`/teacher/classes/${world.classId}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, `class-${locale}-phone`);
    await axeClean(page, `[${locale}] class with a roster (phone)`);
    const portrait = page.viewportSize()!;
    for (const size of [portrait, { width: portrait.height, height: portrait.width }]) {
      await page.setViewportSize(size);
      await expectProjectedCodeFits(page, world.classId);
      await shot(page, `projected-${locale}-phone-${size.width}x${size.height}`, false);
      await page.evaluate(() => document.exitFullscreen());
    }
    await page.setViewportSize(portrait);
    await expectLegendInsideCard(page, world.articleId);
    await shot(page, `new-quiz-${locale}-phone`);
  });
}
