// axe-core in the browser (issue 12): every page state a11y.ts visits is checked against WCAG 2.0/2.1/2.2 A and AA;
// violations are collected per state so one run lists them all.
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { setLocale } from "./classroom-flow";
import {
  answerCurrent,
  attemptIdFromUrl,
  deviceState,
  questionsOfAttempt,
  seedTeacherWorld,
  signUpTeacher,
} from "./helpers";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

export class AxeLog {
  readonly found: string[] = [];
  states = 0;
  async check(page: Page, state: string) {
    await page.waitForLoadState("networkidle").catch(() => {});
    // AXE_SHOTS=1: a full-page PNG of each state for a person to look at (tmp/screens/axe-*.png).
    if (process.env.AXE_SHOTS)
      await page.screenshot({
        path: `tmp/screens/axe-${page.viewportSize()!.width}-${state.replace(/[^a-z0-9]+/gi, "-")}.png`,
        fullPage: true,
      });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    this.states++;
    for (const v of violations)
      if (process.env.AXE_VERBOSE)
        console.log(
          `${state}: ${v.id} ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1] ?? ""}`).join(" || ")}`,
        );
    for (const v of violations)
      this.found.push(
        `${state}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
      );
  }
}

/** The public, student and teacher pages in one language, on one device, each checked with axe. */
export async function visitEveryState(
  browser: Browser,
  baseURL: string,
  locale: "en" | "ar",
  device: BrowserContextOptions,
) {
  const log = new AxeLog();
  const tag = (s: string) => `[${locale}] ${s}`;
  // Teacher.
  const teacherContext = await browser.newContext({ ...device, baseURL });
  await setLocale(teacherContext, baseURL, locale);
  const tp = await teacherContext.newPage();
  const teacher = await signUpTeacher(tp.request, baseURL, "Axe");
  const studentDevice = randomUUID();
  const world = seedTeacherWorld(teacher.id, studentDevice, { timeLimitSec: 600 });

  // A student (already in the class) takes the quiz: My work, a question, its feedback.
  const studentContext = await browser.newContext({
    ...device,
    baseURL,
    storageState: deviceState(studentDevice, new URL(baseURL).hostname),
  });
  await setLocale(studentContext, baseURL, locale);
  const sp = await studentContext.newPage();
  await sp.goto("/my");
  await log.check(sp, tag("my work"));
  await sp.locator("main button").first().click();
  await sp.waitForURL(/\/attempts\//);
  const questions = questionsOfAttempt(attemptIdFromUrl(sp));
  await expect(sp.getByRole("heading", { level: 1, name: questions[0]!.prompt })).toBeVisible();
  await log.check(sp, tag("assigned question"));
  for (const [i, q] of questions.entries()) {
    await answerCurrent(sp, q, i === 0);
    await expect(sp.getByTestId("feedback")).toBeVisible();
    if (i === 0) await log.check(sp, tag("assigned feedback"));
    await sp.getByTestId("feedback").getByRole("button").click();
  }
  await expect(sp.getByTestId("feedback")).toHaveCount(0);
  await log.check(sp, tag("assigned summary"));

  for (const [path, state] of [
    ["/teacher", "dashboard"],
    ["/teacher/articles", "articles"],
    [`/teacher/articles/${world.articleId}`, "review screen"],
    ["/teacher/quizzes", "quizzes"],
    [`/teacher/quizzes/${world.quizId}`, "quiz builder"],
    ["/teacher/classes", "classes"],
    [`/teacher/classes/${world.classId}`, "class"],
    ["/teacher/assignments", "assignments"],
    [`/teacher/assignments/${world.assignmentId}`, "results"],
    [`/teacher/assignments/${world.assignmentId}/students/${world.studentId}`, "a student's answers"],
  ] as const) {
    await tp.goto(path);
    await log.check(tp, tag(state));
  }

  // Public pages, signed out.
  const publicContext = await browser.newContext({ ...device, baseURL });
  await setLocale(publicContext, baseURL, locale);
  const pp = await publicContext.newPage();
  for (const [path, state] of [
    ["/", "home"],
    ["/join", "join"],
    [`/join/${world.joinCode}`, "join with code"],
    ["/sign-in", "sign in"],
    ["/articles/new", "new article"],
  ] as const) {
    await pp.goto(path);
    await log.check(pp, tag(state));
  }
  await pp.goto("/");
  // an article with questions to practise (other specs' articles, listed first when newest, may have none yet)
  const practise = pp.getByRole("button", {
    name: /^(Practise this article|Start a new practice|تدرّب على هذا المقال|ابدأ تدريبًا جديدًا)$/,
  });
  const hrefs = await pp
    .locator("main a[href^='/articles/']:not([href='/articles/new'])")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    await pp.goto(href);
    if ((await practise.count()) > 0) break;
  }
  await expect(pp.getByTestId("article-body")).toBeVisible();
  await expect(practise.first()).toBeVisible();
  await log.check(pp, tag("article"));
  await pp.locator(".evidence-button").first().click();
  await pp.locator("details summary").first().click();
  await log.check(pp, tag("article, question pinned, answer shown"));
  await practise.first().click();
  await pp.waitForURL(/\/attempts\//);
  await log.check(pp, tag("practice question"));

  await Promise.all([teacherContext.close(), studentContext.close(), publicContext.close()]);
  return log;
}
