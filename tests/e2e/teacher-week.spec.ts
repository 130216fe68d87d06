// Issue 12: a teacher's week, as the teacher and a student would do it: assign with only a due date, close, reopen,
// delete an assignment (results kept), duplicate and delete a quiz, read a student's answers, override a typed
// answer, and export CSV and XLSX and read them back.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { type Browser } from "@playwright/test";
import { expect, test } from "./test";
import { hydrated, localInputValue } from "./classroom-flow";
import { E2E_PORT } from "./env";
import {
  answerCurrent,
  attemptIdFromUrl,
  deviceState,
  parseCsv,
  questionsOfAttempt,
  readDb,
  seedTeacherWorld,
  signUpTeacher,
  writeDb,
} from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

async function teacherAndStudent(browser: Browser, name: string, quiz: Parameters<typeof seedTeacherWorld>[2] = {}) {
  const teacherContext = await browser.newContext({ baseURL: base });
  const tp = await teacherContext.newPage();
  const teacher = await signUpTeacher(tp.request, base, name);
  const device = randomUUID();
  const world = seedTeacherWorld(teacher.id, device, quiz);
  const studentContext = await browser.newContext({
    baseURL: base,
    storageState: deviceState(device),
  });
  const sp = await studentContext.newPage();
  return { tp, sp, world, close: () => Promise.all([teacherContext.close(), studentContext.close()]) };
}

test("assign with only a due date; close, reopen and delete the assignment; the student follows; results are kept", async ({
  browser,
}) => {
  const { tp, sp, world, close } = await teacherAndStudent(browser, "Week");
  // The seeded assignment stays as it is; the teacher assigns the quiz again, giving only a due date.
  await tp.goto(`/teacher/quizzes/${world.quizId}`);
  const form = tp.locator("form").filter({ has: tp.getByRole("button", { name: "Assign", exact: true }) });
  await (await hydrated(form.getByLabel("Due"))).fill(await localInputValue(tp, Date.now() + 24 * 3600_000));
  await expect(form.getByLabel("Opens")).toHaveValue("");
  await form.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText("Assigned. Students in the class see it from the opening time.");
  const newId = readDb(
    (db) =>
      (
        db.prepare("SELECT id FROM Assignment WHERE quizId = ? AND id != ?").get(world.quizId, world.assignmentId) as {
          id: string;
        }
      ).id,
  );

  // The student can start it at once (two assignments of the quiz: both to do).
  await sp.goto("/my");
  await expect(sp.getByRole("button", { name: "Start" })).toHaveCount(2);

  // Close now.
  await tp.goto(`/teacher/assignments/${newId}`);
  const manage = tp.getByRole("region", { name: "Manage this assignment" });
  await expect(manage.getByTestId("assignment-state")).toHaveText("Open: students can take it now.");
  await manage.getByRole("button", { name: "Close now" }).click();
  await expect(tp.getByRole("status").filter({ hasText: "The assignment is closed." })).toBeVisible();
  await expect(manage.getByTestId("assignment-state")).toHaveText("Closed: the due date has passed.");
  await sp.reload();
  await expect(sp.getByRole("button", { name: "Start" })).toHaveCount(1);

  // Reopen with a later due date.
  await (
    await hydrated(manage.getByLabel("New due date", { exact: true }))
  ).fill(await localInputValue(tp, Date.now() + 48 * 3600_000));
  await manage.getByRole("button", { name: "Reopen" }).click();
  await expect(manage.getByRole("status").filter({ hasText: "The dates are saved." })).toBeVisible();
  await expect(manage.getByTestId("assignment-state")).toHaveText("Open: students can take it now.");
  await sp.reload();
  await expect(sp.getByRole("button", { name: "Start" })).toHaveCount(2);

  // Delete, with the keyboard through the in-page confirmation (no browser dialog).
  tp.on("dialog", () => {
    throw new Error("a browser dialog opened");
  });
  await manage.getByRole("button", { name: "Delete assignment" }).focus();
  await tp.keyboard.press("Enter");
  const question = manage.getByText(
    "Delete this assignment? Students will no longer see it; its results are kept here.",
  );
  await expect(question).toBeFocused();
  await tp.keyboard.press("Tab");
  await expect(manage.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await tp.keyboard.press("Enter");
  await expect(
    tp.getByRole("status").filter({ hasText: "The assignment is deleted. Its results stay here." }),
  ).toBeVisible();
  await expect(manage.getByTestId("assignment-state")).toHaveText("Deleted.");
  await expect(tp.getByTestId("results-table")).toBeVisible();
  await sp.reload();
  await expect(sp.getByRole("button", { name: "Start" })).toHaveCount(1);

  // Listed as deleted, results still one click away.
  await tp.goto("/teacher/assignments");
  const rows = tp.getByRole("row").filter({ hasText: `Quiz ${world.quizId}` });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "deleted" })).toHaveCount(1);
  await close();
});

test("duplicate a quiz, then delete the copy", async ({ browser }) => {
  const { tp, world, close } = await teacherAndStudent(browser, "Copier");
  await tp.goto(`/teacher/quizzes/${world.quizId}`);
  await tp.getByRole("button", { name: "Duplicate quiz" }).click();
  await expect(tp.getByRole("heading", { level: 1, name: `Copy of Quiz ${world.quizId}` })).toBeVisible();
  await expect(tp.getByRole("status").filter({ hasText: "This is a copy." })).toBeVisible();
  const copyUrl = tp.url();
  expect(copyUrl).not.toContain(world.quizId);
  await (await hydrated(tp.getByRole("button", { name: "Delete quiz" }))).click();
  await tp.getByRole("button", { name: "Yes, delete" }).click();
  await tp.waitForURL(/\/teacher\/quizzes\?done=deleted/);
  await expect(tp.getByRole("status").filter({ hasText: "The quiz is deleted." })).toBeVisible();
  const list = tp.getByTestId("quizzes");
  await expect(list.getByRole("link", { name: `Quiz ${world.quizId}`, exact: true })).toBeVisible();
  await expect(list.getByRole("link", { name: `Copy of Quiz ${world.quizId}` })).toHaveCount(0);
  expect((await tp.goto(copyUrl))!.status()).toBe(404);
  await close();
});

test("a student's answers as given; the teacher overrides a typed answer; CSV and XLSX carry it", async ({
  browser,
}) => {
  const { tp, sp, world, close } = await teacherAndStudent(browser, "Grader");
  // A typed question joins the seeded quiz (the checker will call "the architect Lopez" wrong).
  const typedId = `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  writeDb((db) => {
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(
      `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd, difficulty,
        generatorKey, generatorVersion, status, createdAt, updatedAt)
       VALUES (?, ?, 2, 'short_answer', 'Who designed the library?', '[]', '"Maria Lopez"', 28, 59, 0.5, 'k2', 'e2e', 'approved', ?, ?)`,
    ).run(typedId, world.articleId, now, now);
    db.prepare("INSERT INTO QuizItem (id, quizId, questionId, position) VALUES (?, ?, ?, 2)").run(
      `${typedId}i`,
      world.quizId,
      typedId,
    );
  });

  await sp.goto("/my");
  await sp.getByRole("button", { name: "Start" }).click();
  await sp.waitForURL(/\/attempts\//);
  const questions = questionsOfAttempt(attemptIdFromUrl(sp));
  for (const [i, q] of questions.entries()) {
    if (q.type === "short_answer") {
      await sp.getByRole("textbox").fill("zz the architect Lopez");
      await sp.getByRole("button", { name: "Check answer" }).click();
    } else await answerCurrent(sp, q, q.prompt.startsWith("When"));
    await expect(sp.getByTestId("feedback").getByRole("status").first()).toBeVisible();
    await sp.getByRole("button", { name: i === questions.length - 1 ? "See results" : "Next question" }).click();
  }

  // Results → Sara's answers: each answer as given with its verdict and time.
  await tp.goto(`/teacher/assignments/${world.assignmentId}`);
  await tp.getByRole("link", { name: "Answers of Sara" }).click();
  await expect(tp.getByRole("heading", { level: 1, name: "Answers of Sara" })).toBeVisible();
  await expect(tp.getByTestId("student-score")).toHaveText("1 / 3");
  const typed = tp
    .getByTestId("student-answers")
    .getByRole("listitem")
    .filter({ hasText: "Who designed the library?" });
  await expect(typed).toContainText("zz the architect Lopez");
  await expect(typed.getByTestId("verdict")).toHaveText("wrong");
  const n = questions.findIndex((q) => q.id === typedId) + 1;
  await typed.getByRole("button", { name: `Mark question ${n} right` }).click();
  await expect(tp.getByRole("status").filter({ hasText: "The verdict is changed" })).toBeVisible();
  await expect(tp.getByTestId("student-score")).toHaveText("2 / 3");
  await expect(typed.getByTestId("verdict")).toHaveText("right changed by you");
  expect(
    readDb((db) =>
      db
        .prepare("SELECT autoCorrect, overriddenById IS NOT NULL AS isRecorded FROM Response WHERE questionId = ?")
        .get(typedId),
    ),
  ).toEqual({
    autoCorrect: 0,
    isRecorded: 1,
  });

  // Back on the results: the score and the item analysis follow; the downloads carry the answers.
  await tp.getByRole("link", { name: "Back to the results" }).click();
  const row = tp.getByTestId("results-table").getByRole("row").filter({ hasText: "Sara" });
  await expect(row.getByRole("cell").first()).toHaveText(/^2 \/ 3/);
  const [csvDownload] = await Promise.all([
    tp.waitForEvent("download"),
    tp.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = parseCsv((await readFile((await csvDownload.path())!)).toString("utf8").slice(1));
  const sara = csv.find((r) => r[0] === "Sara")!;
  expect(sara.slice(1, 5)).toEqual(["submitted", "2", "3", "66.7"]);
  expect(sara[5]).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(sara[6]).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(sara.slice(10 + 2 * (n - 1), 12 + 2 * (n - 1))).toEqual(["1", "zz the architect Lopez"]);

  const [xlsxDownload] = await Promise.all([
    tp.waitForEvent("download"),
    tp.getByRole("link", { name: "Download Excel (XLSX)" }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await xlsxDownload.path())!);
  const values = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
  const xSara = values.find((r) => r[1] === "Sara")!;
  expect(xSara.slice(1, 6)).toEqual(["Sara", "submitted", 2, 3, 66.7]);
  expect(xSara[7]).toBeInstanceOf(Date);
  expect(xSara.slice(11 + 2 * (n - 1), 13 + 2 * (n - 1))).toEqual([1, "zz the architect Lopez"]);

  // Close the assignment at the end of the week.
  const manage = tp.getByRole("region", { name: "Manage this assignment" });
  await manage.getByRole("button", { name: "Close now" }).click();
  await expect(manage.getByTestId("assignment-state")).toHaveText("Closed: the due date has passed.");
  await close();
});
