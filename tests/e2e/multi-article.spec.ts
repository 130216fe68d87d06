// Issue 12: a quiz draws questions from two of the teacher's articles. The teacher adds a question of a second article
// in the builder (keyboard only: pick the article, add, move it to the top, save), sees both articles listed on the
// quiz page and assigns it; the student answers that question and the feedback quotes the second article's sentence.
// English and Arabic; screenshots of the builder on a desktop and a phone (tmp/screens/multi-article-*.png).
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test } from "./test";
import { localInputValue, setLocale } from "./classroom-flow";
import { E2E_PORT } from "./env";
import {
  answerCurrent,
  questionsOfAttempt,
  readDb,
  seedTeacherWorld,
  signUpTeacher,
  writeDb,
  startFirstAssignment,
} from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

type Strings = Record<"articleLabel" | "addLabel" | "moveUpLabel" | "saveItems" | "savedItems", string>;
type Messages = { quizzes: { builder: Strings; assign: Record<"submit" | "class" | "dueAt" | "done", string> } };
const messages = (locale: "en" | "ar") =>
  JSON.parse(fs.readFileSync(`lib/i18n/messages/quizzes.${locale}.json`, "utf8")) as Messages;

const SECOND = {
  en: {
    title: "Lake Kivu",
    body: "Lake Kivu lies between Rwanda and Congo.\nIts deep water holds methane gas. Boats fish there at night.",
    sentence: "Its deep water holds methane gas.",
    prompt: "What does the deep water of Lake Kivu hold?",
    choices: ["methane gas", "salt", "oil"],
  },
  ar: {
    title: "بحيرة كيفو",
    body: "تقع بحيرة كيفو بين رواندا والكونغو.\nتحمل مياهها العميقة غاز الميثان. وتصطاد القوارب فيها ليلًا.",
    sentence: "تحمل مياهها العميقة غاز الميثان.",
    prompt: "ماذا تحمل مياه بحيرة كيفو العميقة؟",
    choices: ["غاز الميثان", "الملح", "النفط"],
  },
} as const;

type ReviewMessages = {
  review: {
    deleteArticle: Record<"button" | "confirm", string>;
    deleteErrors: Record<"articleInUse", string>;
  };
};
const reviewMessages = (locale: "en" | "ar") =>
  JSON.parse(fs.readFileSync(`lib/i18n/messages/review.${locale}.json`, "utf8")) as ReviewMessages;

for (const locale of ["en", "ar"] as const) {
  test(`a quiz from two articles: feedback quotes the second article (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const m = messages(locale).quizzes;
    const s = SECOND[locale];
    const id = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;

    // The teacher's world: article A with two approved questions in a quiz (made from A), a class with Sara.
    const tc = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    await setLocale(tc, base, locale);
    const teacher = await signUpTeacher(tc.request, base, "Multi");
    const studentDevice = randomUUID();
    const world = seedTeacherWorld(teacher.id, studentDevice);
    const second = { articleId: id(), questionId: id() };
    writeDb((db) => {
      const now = new Date().toISOString().replace("Z", "+00:00");
      db.prepare("UPDATE Article SET language = ? WHERE id = ?").run(locale, world.articleId);
      db.prepare("DELETE FROM Assignment WHERE id = ?").run(world.assignmentId); // the teacher assigns it below
      db.prepare("INSERT INTO Article (id, title, body, language, ownerId, createdAt) VALUES (?, ?, ?, ?, ?, ?)").run(
        second.articleId,
        s.title,
        s.body,
        locale,
        teacher.id,
        now,
      );
      const start = s.body.indexOf(s.sentence);
      db.prepare(
        `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd,
          difficulty, generatorKey, generatorVersion, status, createdAt, updatedAt)
         VALUES (?, ?, 0, 'mcq', ?, ?, ?, ?, ?, 0.5, 'kivu', 'e2e', 'approved', ?, ?)`,
      ).run(
        second.questionId,
        second.articleId,
        s.prompt,
        JSON.stringify(s.choices),
        JSON.stringify(s.choices[0]),
        start,
        start + s.sentence.length,
        now,
        now,
      );
    });

    // Builder, keyboard only: choose the second article, add its question, move it to the top, save.
    const page = await tc.newPage();
    await page.goto(`/teacher/quizzes/${world.quizId}`);
    const sources = page.getByTestId("quiz-sources");
    await expect(sources.getByRole("listitem")).toHaveCount(1);
    const picker = page.getByLabel(m.builder.articleLabel, { exact: true });
    await expect(picker).toBeEnabled();
    await picker.focus();
    await page.keyboard.press("ArrowDown"); // the home article comes first, the second article next
    await expect(picker).toHaveValue(second.articleId);
    const add = page.getByRole("button", { name: m.builder.addLabel.replace("{prompt}", s.prompt) });
    await add.focus();
    await page.keyboard.press("Enter");
    const items = page.locator("ol.quiz-items > li");
    await expect(items).toHaveCount(3);
    await expect(items.nth(2)).toContainText(s.prompt);
    // the item says which article it comes from (the list now mixes two)
    await expect(items.nth(2).getByTestId("item-source")).toContainText(s.title);
    const up3 = page.getByRole("button", { name: m.builder.moveUpLabel.replace("{n}", "3") });
    await up3.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: m.builder.moveUpLabel.replace("{n}", "2") })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(items.first()).toContainText(s.prompt);
    await page.getByRole("button", { name: m.builder.saveItems }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: m.builder.savedItems })).toBeVisible();

    // The quiz page lists both articles it draws from (after a reload: from the server).
    await page.reload();
    await expect(sources.getByRole("listitem")).toHaveCount(2);
    await expect(sources).toContainText(`Library ${world.articleId}`);
    await expect(sources).toContainText(s.title);
    expect(await page.locator("html").getAttribute("dir")).toBe(locale === "ar" ? "rtl" : "ltr");
    fs.mkdirSync("tmp/screens", { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tmp/screens/multi-article-builder-${locale}-desktop.png` });
    await picker.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tmp/screens/multi-article-builder-${locale}-desktop-add.png` });
    await page.setViewportSize({ width: 412, height: 839 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tmp/screens/multi-article-builder-${locale}-phone.png` });
    await picker.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tmp/screens/multi-article-builder-${locale}-phone-add.png` });
    // nothing widens the phone's page (the quiz title here is one long word)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Assign it (opens now: "Opens" left empty).
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: m.assign.submit, exact: true }) });
    await expect(form.getByLabel(m.assign.class, { exact: true })).toHaveValue(/.+/);
    await form.getByLabel(m.assign.dueAt, { exact: true }).fill(await localInputValue(page, Date.now() + 86_400_000));
    await form.getByRole("button", { name: m.assign.submit, exact: true }).click();
    await expect(form.getByRole("status")).toHaveText(m.assign.done);

    // The student answers the second article's question (wrongly, so the key and evidence show).
    const { context: sc, page: student } = await startFirstAssignment(browser, studentDevice, {
      locale,
      context: { viewport: { width: 1280, height: 900 } },
    });
    const attemptId = new URL(student.url()).pathname.split("/").pop()!;
    const questions = questionsOfAttempt(attemptId);
    expect(questions.map((q) => q.id)).toEqual([second.questionId, ...world.questionIds]);
    await answerCurrent(student, questions[0]!, false);
    const evidence = student.getByTestId("evidence");
    await expect(evidence).toBeVisible();
    await expect(evidence.locator("mark")).toHaveText(s.sentence);
    await expect(evidence).toContainText(locale === "ar" ? "القوارب" : "Boats fish there at night.");
    expect(await evidence.getAttribute("dir")).toBe(locale === "ar" ? "rtl" : "ltr");
    await evidence.scrollIntoViewIfNeeded();
    await student.screenshot({ path: `tmp/screens/multi-article-feedback-${locale}-desktop.png` });
    await sc.close();

    // Deleting the second article is refused (the quiz draws from it, a student answered it): the answer stays.
    const r = reviewMessages(locale).review;
    await page.goto(`/teacher/articles/${second.articleId}`);
    const del = page.locator("form").filter({ has: page.locator('input[name="articleId"]') });
    await del.getByRole("button", { name: r.deleteArticle.button }).click();
    await del.getByRole("button", { name: r.deleteArticle.confirm }).click();
    await expect(page.getByTestId("article-error")).toHaveText(r.deleteErrors.articleInUse);
    await expect(page.getByRole("heading", { level: 1, name: s.title })).toBeVisible();
    const kept = readDb(
      (db) =>
        db.prepare("SELECT count(*) AS n FROM Response WHERE questionId = ?").get(second.questionId) as { n: number },
    );
    expect(kept.n).toBe(1);
    await tc.close();
  });
}
