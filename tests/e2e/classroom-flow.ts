// The classroom story step by step, through the interface only (shared by classroom.spec.ts and screenshots.spec.ts):
// a teacher signs up, pastes an article, reviews and approves its questions, builds a quiz, creates a class and assigns
// the quiz; students join with the code and take it. The e2e database is only read (to learn answer keys).
import { randomUUID } from "node:crypto";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import {
  answerCurrent,
  attemptIdFromUrl,
  escapeRe,
  PASSWORD,
  questionsOfAttempt,
  readDb,
  setLocale,
  type KeyedQuestion,
} from "./helpers";

/** A fresh English article (not the sample): dates, people, numbers, a quote. */
export const OBSERVATORY = `The Lindqvist Observatory opened on 4 June 1987 on a hill above the town of Farrowby.
It was founded by the astronomer Ingrid Lindqvist, who had studied comets for twenty years.
The main telescope has a mirror 2.4 metres wide and weighs 18 tonnes.
"The sky here is darker than anywhere else in the county," said Ingrid Lindqvist at the opening.
In 1995, a student named Peter Okafor discovered a new comet from the observatory.
The comet was later named Okafor-Lindqvist after both of them.
About 45,000 visitors climb the hill every year to look through the telescope.
In 2018, the town council gave the observatory £3 million to replace its dome.
The new dome, finished in 2020, cut the time needed to point the telescope from 40 minutes to 6 minutes.
"Children who look through it once often come back for years," said the director Hannah Moss.
Visits by school groups rose by 35% in 2022, and the observatory now runs 120 evening talks a year.
"We measure our success in questions, not in visitors," said the astronomer Lars Berg.`;

export const CHOICE_TYPES = ["mcq", "cloze", "date", "number", "quote"];

export interface BankRow {
  id: string;
  type: string;
  prompt: string;
  status: string;
}

/** The article's current questions in bank order (read-only). */
export function bankOf(articleId: string): BankRow[] {
  return readDb(
    (db) =>
      db
        .prepare(
          "SELECT id, type, prompt, status FROM Question WHERE articleId = ? AND archivedAt IS NULL ORDER BY position",
        )
        .all(articleId) as BankRow[],
  );
}

/**
 * Waits until React has hydrated this element. Text typed into a controlled input before hydration is lost (React
 * resets it to the state's value), which happens when the machine is busy — a person would simply retype it.
 */
export async function hydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))), {
      timeout: 15_000,
    })
    .toBe(true);
  return locator;
}

export const teacherNav = (page: Page) => page.getByRole("navigation", { name: "Teacher" });

export async function signUpThroughUi(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "")}-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto("/sign-up");
  await (await hydrated(page.getByLabel("Your name"))).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teacher dashboard" })).toBeVisible();
  await expect(page).toHaveURL(/\/teacher$/);
  return email;
}

/** Pastes the article in the teacher area; returns its id once the review screen is shown. */
export async function pasteArticle(page: Page, title: string, body: string) {
  await page.goto("/teacher/articles/new");
  await (await hydrated(page.getByLabel("Title"))).fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Generate questions" }).click();
  await page.waitForURL(/\/teacher\/articles\/(?!new)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
  return /\/teacher\/articles\/([^/?#]+)/.exec(page.url())![1]!;
}

/** On the review screen: opens the editor of the question with this prompt, replaces the prompt, saves. */
export async function editPrompt(page: Page, oldPrompt: string, newPrompt: string) {
  const show = page.getByRole("button", {
    name: new RegExp(`^Show the evidence for question (\\d+): ${escapeRe(oldPrompt)}$`),
  });
  const n = /question (\d+):/.exec((await show.getAttribute("aria-label"))!)![1];
  await page.getByRole("button", { name: `Edit question ${n}`, exact: true }).click();
  const editor = page.getByRole("form", { name: "Edit question" });
  await expect(editor.getByLabel("Question", { exact: true })).toHaveValue(oldPrompt);
  await editor.getByLabel("Question", { exact: true }).fill(newPrompt);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit question" })).toHaveCount(0);
  await expect(
    page.getByRole("button", { name: `Show the evidence for question ${n}: ${newPrompt}`, exact: true }),
  ).toBeVisible();
}

export async function approveAll(page: Page, articleId: string) {
  const drafts = bankOf(articleId).filter((q) => q.status === "draft").length;
  expect(drafts).toBeGreaterThan(1);
  await page.getByRole("button", { name: `Approve all ${drafts} drafts` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${drafts} questions approved.` })).toBeVisible();
  await expect(page.getByText("No drafts", { exact: true })).toBeVisible();
  await expect(page.getByText(`${bankOf(articleId).length} approved`, { exact: true })).toBeVisible();
  expect(bankOf(articleId).every((q) => q.status === "approved")).toBe(true);
}

/** One question of each type (the edited one included), in bank order: a short mixed quiz. */
export function chooseMix(bank: BankRow[], mustInclude: string, max = 6): BankRow[] {
  const chosen = new Set<string>([mustInclude]);
  const types = new Set(bank.filter((q) => q.id === mustInclude).map((q) => q.type));
  for (const q of bank) {
    if (chosen.size >= max) break;
    if (!types.has(q.type)) {
      types.add(q.type);
      chosen.add(q.id);
    }
  }
  // then more of the same types, so the quiz has at least four questions when the bank does
  for (const q of bank) {
    if (chosen.size >= Math.min(max, 4)) break;
    chosen.add(q.id);
  }
  return bank.filter((q) => chosen.has(q.id));
}

/** /teacher/quizzes → pick the article → choose questions → create; returns the quiz id (on the builder page). */
export async function buildQuiz(
  page: Page,
  opts: { articleTitle: string; approved: number; quizTitle: string; prompts: string[] },
) {
  await teacherNav(page).getByRole("link", { name: "Quizzes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
  await page
    .getByLabel("Article", { exact: true })
    .selectOption({ label: `${opts.articleTitle} (${opts.approved} approved questions)` });
  await page.getByRole("button", { name: "Build a quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New quiz" })).toBeVisible();
  await (await hydrated(page.getByLabel("Title", { exact: true }))).fill(opts.quizTitle);
  await expect(page.getByLabel("Attempts allowed")).toHaveValue("1");
  const feedback = page.getByLabel("When students see their results");
  await expect(feedback.locator("option:checked")).toHaveText("After each question");
  await feedback.selectOption({ label: "After each question" });
  await expect(page.getByRole("radio", { name: "Choose questions" })).toBeChecked();
  await expect(page.getByText(`${opts.approved} questions chosen`)).toBeVisible();
  await page.getByRole("button", { name: "Select none" }).click();
  await expect(page.getByText("No question chosen")).toBeVisible();
  for (const prompt of opts.prompts) await page.getByRole("checkbox", { name: prompt }).check();
  await expect(page.getByText(`${opts.prompts.length} questions chosen`)).toBeVisible();
  await page.getByRole("button", { name: "Create quiz" }).click();
  await page.waitForURL(/\/teacher\/quizzes\/(?!new)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: opts.quizTitle })).toBeVisible();
  await expect(page.getByText(`${opts.prompts.length} questions`, { exact: true })).toBeVisible();
  for (const prompt of opts.prompts) await expect(page.getByText(prompt, { exact: true }).first()).toBeVisible();
  await expect(page.getByLabel("When students see their results").locator("option:checked")).toHaveText(
    "After each question",
  );
  return /\/teacher\/quizzes\/([^/?#]+)/.exec(page.url())![1]!;
}

/** /teacher/classes → new class; returns its id and the join code read off the page (spaces removed). */
export async function createClass(page: Page, name: string) {
  await teacherNav(page).getByRole("link", { name: "Classes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Classes" })).toBeVisible();
  await (await hydrated(page.getByLabel("Class name"))).fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/teacher\/classes\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(
    page.getByRole("img", { name: new RegExp(`^QR code to join the class ${escapeRe(name)}`) }),
  ).toBeVisible();
  const shown = (await page.getByTestId("join-code").textContent())!.trim();
  expect(shown).toMatch(/^[2-9A-HJ-NP-Z]{3} [2-9A-HJ-NP-Z]{3}$/);
  const code = shown.replace(/\s+/g, "");
  await expect(page.getByTestId("join-url")).toHaveText(new RegExp(`/join/${code}$`));
  return { classId: /\/teacher\/classes\/([^/?#]+)/.exec(page.url())![1]!, code };
}

/** "YYYY-MM-DDTHH:mm" in the browser's own time zone (what a datetime-local input holds). */
export async function localInputValue(page: Page, ms: number) {
  return page.evaluate((t) => {
    const d = new Date(t);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, ms);
}

/** On the quiz builder: assign to the class, open since a few minutes ago, due tomorrow. */
export async function assignQuiz(page: Page, quizId: string, className: string) {
  await page.goto(`/teacher/quizzes/${quizId}`);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Assign", exact: true }) });
  await expect(form.getByLabel("Class")).toHaveValue(/.+/); // the only class is preselected
  await expect(form.getByLabel("Class").locator("option:checked")).toHaveText(
    new RegExp(`^${escapeRe(className)} \\(`),
  );
  await (await hydrated(form.getByLabel("Opens"))).fill(await localInputValue(page, Date.now() - 5 * 60_000));
  await form.getByLabel("Due").fill(await localInputValue(page, Date.now() + 24 * 3600_000));
  await form.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText("Assigned. Students in the class see it from the opening time.");
  await expect(page.getByTestId("quiz-assignments").getByRole("row").filter({ hasText: className })).toBeVisible();
}

export async function newStudentContext(
  browser: Browser,
  baseURL: string,
  ip: string,
  locale?: "en" | "ar",
  timezoneId?: string,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { "x-forwarded-for": ip },
    ...(timezoneId ? { timezoneId } : {}),
  });
  if (locale) await setLocale(context, baseURL, locale);
  return context;
}

/** Kept here too for the specs that import it from this module (defined in helpers.ts). */
export { setLocale };

/** /join/<code> → "Join" with a name; returns the PIN shown once on My work. */
export async function joinClass(page: Page, code: string, name: string, className: string) {
  await page.goto(`/join/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: "Join a class" })).toBeVisible();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Join", exact: true }) });
  await expect(form.getByLabel("Class code")).toHaveValue(code);
  await (await hydrated(form.getByLabel("Your name"))).fill(name);
  await form.getByRole("button", { name: "Join", exact: true }).click();
  await page.waitForURL(/\/my\?joined=/);
  await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
  const banner = page.getByTestId("pin-once");
  await expect(banner).toContainText(`Welcome to ${className}, ${name}!`);
  const pin = /PIN: (\d{4})/.exec((await banner.textContent())!)?.[1];
  expect(pin).toMatch(/^\d{4}$/);
  await expect(page.getByTestId("my-class").getByText(`PIN: ${pin}`)).toBeVisible();
  return pin!;
}

/** My work → Start; returns the attempt's questions with their keys. */
export async function startAssignment(page: Page, quizTitle: string) {
  const todo = page.getByTestId("work-todo").getByRole("listitem").filter({ hasText: quizTitle });
  await expect(todo).toContainText("Due ");
  await todo.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/attempts\//);
  return { attemptId: attemptIdFromUrl(page), questions: questionsOfAttempt(attemptIdFromUrl(page)) };
}

/** Answers questions [from, to) of the player; checks each verdict and the running score. Returns the score. */
export async function answerRange(
  page: Page,
  questions: KeyedQuestion[],
  isRight: (i: number) => boolean,
  from: number,
  to: number,
  scoreBefore: number,
) {
  let score = scoreBefore;
  for (let i = from; i < to; i++) {
    const q = questions[i]!;
    await expect(page.getByTestId("progress")).toHaveText(`${i + 1} / ${questions.length}`);
    await answerCurrent(page, q, isRight(i));
    const feedback = page.getByTestId("feedback");
    await expect(feedback.getByRole("status").first()).toHaveText(isRight(i) ? /Correct/ : /Not quite/);
    if (isRight(i)) score++;
    await expect(page.getByTestId("score")).toHaveText(`Score: ${score}`);
    await page.getByRole("button", { name: i === questions.length - 1 ? "See results" : "Next question" }).click();
  }
  return score;
}
