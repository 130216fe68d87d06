// Issue 13, question sets through the interface: a teacher imports a CSV from the articles list; the preview shows the
// question whose evidence is in their article going there and the others going into a new question set (nothing saved
// yet); after the import the set has its own bank (no article column, each question flagged "No evidence"), its
// questions are approved and made into a quiz, and the anchored one highlights its evidence in the article.
// Screenshots (tmp/screenshots/question-set-*), English and Arabic, desktop and phone.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  assignQuiz,
  bankOf,
  createClass,
  hydrated,
  joinClass,
  newStudentContext,
  OBSERVATORY,
  pasteArticle,
  setLocale,
  signUpThroughUi,
  startAssignment,
  teacherNav,
} from "./classroom-flow";
import { answerCurrent, readDb, shootDesktopAndPhone } from "./helpers";
import { AxeLog } from "./axe";

const shoot = (page: Page, name: string) => shootDesktopAndPhone(page, `question-set-${name}`);

const FIRST_LINE = OBSERVATORY.split("\n")[0]!;
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const CSV = [
  "type,prompt,choices,answer,left,evidence_text,evidence_start,evidence_end",
  ["mcq", "When did the observatory open?", '["4 June 1987","1995","2018"]', "4 June 1987", "", FIRST_LINE, "", ""],
  [
    "mcq",
    "Which river runs through Bamako?",
    '["Niger","Nile","Congo"]',
    "Niger",
    "",
    "The Niger flows through Bamako.",
    "",
    "",
  ],
  ["short_answer", "What is the capital of Mali?", "[]", "Bamako", "", "", "", ""],
  ["mcq", "A question with one choice", '["only"]', "only", "", "", "", ""],
]
  .map((r) => (Array.isArray(r) ? r.map(csvCell).join(",") : r))
  .join("\r\n");

test("imported questions with no article go into a question set that works like a bank", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const email = await signUpThroughUi(page, "Set Teacher");
  const setsOfTeacher = () =>
    readDb(
      (db) =>
        db
          .prepare(
            "SELECT count(*) AS n FROM Article a JOIN User u ON u.id = a.ownerId WHERE a.kind = 'set' AND u.email = ?",
          )
          .get(email) as { n: number },
    ).n;
  const articleId = await pasteArticle(page, "Observatory", OBSERVATORY);
  const before = bankOf(articleId).length;
  const file = testInfo.outputPath("mali-questions.csv");
  fs.writeFileSync(file, CSV);

  await page.goto("/teacher/articles");
  await page.getByRole("link", { name: "Import questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import questions" })).toBeVisible();
  await (await hydrated(page.getByLabel("File to import"))).setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByText("3 questions can be imported. One question cannot be imported.")).toBeVisible();
  await expect(preview.getByRole("heading", { name: "With evidence found (1), into: Observatory" })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Into a new question set, without evidence (2)" })).toBeVisible();
  await expect(preview.getByTestId("import-skipped")).toContainText("A question with one choice");
  await expect(preview.getByLabel("Name of the new question set")).toHaveValue("mali-questions");
  // nothing saved by the preview
  expect(bankOf(articleId)).toHaveLength(before);
  expect(setsOfTeacher()).toBe(0);
  await shoot(page, "import-preview.en");
  const axe = new AxeLog();
  await axe.check(page, "import preview (en)");

  await preview.getByLabel("Name of the new question set").fill("Mali (imported)");
  await page.getByRole("button", { name: "Import 3 questions" }).click();
  const done = page.getByTestId("import-done");
  await expect(done).toContainText("3 questions imported as drafts.");
  await expect(done.getByRole("link", { name: "Observatory" })).toBeVisible();
  expect(bankOf(articleId)).toHaveLength(before + 1);
  expect(setsOfTeacher()).toBe(1);

  await done.getByRole("link", { name: "Mali (imported)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mali (imported)" })).toBeVisible();
  await expect(page.getByTestId("set-notice")).toBeVisible();
  await expect(page.getByTestId("article-body")).toHaveCount(0);
  await expect(page.getByTestId("bank-question")).toHaveCount(2);
  await expect(page.getByTestId("no-evidence")).toHaveCount(2);
  await expect(page.getByText("Regenerate drafts")).toHaveCount(0);
  const setId = /\/teacher\/articles\/([^/?#]+)/.exec(page.url())![1]!;
  await shoot(page, "review.en");
  await axe.check(page, "question set review (en)");

  // The set is listed, marked, and usable in the quiz builder.
  await page.getByRole("button", { name: "Approve all 2 drafts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 questions approved." })).toBeVisible();
  await page.goto("/teacher/articles");
  await shoot(page, "articles.en");
  await expect(page.getByRole("row", { name: /Mali \(imported\)/ }).getByTestId("set-badge")).toHaveText(
    "Question set",
  );
  await page.goto("/teacher/quizzes");
  await page
    .getByLabel("Article", { exact: true })
    .selectOption({ label: "Mali (imported) (Question set, 2 approved questions)" });
  await page.getByRole("button", { name: "Build a quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New quiz" })).toBeVisible();
  await (await hydrated(page.getByLabel("Title", { exact: true }))).fill("Mali quiz");
  await expect(page.getByText("2 questions chosen")).toBeVisible();
  await page.getByRole("button", { name: "Create quiz" }).click();
  await page.waitForURL(/\/teacher\/quizzes\/(?!new)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mali quiz" })).toBeVisible();
  await expect(page.getByText("What is the capital of Mali?", { exact: true }).first()).toBeVisible();
  const quizId = /\/teacher\/quizzes\/([^/?#]+)/.exec(page.url())![1]!;

  // A student takes the set's quiz: verdicts and keys as usual, and no evidence quote (there is none).
  const { code } = await createClass(page, "Set class");
  await assignQuiz(page, quizId, "Set class");
  const context = await newStudentContext(browser, baseURL!, "10.13.0.7");
  const sp = await context.newPage();
  await joinClass(sp, code, "Amadou", "Set class");
  const { questions } = await startAssignment(sp, "Mali quiz");
  expect(questions).toHaveLength(2);
  for (const [i, q] of questions.entries()) {
    await answerCurrent(sp, q, i === 0);
    await expect(sp.getByTestId("feedback").getByRole("status").first()).toHaveText(i === 0 ? /Correct/ : /Not quite/);
    await expect(sp.getByTestId("evidence")).toHaveCount(0);
    await sp.getByRole("button", { name: i === 0 ? "Next question" : "See results" }).click();
  }
  await context.close();

  // The teacher's results for the set's quiz.
  await teacherNav(page).getByRole("link", { name: "Assignments" }).click();
  await page.getByRole("link", { name: "Results of Mali quiz for Set class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Results: Mali quiz" })).toBeVisible();
  const row = page.getByTestId("results-table").getByRole("row").filter({ hasText: "Amadou" });
  await expect(row.getByRole("cell").first()).toHaveText("1 / 2");

  // The anchored question landed in the article, its evidence highlighted there.
  await page.goto(`/teacher/articles/${articleId}`);
  await page
    .getByRole("button", { name: /^Show the evidence for question \d+: When did the observatory open\?$/ })
    .click();
  await expect(page.getByTestId("article-body").locator("mark.is-active")).toHaveText(FIRST_LINE);

  // From the article's own screen, the teacher may keep what is not found there in the article, flagged.
  await page.getByText("Import questions from a file").click();
  await page.getByLabel("File to import").setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  const here = page.getByTestId("import-preview");
  await expect(here.getByRole("heading", { name: "With evidence found in the article (1)" })).toBeVisible();
  await expect(here.getByRole("heading", { name: "Into a new question set, without evidence (2)" })).toBeVisible();
  await here.getByRole("radio", { name: 'Add them to this article, flagged "no evidence"' }).check();
  await expect(here.getByRole("heading", { name: "Without evidence (2)" })).toBeVisible();
  await expect(here.getByLabel("Name of the new question set")).toHaveCount(0);
  await shoot(page, "article-import.en");
  await page.getByRole("button", { name: "Import 3 questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 questions imported as drafts." })).toBeVisible();
  expect(bankOf(articleId)).toHaveLength(before + 4);
  await expect(page.getByTestId("no-evidence")).toHaveCount(2);
  expect(setsOfTeacher()).toBe(1);

  // Arabic interface: the set's review screen and the import preview, right to left.
  await setLocale(page.context(), page.url(), "ar");
  await page.goto(`/teacher/articles/${setId}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("set-notice")).toContainText("مجموعة أسئلة");
  await shoot(page, "review.ar");
  await axe.check(page, "question set review (ar)");
  await page.goto("/teacher/articles/import");
  await (await hydrated(page.getByLabel("الملف المراد استيراده"))).setInputFiles(file);
  await page.getByRole("button", { name: "معاينة" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await shoot(page, "import-preview.ar");
  await axe.check(page, "import preview (ar)");
  expect(axe.found).toEqual([]);
});
