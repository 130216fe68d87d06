// Issue 12 on a desktop and a 4:3 projector: class pages in English and Arabic (see class-pages.ts).
import { test } from "./test";
import {
  axeClean,
  expectLegendInsideCard,
  expectProjectedCodeFits,
  expectRosterAligned,
  shot,
  teacherWithClass,
} from "./class-pages";

for (const locale of ["en", "ar"] as const) {
  test(`class pages on a desktop (${locale}): roster aligned, join code projected on one line, legend inside`, async ({
    page,
  }) => {
    const world = await teacherWithClass(page, locale);
    await expectRosterAligned(page, world.classId, locale);
    await shot(page, `classes-${locale}-desktop`);
    await axeClean(page, `[${locale}] classes`);
    await page.goto(`/teacher/classes/${world.classId}`);
    await shot(page, `class-${locale}-desktop`);
    await axeClean(page, `[${locale}] class with a roster`);
    // A 16:9 screen and a 4:3 classroom projector.
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await expectProjectedCodeFits(page, world.classId);
      await shot(page, `projected-${locale}-${size.width}x${size.height}`, false);
      await page.evaluate(() => document.exitFullscreen());
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectLegendInsideCard(page, world.articleId);
    await shot(page, `new-quiz-${locale}-desktop`);
    await axeClean(page, `[${locale}] new quiz`);
  });
}
