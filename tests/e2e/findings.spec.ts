// Issue 12's findings, each as the user's steps (keyboard-only where the finding is about the keyboard).
import { randomUUID } from "node:crypto";
import { type Browser } from "@playwright/test";
import { expect, test } from "./test";
import { E2E_PORT } from "./env";
import {
  answerCurrent,
  attemptIdFromUrl,
  deviceState,
  questionsOfAttempt,
  seedTeacherWorld,
  signUpTeacher,
  writeDb,
} from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

async function studentOfWorld(browser: Browser, extra?: (world: ReturnType<typeof seedTeacherWorld>) => void) {
  const tc = await browser.newContext({ baseURL: base });
  const teacher = await signUpTeacher(tc.request, base, "Finder");
  const device = randomUUID();
  const world = seedTeacherWorld(teacher.id, device);
  extra?.(world);
  const context = await browser.newContext({
    baseURL: base,
    storageState: deviceState(device),
  });
  const page = await context.newPage();
  await page.goto("/my");
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/attempts\//);
  return { page, world, close: () => Promise.all([tc.close(), context.close()]) };
}

test("article page: a clicked question keeps its sentence highlighted, in the middle of the screen, whatever the pointer passes over", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/");
  await page.locator("main a[href^='/articles/']:not([href='/articles/new'])").first().click();
  await expect(page.getByTestId("article-body")).toBeVisible();
  const buttons = page.locator(".evidence-button");
  const count = await buttons.count();
  test.skip(count < 3, "the sample article needs three questions");
  const target = buttons.nth(count - 2);
  await target.click();
  await expect(target).toHaveAttribute("aria-pressed", "true");
  const active = page.locator(".article-body mark.is-active");
  await expect(active.first()).toBeVisible();
  const pinnedText = await active.allTextContents();
  // The pointer now rests on the next question (the page scrolled under it): the highlight stays.
  await buttons.nth(count - 1).hover();
  await page.waitForTimeout(300);
  expect(await active.allTextContents()).toEqual(pinnedText);
  await expect(target).toHaveAttribute("aria-pressed", "true");
  // Scrolled to the middle, not to the bottom edge.
  await expect
    .poll(async () => {
      const box = await active.first().boundingBox();
      return box ? Math.abs(box.y + box.height / 2 - 350) : 9999;
    })
    .toBeLessThan(200);
});

test("timeline with the keyboard: focus stays on the item at the top and bottom, and each move is announced", async ({
  browser,
}) => {
  const { page, close } = await studentOfWorld(browser, (world) =>
    writeDb((db) => {
      const now = new Date().toISOString().replace("Z", "+00:00");
      const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
      db.prepare(
        `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd, difficulty,
          generatorKey, generatorVersion, status, createdAt, updatedAt)
         VALUES (?, ?, 5, 'timeline', 'Put these in order.', ?, ?, 0, 59, 0.5, 'k5', 'e2e', 'approved', ?, ?)`,
      ).run(
        id,
        world.articleId,
        JSON.stringify(["Opening", "Design", "Renovation"]),
        JSON.stringify(["Design", "Opening", "Renovation"]),
        now,
        now,
      );
      db.prepare("INSERT INTO QuizItem (id, quizId, questionId, position) VALUES (?, ?, ?, -1)").run(
        `${id}i`,
        world.quizId,
        id,
      );
    }),
  );
  await expect(page.getByRole("heading", { level: 1, name: "Put these in order." })).toBeVisible();
  // The first Tab from the question reaches its answer controls, not the "go to question" buttons.
  await page.getByRole("heading", { level: 1 }).focus();
  await page.keyboard.press("Tab");
  const first = (await page.locator(".order-list li span").first().textContent())!;
  await expect(page.getByRole("button", { name: `Move “${first}” down` })).toBeFocused();
  // Down, down: the item reaches the bottom; its "down" button disables and focus moves to its "up" button.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("order-status")).toHaveText(`“${first}” is now 2 of 3.`);
  await expect(page.getByRole("button", { name: `Move “${first}” down` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("order-status")).toHaveText(`“${first}” is now 3 of 3.`);
  await expect(page.getByRole("button", { name: `Move “${first}” up` })).toBeFocused();
  await expect(page.locator(".order-list li span").last()).toHaveText(first);
  await close();
});

test("an answer on its normal way to the server never says 'Saved on this device'", async ({ browser }) => {
  const { page, close } = await studentOfWorld(browser);
  const [q] = questionsOfAttempt(attemptIdFromUrl(page));
  // A slow but working connection: the server answers after 1.2 s.
  await page.route("**/api/attempts/*/answers", async (route) => {
    await new Promise((r) => setTimeout(r, 1200));
    await route.continue();
  });
  const saved = page.getByText("Saved on this device. It will be checked when the connection returns.");
  let seen = false;
  const watch = setInterval(() => void saved.count().then((n) => (seen ||= n > 0)), 50);
  await answerCurrent(page, q!, true);
  await expect(page.getByTestId("feedback").getByRole("status").first()).toHaveText(/Correct/);
  clearInterval(watch);
  expect(seen).toBe(false);
  await close();
});

test("deleting a question asks in the page, keyboard only: focus on Cancel, Escape keeps it, confirming deletes", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const teacher = await signUpTeacher(page.request, base, "Confirmer");
  const world = seedTeacherWorld(teacher.id, randomUUID());
  page.on("dialog", () => {
    throw new Error("a browser dialog opened");
  });
  await page.goto(`/teacher/articles/${world.articleId}`);
  const del = page.getByRole("button", { name: "Delete question 2" });
  await expect(del).toBeVisible();
  await del.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /Delete question 2\?/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(del).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Delete", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Question deleted." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete question 2" })).toHaveCount(0);
  await context.close();
});
