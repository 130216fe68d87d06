// Issue 12 on a phone: the teacher's results and a student's answers fit the screen (no sideways scroll), in English
// and Arabic; the public article's questions follow the article in the page's own scroll.
import { randomUUID } from "node:crypto";
import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { setLocale } from "./classroom-flow";
import {
  answerCurrent,
  attemptIdFromUrl,
  questionsOfAttempt,
  seedTeacherWorld,
  signUpTeacher,
  startFirstAssignment,
} from "./helpers";

async function sideScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const locale of ["en", "ar"] as const) {
  test(`results and a student's answers fit a phone (${locale})`, async ({ page, browser, baseURL }) => {
    await setLocale(page.context(), baseURL!, locale);
    const teacher = await signUpTeacher(page.request, baseURL!, "Phone");
    const device = randomUUID();
    const world = seedTeacherWorld(teacher.id, device, { timeLimitSec: 600 });
    const { context: sc, page: sp } = await startFirstAssignment(browser, device, { baseURL });
    for (const [i, q] of questionsOfAttempt(attemptIdFromUrl(sp)).entries()) {
      await answerCurrent(sp, q, i === 0);
      await sp.getByTestId("feedback").getByRole("button").click();
    }
    await sc.close();
    for (const path of [
      `/teacher/assignments/${world.assignmentId}`,
      `/teacher/assignments/${world.assignmentId}/students/${world.studentId}`,
    ]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await sideScroll(page), path).toBeLessThanOrEqual(0);
    }
  });
}

test("the public article's questions are not a nested scroll box on a phone", async ({ page }) => {
  await page.goto("/");
  await page.locator("main a[href^='/articles/']:not([href='/articles/new'])").first().click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  const section = page.locator(".article-layout > .sticky");
  const { overflowY, position } = await section.evaluate((el) => ({
    overflowY: getComputedStyle(el).overflowY,
    position: getComputedStyle(el).position,
  }));
  expect({ overflowY, position }).toEqual({ overflowY: "visible", position: "static" });
  // A tapped question keeps its sentence highlighted.
  await page.locator(".evidence-button").first().tap();
  await expect(page.locator(".article-body mark.is-active").first()).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page.locator(".article-body mark.is-active").first()).toBeVisible();
});
