// The classroom, end to end and through the interface only: a teacher signs up, pastes an article, edits and
// approves its questions, builds a quiz, creates a class and assigns the quiz; two students join on their own devices
// and take it (one reloads midway); the teacher reads the results and downloads them as CSV; a student cannot reach
// the teacher pages. Answer keys are read from the e2e database (the pages never reveal them before answering).
import { readFile } from "node:fs/promises";
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
  signUpThroughUi,
  startAssignment,
  teacherNav,
} from "./classroom-flow";
import { parseCsv } from "./helpers";

test("a teacher assigns a quiz to a class, two students take it, the teacher reads the results", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const articleTitle = `Observatory ${stamp}`;
  const quizTitle = `Observatory check ${stamp}`;
  const className = `Year 9 Astronomy ${stamp}`;

  // ---- 1. The teacher: sign up, article, review, quiz, class, assignment ----
  await signUpThroughUi(page, "Ms Rivera");
  const articleId = await pasteArticle(page, articleTitle, OBSERVATORY);
  const generated = bankOf(articleId);
  // (the generator keeps only what it expects a teacher to keep: three questions or more on this article)
  expect(generated.length).toBeGreaterThanOrEqual(3);
  expect(generated.every((q) => q.status === "draft")).toBe(true);

  // Reword one choice question; the new wording is what the quiz and the students get.
  const target = generated.find((q) => CHOICE_TYPES.includes(q.type))!;
  const reworded = `Reworded by the teacher: ${target.prompt}`;
  await editPrompt(page, target.prompt, reworded);
  await approveAll(page, articleId);
  const bank = bankOf(articleId);
  expect(bank.find((q) => q.id === target.id)?.prompt).toBe(reworded);

  const chosen = chooseMix(bank, target.id);
  const quizId = await buildQuiz(page, {
    articleTitle,
    approved: bank.length,
    quizTitle,
    prompts: chosen.map((q) => q.prompt),
  });
  const { code } = await createClass(page, className);
  await assignQuiz(page, quizId, className);

  // ---- 2. Two students, each on their own device ----
  const students = [
    { name: "Sam Reed", ip: "10.0.0.11", timezoneId: "Asia/Riyadh", isRight: (_i: number) => true },
    { name: "ليلى حداد", ip: "10.0.0.12", timezoneId: "America/New_York", isRight: (i: number) => i % 2 === 0 },
  ];
  const outcome: { name: string; pin: string; score: number; right: boolean[] }[] = [];
  for (const [s, student] of students.entries()) {
    const context = await newStudentContext(browser, baseURL!, student.ip, undefined, student.timezoneId);
    const sp = await context.newPage();
    const pin = await joinClass(sp, code, student.name, className);
    const myClass = sp.getByTestId("my-class");
    await expect(myClass.getByRole("heading", { level: 2, name: className })).toBeVisible();
    await expect(myClass.getByText(`You are ${student.name}`)).toBeVisible();

    // The due date is shown in the student's own time zone (the teacher set "tomorrow, now").
    const due = sp.getByTestId("work-todo").getByRole("listitem").filter({ hasText: quizTitle }).locator("time");
    const dueIso = (await due.getAttribute("datetime"))!;
    expect(Math.abs(Date.parse(dueIso) - (Date.now() + 24 * 3600_000))).toBeLessThan(15 * 60_000);
    const dueLocal = await sp.evaluate(
      ([iso, tz]) =>
        new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: tz }).format(new Date(iso)),
      [dueIso, student.timezoneId] as const,
    );
    await expect(due).toHaveText(dueLocal);

    const { questions } = await startAssignment(sp, quizTitle);
    const total = questions.length;
    expect(total).toBe(chosen.length);
    expect(questions.map((q) => q.id)).toEqual(chosen.map((q) => q.id)); // not shuffled: the quiz's order
    expect(questions.some((q) => q.prompt === reworded)).toBe(true);
    await expect(sp.getByRole("region", { name: "Submit quiz" })).toBeVisible();
    await expect(sp.getByTestId("progress")).toHaveText(`1 / ${total}`);

    let score: number;
    if (s === 0) {
      score = await answerRange(sp, questions, student.isRight, 0, total, 0);
    } else {
      // Two answers, on to the third question, then a reload: same question, same answers, same score.
      score = await answerRange(sp, questions, student.isRight, 0, 2, 0);
      await expect(sp.getByTestId("progress")).toHaveText(`3 / ${total}`);
      await sp.reload();
      await expect(sp.getByTestId("progress")).toHaveText(`3 / ${total}`);
      await expect(sp.getByRole("heading", { level: 1, name: questions[2]!.prompt })).toBeVisible();
      await expect(sp.getByTestId("score")).toHaveText(`Score: ${score}`);
      for (let i = 0; i < total; i++)
        await expect(
          sp.getByRole("button", { name: `Go to question ${i + 1}: ${i < 2 ? "Answered" : "Not answered yet"}` }),
        ).toBeVisible();
      // The second answer (wrong) is still there, locked, with its verdict.
      await (await hydrated(sp.getByRole("button", { name: "Go to question 2: Answered" }))).click();
      await expect(sp.getByRole("heading", { level: 1, name: questions[1]!.prompt })).toBeVisible();
      await expect(sp.getByTestId("feedback").getByRole("status").first()).toHaveText(/Not quite/);
      await expect(sp.getByRole("button", { name: "Check answer" })).toHaveCount(0);
      await sp.getByRole("button", { name: "Next question" }).click();
      score = await answerRange(sp, questions, student.isRight, 2, total, score);
    }
    const right = questions.map((_, i) => student.isRight(i));
    expect(score).toBe(right.filter(Boolean).length);
    await expect(sp.getByTestId("final-score")).toContainText(`You scored ${score} out of ${total}`);
    await sp.getByRole("link", { name: "Back to my work" }).click();
    const done = sp.getByTestId("work-done").getByRole("listitem").filter({ hasText: quizTitle });
    await expect(done).toContainText(`Score: ${score} / ${total}`);
    await expect(done.getByRole("button")).toHaveCount(0); // one attempt allowed: no "Try again"
    outcome.push({ name: student.name, pin, score, right });

    // ---- 4. A student's browser is refused the teacher pages ----
    if (s === 1) {
      await sp.goto("/teacher/classes");
      await expect(sp).toHaveURL(/\/sign-in\?next=%2Fteacher%2Fclasses$/);
      await expect(sp.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expect(sp.getByText(className)).toHaveCount(0);
    }
    await context.close();
  }

  // ---- 3. The teacher reads the results ----
  const total = chosen.length;
  await teacherNav(page).getByRole("link", { name: "Classes" }).click();
  // wait for the class list itself: the page before it also links the class's name (in "Results of … for <class>")
  await expect(page).toHaveURL(/\/teacher\/classes$/);
  await page.getByRole("link", { name: className, exact: true }).click();
  const roster = page.getByTestId("roster");
  for (const o of outcome) await expect(roster.getByRole("row").filter({ hasText: o.name })).toContainText(o.pin);

  await teacherNav(page).getByRole("link", { name: "Assignments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assignments" })).toBeVisible();
  await page.getByRole("link", { name: `Results of ${quizTitle} for ${className}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Results: ${quizTitle}` })).toBeVisible();
  await expect(page.locator("strong", { hasText: "2 of 2 students finished" })).toBeVisible();

  const table = page.getByTestId("results-table");
  for (const o of outcome) {
    const row = table.getByRole("row").filter({ hasText: o.name });
    await expect(row.getByRole("cell").first()).toHaveText(`${o.score} / ${total}`);
    await expect(row.getByRole("cell")).toHaveCount(2 + total);
    await expect(row.getByTestId("extensions")).toHaveCount(0); // untimed: no "More time" column
    for (const [i, isRight] of o.right.entries()) {
      const cell = row.getByRole("cell").nth(2 + i); // after score and time
      await expect(cell).toHaveClass(new RegExp(`\\bis-${isRight ? "right" : "wrong"}\\b`));
      await expect(cell).toHaveAccessibleName(new RegExp(`^${isRight ? "right" : "wrong"}\\b`));
    }
  }
  const mean = (outcome[0]!.score + outcome[1]!.score) / 2;
  const meanText = `${Number.isInteger(mean) ? mean : mean.toFixed(1)} / ${total}`;
  const stat = (label: string) =>
    page
      .locator(".item-stats > div")
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator("dd");
  await expect(stat("Class average")).toHaveText(meanText);
  await expect(stat("Median")).toHaveText(meanText);

  await expect(page.getByRole("heading", { level: 2, name: "Question analysis" })).toBeVisible();
  const items = page.getByTestId("item-analysis");
  await expect(items).toHaveCount(total);
  for (let i = 0; i < total; i++) {
    const rightCount = outcome.filter((o) => o.right[i]).length;
    const item = items.nth(i);
    await expect(item.locator("strong").first()).toHaveText(`Question ${i + 1}`);
    await expect(item.locator(".item-stats > div").filter({ hasText: "Facility" }).locator("dd")).toHaveText(
      `${(rightCount / 2) * 100}%`,
    );
    await expect(item.getByText(`Right: ${rightCount} of 2`)).toBeVisible();
  }

  // The CSV: a UTF-8 byte-order mark, a header row, one row per student (the Arabic name intact).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = parseCsv(bytes.toString("utf8").slice(1));
  expect(lines).toHaveLength(1 + outcome.length);
  expect(lines[0]!.slice(0, 10)).toEqual([
    "student",
    "status",
    "score",
    "total",
    "percentage",
    "started (UTC)",
    "submitted (UTC)",
    "time (s)",
    "extensions",
    "time added (s)",
  ]);
  expect(lines[0]![10]).toMatch(/^Q1: /);
  expect(lines[0]![11]).toBe("Q1 answer");
  for (const o of outcome) {
    const cells = lines.find((l) => l[0] === o.name);
    expect(cells, `CSV row of ${o.name}`).toBeDefined();
    expect(cells!.slice(1, 4)).toEqual(["submitted", String(o.score), String(total)]);
    expect(cells!.slice(8, 10)).toEqual(["0", "0"]);
    // Verdicts at every other column from 10, each followed by the answer as given (never empty once answered).
    expect(cells!.slice(10).filter((_, i) => i % 2 === 0)).toEqual(o.right.map((r) => (r ? "1" : "0")));
    expect(
      cells!
        .slice(10)
        .filter((_, i) => i % 2 === 1)
        .every((a) => a.length > 0),
    ).toBe(true);
  }
});
