// Issue 12: feedback for a timeline question quotes the sentence of each event, not the paragraphs between them.
// Shared by feedback-evidence.spec.ts (desktop) and feedback-evidence.mobile.spec.ts (phone).
import { randomUUID } from "node:crypto";
import { expect, type Browser, type BrowserContextOptions } from "@playwright/test";
import { AxeLog } from "./axe";
import { E2E_PORT } from "./env";
import { answerCurrent, seedTeacherWorld, signUpTeacher, writeDb, startFirstAssignment } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

const ARTICLES = {
  en: {
    body: [
      "The library opened in 1998 in the old market hall.",
      "For years it was the only public building in the district. Families came on Saturdays, and the reading room was full every afternoon. The council paid for a new roof in 2004.",
      "In 2011 a fire closed the east wing for a year. Volunteers moved the books to a school. Local papers printed photos of the repairs each week.",
      "The library reopened with a children's floor in 2015.",
    ].join("\n"),
    events: [
      "The library opened in the old market hall",
      "A fire closed the east wing for a year",
      "The library reopened with a children's floor",
    ],
    between: ["Families came on Saturdays", "Volunteers moved the books"],
    quoted: ["opened in 1998", "In 2011 a fire", "in 2015"],
  },
  ar: {
    body: [
      "افتُتحت المكتبة عام 1998 في مبنى السوق القديم.",
      "ظلت سنوات المبنى العام الوحيد في الحي. كانت العائلات تأتي أيام السبت، وكانت قاعة القراءة ممتلئة كل مساء. ودفع المجلس ثمن سقف جديد عام 2004.",
      "وفي عام 2011 أغلق حريق الجناح الشرقي مدة عام. نقل متطوعون الكتب إلى مدرسة. ونشرت الصحف المحلية صور الإصلاحات كل أسبوع.",
      "أعيد افتتاح المكتبة بطابق للأطفال عام 2015.",
    ].join("\n"),
    events: [
      "افتُتحت المكتبة في مبنى السوق القديم",
      "أغلق حريق الجناح الشرقي مدة عام",
      "أعيد افتتاح المكتبة بطابق للأطفال",
    ],
    between: ["كانت العائلات تأتي أيام السبت", "نقل متطوعون الكتب"],
    quoted: ["عام 1998", "وفي عام 2011", "عام 2015"],
  },
} as const;

/** A student of a class answers a timeline question (wrongly: the key and evidence show) and reads the feedback. */
export async function timelineFeedback(
  browser: Browser,
  locale: "en" | "ar",
  device: BrowserContextOptions,
  tag: string,
) {
  const a = ARTICLES[locale];
  const tc = await browser.newContext({ baseURL: base });
  const teacher = await signUpTeacher(tc.request, base, "Evidence");
  await tc.close();
  const studentDevice = randomUUID();
  const world = seedTeacherWorld(teacher.id, studentDevice);
  const questionId = `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  writeDb((db) => {
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare("UPDATE Article SET body = ?, language = ? WHERE id = ?").run(a.body, locale, world.articleId);
    db.prepare(
      `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd,
        difficulty, generatorKey, generatorVersion, status, createdAt, updatedAt)
       VALUES (?, ?, 5, 'timeline', ?, ?, ?, 0, ?, 0.5, 'kt', 'e2e', 'approved', ?, ?)`,
    ).run(
      questionId,
      world.articleId,
      locale === "ar" ? "رتّب الأحداث من الأقدم إلى الأحدث." : "Put these events in order, oldest first.",
      JSON.stringify([a.events[1], a.events[2], a.events[0]]),
      JSON.stringify(a.events),
      a.body.length,
      now,
      now,
    );
    db.prepare("INSERT INTO QuizItem (id, quizId, questionId, position) VALUES (?, ?, ?, -1)").run(
      `${questionId}i`,
      world.quizId,
      questionId,
    );
  });
  const { context, page } = await startFirstAssignment(browser, studentDevice, { locale, context: device });
  const prompt = locale === "ar" ? "رتّب الأحداث من الأقدم إلى الأحدث." : "Put these events in order, oldest first.";
  await answerCurrent(
    page,
    {
      id: questionId,
      type: "timeline",
      prompt,
      choices: [a.events[1], a.events[2], a.events[0]],
      answer: [...a.events],
      left: null,
      evidence: "",
    },
    false,
  );
  const evidence = page.getByTestId("evidence");
  await expect(evidence).toBeVisible();
  // One line per event, each the article's sentence with its date; nothing of what lies between.
  await expect(evidence.locator("mark")).toHaveCount(3);
  for (const [i, words] of a.quoted.entries()) await expect(evidence.locator("mark").nth(i)).toContainText(words);
  for (const words of a.between) await expect(evidence).not.toContainText(words);
  expect(await evidence.getAttribute("dir")).toBe(locale === "ar" ? "rtl" : "ltr");
  await page.screenshot({ path: `tmp/screens/feedback-evidence-${tag}.png`, fullPage: true });
  const log = new AxeLog();
  await log.check(page, `[${locale}] timeline feedback (${tag})`);
  expect(log.found, log.found.join("\n")).toEqual([]);
  // Read back later (a reload): the same three sentences.
  await page.reload();
  await expect(page.getByTestId("evidence").locator("mark")).toHaveCount(3);
  await context.close();
}
