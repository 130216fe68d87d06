// Screenshots of the classroom pages in English and Arabic, for a person to look at (tmp/screens/*.png). Each page is
// also checked here: Arabic is right to left, nothing is wider than the window, no untranslated message key shows.
// Slow and only useful to a reviewer, so it runs only with SCREENSHOTS=1:
//   SCREENSHOTS=1 npx playwright test tests/e2e/screenshots.spec.ts
import { mkdir } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import {
  answerRange,
  approveAll,
  assignQuiz,
  bankOf,
  buildQuiz,
  CHOICE_TYPES,
  chooseMix,
  createClass,
  editPrompt,
  hydrated,
  joinClass,
  newStudentContext,
  OBSERVATORY,
  pasteArticle,
  setLocale,
  signUpThroughUi,
  startAssignment,
} from "./classroom-flow";
import { answerCurrent, attemptIdFromUrl, questionsOfAttempt } from "./helpers";

const DIR = "tmp/screens";
const PHONE = { width: 412, height: 915 };

test.skip(process.env.SCREENSHOTS !== "1", "screenshots only with SCREENSHOTS=1");

/** Text nodes that look like a message key ("quizzes.list.title"): next-intl's fallback for a missing message. */
async function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? "").trim();
      if (/^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(text)) found.push(text);
    }
    return found;
  });
}

async function check(page: Page, locale: "en" | "ar", name: string) {
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  expect(await rawKeys(page), `${name} (${locale}): untranslated keys`).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} (${locale}): wider than the window`).toBeLessThanOrEqual(0);
}

/** The page as it is in English, then the same address reloaded in Arabic, then back to English. */
async function shoot(page: Page, baseURL: string, name: string, ready: (page: Page) => Promise<void> = async () => {}) {
  for (const locale of ["en", "ar"] as const) {
    if (locale === "ar") {
      await setLocale(page.context(), baseURL, "ar");
      await page.reload();
    }
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    await check(page, locale, name);
    await page.screenshot({ path: `${DIR}/${name}.${locale}.png`, fullPage: true });
  }
  await setLocale(page.context(), baseURL, "en");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await hydrated(page.locator("main"));
}

test("classroom pages in English and Arabic", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  await mkdir(DIR, { recursive: true });
  const base = baseURL!;
  const stamp = Date.now().toString(36);
  const articleTitle = `Observatory ${stamp}`;
  const quizTitle = `Observatory check ${stamp}`;
  const className = `Year 9 Astronomy ${stamp}`;

  // the sample article's page: its questions and, when the generator asked fewer than twelve, the note saying why
  await page.goto(`${base}/`);
  await page.getByRole("link", { name: "فرنسا ومالي: نهاية عقد من النفوذ" }).click();
  await shoot(page, base, "00-article", (p) => expect(p.getByRole("note")).toBeVisible());

  await signUpThroughUi(page, "Ms Rivera");
  const articleId = await pasteArticle(page, articleTitle, OBSERVATORY);
  await shoot(page, base, "01-review", (p) => expect(p.getByTestId("bank-question").first()).toBeVisible());
  const target = bankOf(articleId).find((q) => CHOICE_TYPES.includes(q.type))!;
  await editPrompt(page, target.prompt, `Reworded by the teacher: ${target.prompt}`);
  await approveAll(page, articleId);
  await shoot(page, base, "02-review-approved");

  const bank = bankOf(articleId);
  const chosen = chooseMix(bank, target.id);
  await page.goto(`/teacher/quizzes/new?articleId=${articleId}`);
  await shoot(page, base, "03-new-quiz");
  const quizId = await buildQuiz(page, {
    articleTitle,
    approved: bank.length,
    quizTitle,
    prompts: chosen.map((q) => q.prompt),
  });
  const { classId, code } = await createClass(page, className);
  await shoot(page, base, "05-class-empty");
  await assignQuiz(page, quizId, className);
  await shoot(page, base, "04-quiz-builder");

  const students = [
    { name: "Sam Reed", ip: "10.0.1.11", isRight: () => true },
    { name: "ليلى حداد", ip: "10.0.1.12", isRight: (i: number) => i % 2 === 0 },
  ];
  for (const [s, student] of students.entries()) {
    const context = await newStudentContext(browser, base, student.ip);
    const sp = await context.newPage();
    await sp.setViewportSize(PHONE);
    if (s === 0) {
      await sp.goto(`/join/${code}`);
      await shoot(sp, base, "06-join", (p) => expect(p.getByRole("textbox").first()).toBeVisible());
    }
    await joinClass(sp, code, student.name, className);
    if (s === 1) await shoot(sp, base, "07-my-work", (p) => expect(p.getByTestId("my-class")).toBeVisible());
    const { questions } = await startAssignment(sp, quizTitle);
    if (s === 1) {
      await shoot(sp, base, "08-player-question", (p) =>
        expect(p.getByTestId("progress")).toHaveText(/^[0-9٠-٩]+ \/ /),
      );
      await answerCurrent(sp, questions[0]!, true);
      await shoot(sp, base, "09-player-feedback", (p) => expect(p.getByTestId("feedback")).toBeVisible());
      await sp.getByRole("button", { name: "Next question" }).click();
      const score = await answerRange(sp, questions, student.isRight, 1, questions.length, 1);
      expect(score).toBeGreaterThan(0);
      await shoot(sp, base, "10-player-summary", (p) => expect(p.getByTestId("summary")).toBeVisible());
      await sp.goto("/my");
      await shoot(sp, base, "11-my-work-done", (p) => expect(p.getByTestId("work-done")).toBeVisible());
    } else {
      await answerRange(sp, questions, student.isRight, 0, questions.length, 0);
    }
    await context.close();
  }

  await page.goto(`/teacher/classes/${classId}`);
  await shoot(page, base, "12-class-roster", (p) => expect(p.getByTestId("roster")).toBeVisible());
  await page.goto("/teacher/assignments");
  await shoot(page, base, "13-assignments");
  await page.getByRole("link", { name: `Results of ${quizTitle} for ${className}` }).click();
  await shoot(page, base, "14-results", (p) => expect(p.getByTestId("results-table")).toBeVisible());
});

test("practice pages in English and Arabic", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await mkdir(DIR, { recursive: true });
  const base = baseURL!;
  await page.goto("/");
  await shoot(page, base, "20-home");
  await page.getByRole("link", { name: "فرنسا ومالي: نهاية عقد من النفوذ" }).click();
  await page.locator(".question-card button").nth(1).focus();
  await shoot(page, base, "21-article");
  await page.getByRole("button", { name: "Practise this article" }).click();
  await page.waitForURL(/\/attempts\//);
  await shoot(page, base, "22-practice-question");
  const [first] = questionsOfAttempt(attemptIdFromUrl(page));
  await answerCurrent(page, first!, false);
  await expect(page.getByTestId("feedback")).toBeVisible();
  await shoot(page, base, "23-practice-feedback", async (p) => {
    await expect(p.getByTestId("feedback")).toBeVisible();
  });
  await page.goto("/articles/new");
  await hydrated(page.locator("main"));
  await page.getByRole("button", { name: "Generate questions" }).click();
  await shoot(page, base, "24-new-article-errors", async (p) => {
    await p.locator("main form button[type=submit]").click();
    await expect(p.getByRole("alert").first()).toBeVisible();
  });
});
