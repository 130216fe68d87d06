import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { answerCurrent, attemptIdFromUrl, questionsOfAttempt } from "./helpers";

async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("on a phone, in Arabic, the article and the quiz fit the screen right to left", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch the interface to Arabic" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("link", { name: "فرنسا ومالي: نهاية عقد من النفوذ" }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  await expectNoSideScroll(page);
  await page.getByRole("button", { name: "تدرّب على هذا المقال" }).click();
  await page.waitForURL(/\/attempts\//);
  const [first] = questionsOfAttempt(attemptIdFromUrl(page));
  await expectNoSideScroll(page);
  await answerCurrent(page, first!, true);
  await expect(page.getByTestId("feedback").getByText("إجابة صحيحة!")).toBeVisible();
  await expectNoSideScroll(page);
  // The submit and next buttons are big enough to tap.
  const next = page.getByRole("button", { name: "السؤال التالي" });
  const box = await next.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(40);
});
