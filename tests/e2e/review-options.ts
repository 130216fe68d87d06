// Issue 8, the teacher's review options, as a teacher's and a student's steps (shared by review-options.spec.ts on a
// desktop and review-options.mobile.spec.ts on a phone, in English and Arabic): the teacher sets "correct/incorrect
// only" right after each answer and after submitting, and "show keys" after the due date; the student answers and sees
// only ✓/✗ (and the JSON holds no key); once the assignment closes the student sees the right answers and evidence.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { expect } from "./test";
import { hydrated, setLocale } from "./classroom-flow";
import { E2E_PORT } from "./env";
import { seedTeacherWorld, setDueAt, signUpTeacher, startFirstAssignment } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;
type Locale = "en" | "ar";

/** The interface's own words, from the message catalogues (so the Arabic run reads the Arabic page). */
function messages(locale: Locale) {
  const read = (name: string) => JSON.parse(readFileSync(`lib/i18n/messages/${name}.${locale}.json`, "utf8"));
  const quizzes = read("quizzes").quizzes;
  const core = read("core");
  return {
    review: quizzes.settings.review,
    save: quizzes.settings.save as string,
    saved: quizzes.settings.saved as string,
    quiz: core.quiz,
  };
}

const hasKeyFields = (text: string) => /"answer"\s*:|"evidence"\s*:/.test(text);

async function shot(page: Page, name: string, part?: string) {
  const path = `tmp/screenshots/review-options-${name}.png`;
  if (part) await page.locator(part).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

export async function reviewOptionsFlow(browser: Browser, locale: Locale, device: BrowserContextOptions, tag: string) {
  const m = messages(locale);

  // ---- The teacher: the quiz's settings ----
  const teacherContext = await browser.newContext({ ...device, baseURL: base });
  await setLocale(teacherContext, base, locale);
  const teacher = await teacherContext.newPage();
  const { id: teacherId } = await signUpTeacher(teacherContext.request, base, "Reviewer");
  const studentDevice = randomUUID();
  const world = seedTeacherWorld(teacherId, studentDevice, {
    feedback: "immediate",
    attemptsAllowed: 1,
    dueAt: new Date(Date.now() + 60 * 60_000),
  });
  await teacher.goto(`/teacher/quizzes/${world.quizId}`);
  const group = (field: string) => teacher.getByRole("group", { name: m.review.phases[field] });
  // Right to left on a phone the page must not scroll sideways (a table's hidden text once widened it).
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await teacher.evaluate(() => document.documentElement.clientWidth),
  );
  // Today's behaviour is the default: keys in every phase.
  for (const field of ["reviewDuring", "reviewAfterSubmit", "reviewAfterClose"])
    await expect(group(field).getByRole("radio", { name: m.review.shows.keys })).toBeChecked();
  await (await hydrated(group("reviewDuring").getByRole("radio", { name: m.review.shows.verdict }))).check();
  await group("reviewAfterSubmit").getByRole("radio", { name: m.review.shows.verdict }).check();
  await expect(group("reviewAfterClose").getByRole("radio", { name: m.review.shows.keys })).toBeChecked();
  await shot(teacher, `settings-${tag}`, ".review-options");
  await teacher.getByRole("button", { name: m.save }).click();
  await expect(teacher.getByText(m.saved)).toBeVisible();
  // Saved: a reload shows the choice; the quiz list tells this quiz's options at a glance.
  await teacher.reload();
  await expect(group("reviewDuring").getByRole("radio", { name: m.review.shows.verdict })).toBeChecked();
  await expect(group("reviewAfterClose").getByRole("radio", { name: m.review.shows.keys })).toBeChecked();
  await teacher.goto("/teacher/quizzes");
  const summary = teacher.getByTestId("review-summary").first();
  await expect(summary).toContainText(`${m.review.phases.reviewDuring}: ${m.review.summary.verdict}`);
  await expect(summary).toContainText(`${m.review.phases.reviewAfterClose}: ${m.review.summary.keys}`);
  await teacherContext.close();

  // ---- The student: answers, sees only ✓/✗ ----
  const { context, page } = await startFirstAssignment(browser, studentDevice, { locale, context: device });
  const attemptApi = page.url().replace("/attempts/", "/api/attempts/");

  // Question 1 ("When did the library open?", key 1998): a wrong answer, and the answer's own JSON.
  await expect(page.getByRole("heading", { level: 1, name: "When did the library open?" })).toBeVisible();
  await (await hydrated(page.getByRole("radio", { name: "1996", exact: true }))).check();
  const answered = page.waitForResponse((r) => r.url().endsWith("/answers") && r.request().method() === "POST");
  await page.getByRole("button", { name: m.quiz.submit }).click();
  const answerJson = await (await answered).text();
  expect(answerJson).toMatch(/"correct"\s*:\s*false/);
  expect(hasKeyFields(answerJson), answerJson).toBe(false);
  expect(answerJson).not.toContain("1998");
  const feedback = page.getByTestId("feedback");
  await expect(feedback.getByRole("status").first()).toHaveText(`✗ ${m.quiz.incorrect}`);
  await expect(feedback.getByTestId("keys-later")).toHaveText(m.quiz.keysAfterClose);
  await expect(feedback.getByTestId("evidence")).toHaveCount(0);
  await expect(feedback).not.toContainText("1998");
  await shot(page, `student-answer-${tag}`);
  expect(hasKeyFields(await (await page.request.get(attemptApi)).text())).toBe(false);
  await feedback.getByRole("button", { name: m.quiz.next }).click();

  // Question 2 ("Who designed it?"): right; then the summary, still ✓/✗ only (submitted, due date ahead).
  await expect(page.getByRole("heading", { level: 1, name: "Who designed it?" })).toBeVisible();
  await page.getByRole("radio", { name: "Maria Lopez", exact: true }).check();
  await page.getByRole("button", { name: m.quiz.submit }).click();
  await expect(page.getByTestId("feedback").getByRole("status").first()).toHaveText(`✓ ${m.quiz.correct}`);
  await page.getByTestId("feedback").getByRole("button").click();
  const done = page.getByTestId("summary");
  await expect(done).toBeVisible();
  await expect(page.getByText(`✗ ${m.quiz.incorrect}`)).toBeVisible();
  await expect(page.getByText(`✓ ${m.quiz.correct}`)).toBeVisible();
  await expect(page.getByTestId("keys-later")).toHaveText(m.quiz.keysAfterClose);
  await expect(page.getByTestId("evidence")).toHaveCount(0);
  expect(hasKeyFields(await (await page.request.get(attemptApi)).text())).toBe(false);
  await shot(page, `student-submitted-${tag}`);

  // ---- The assignment closes (its due date passes): the right answers and their evidence ----
  setDueAt(world.assignmentId, new Date(Date.now() - 60_000));
  await page.reload();
  await expect(page.getByTestId("summary")).toBeVisible();
  await expect(page.getByTestId("evidence")).toHaveCount(2);
  await expect(page.locator(".review-list")).toContainText("1998");
  await expect(page.getByTestId("keys-later")).toHaveCount(0);
  expect(hasKeyFields(await (await page.request.get(attemptApi)).text())).toBe(true);
  await shot(page, `student-closed-${tag}`);
  await context.close();
}
