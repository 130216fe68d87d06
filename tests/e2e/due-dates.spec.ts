// Issue 8 in the player: with attempts left a student sees right or wrong but not the right answers, and an answer
// after the due date is refused with a clear message (not a silent loss, not a key).
import { randomUUID } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { E2E_PORT } from "./env";
import { deviceState, seedTeacherWorld, setDueAt, signUpTeacher } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

async function studentPage(browser: Browser, device: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    storageState: deviceState(device),
  });
  return context.newPage();
}

/** The seeded quiz: "When did the library open?" (key 1998), then "Who designed it?" (key Maria Lopez). */
async function answer(page: Page, prompt: string, choice: string) {
  await expect(page.getByRole("heading", { level: 1, name: prompt })).toBeVisible();
  await page.getByRole("radio", { name: choice, exact: true }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
}

test("retries: attempt 1 shows right or wrong without the right answers; the last attempt shows them", async ({
  browser,
  request,
}) => {
  const teacher = await signUpTeacher(request, base, "Retry");
  const device = randomUUID();
  const world = seedTeacherWorld(teacher.id, device, { feedback: "after_submit", attemptsAllowed: 2 });
  const page = await studentPage(browser, device);

  await page.goto("/my");
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/attempts\//);
  await answer(page, "When did the library open?", "1996");
  await page.getByRole("button", { name: "Next question" }).click();
  await answer(page, "Who designed it?", "Maria Lopez");
  await page.getByRole("button", { name: /See results|Next question/ }).click();

  const summary = page.getByTestId("summary");
  await expect(summary.getByTestId("final-score")).toContainText("1 out of 2");
  await expect(page.getByText("✗ Not quite.")).toBeVisible();
  await expect(page.getByText("✓ Correct!")).toBeVisible();
  await expect(page.getByTestId("keys-later")).toBeVisible();
  await expect(page.getByText(/The right answer:/)).toHaveCount(0);
  await expect(page.getByTestId("evidence")).toHaveCount(0);
  const api = await (await page.request.get(page.url().replace("/attempts/", "/api/attempts/"))).text();
  expect(api).not.toMatch(/"answer"\s*:|"evidence"\s*:/);

  // The last attempt: now nothing can change the score, so the right answers and their evidence are shown.
  await page.goto("/my");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.waitForURL(/\/attempts\//);
  await answer(page, "When did the library open?", "2001");
  await page.getByRole("button", { name: "Next question" }).click();
  await answer(page, "Who designed it?", "Maria Lopez");
  await page.getByRole("button", { name: /See results|Next question/ }).click();
  await expect(page.getByTestId("summary").getByTestId("final-score")).toContainText("1 out of 2");
  await expect(page.getByText(/The right answer:\s*1998/)).toBeVisible();
  await expect(page.getByTestId("evidence").first()).toBeVisible();
  await expect(page.getByTestId("keys-later")).toHaveCount(0);
  expect(world.assignmentId).toBeTruthy();
  await page.context().close();
});

test("an answer after the due date is refused with a clear message, and the quiz cannot be resumed", async ({
  browser,
  request,
}) => {
  const teacher = await signUpTeacher(request, base, "Due");
  const device = randomUUID();
  const world = seedTeacherWorld(teacher.id, device, {
    feedback: "immediate",
    dueAt: new Date(Date.now() + 60 * 60_000),
  });
  const page = await studentPage(browser, device);

  await page.goto("/my");
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/attempts\//);
  const attemptUrl = page.url();
  await answer(page, "When did the library open?", "1998");
  await expect(page.getByTestId("feedback").getByRole("status").first()).toHaveText(/Correct/);
  await page.getByRole("button", { name: "Next question" }).click();

  // The due date passes (past its few seconds of grace) while the student is on question 2.
  setDueAt(world.assignmentId, new Date(Date.now() - 60_000));
  await answer(page, "Who designed it?", "Maria Lopez");
  const summary = page.getByTestId("summary");
  await expect(summary.getByRole("alert")).toHaveText(
    "This assignment closed at its due date, so this answer was not saved.",
  );
  await expect(summary.getByTestId("final-score")).toContainText("1 out of 2");

  // The API says why, in its error shape; My work no longer offers the quiz.
  const id = attemptUrl.split("/attempts/")[1]!;
  const res = await page.request.post(`/api/attempts/${id}/answers`, {
    data: { questionId: world.questionIds[1], answer: "Maria Lopez" },
  });
  expect(res.status()).toBe(409);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("assignment_closed");
  await page.goto("/my");
  await expect(page.getByTestId("work-done")).toContainText(`Quiz ${world.quizId}`);
  await expect(page.getByRole("button", { name: /Start|Resume|Try again/ })).toHaveCount(0);
  await page.context().close();
});
