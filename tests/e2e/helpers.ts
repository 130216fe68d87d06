// E2E helpers: read answer keys straight from the e2e database (the pages never reveal them before answering),
// and answer a question in the player right or wrong, whatever its type.
import { mkdirSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { E2E_DB, E2E_PORT } from "./env";

export interface KeyedQuestion {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  answer: string | string[];
  left: string[] | null;
  evidence: string;
}

export function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function questionsOfAttempt(attemptId: string): KeyedQuestion[] {
  return readDb((db) => {
    const attempt = db.prepare("SELECT questionIds, articleId FROM Attempt WHERE id = ?").get(attemptId) as
      { questionIds: string; articleId: string } | undefined;
    if (!attempt) throw new Error(`no attempt ${attemptId}`);
    const body = (db.prepare("SELECT body FROM Article WHERE id = ?").get(attempt.articleId) as { body: string }).body;
    const ids = JSON.parse(attempt.questionIds) as string[];
    return ids.map((id) => {
      const row = db.prepare("SELECT * FROM Question WHERE id = ?").get(id) as Record<string, unknown>;
      return {
        id,
        type: String(row.type),
        prompt: String(row.prompt),
        choices: JSON.parse(String(row.choices)) as string[],
        answer: JSON.parse(String(row.answer)) as string | string[],
        left: row.left ? (JSON.parse(String(row.left)) as string[]) : null,
        evidence: body.slice(Number(row.evidenceStart), Number(row.evidenceEnd)),
      };
    });
  });
}

export function articleIdByTitle(title: string): string {
  return readDb((db) => (db.prepare("SELECT id FROM Article WHERE title = ?").get(title) as { id: string }).id);
}

export function countArticlesMarked(marker: string): number {
  const like = `%${marker}%`;
  return readDb(
    (db) =>
      (
        db.prepare("SELECT COUNT(*) AS n FROM Article WHERE title LIKE ? OR body LIKE ?").get(like, like) as {
          n: number;
        }
      ).n,
  );
}

export function attemptIdFromUrl(page: Page): string {
  const m = /\/attempts\/([^/?#]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not on an attempt page: ${page.url()}`);
  return m[1];
}

const TF_LABEL: Record<string, RegExp> = { true: /^(True|صواب)$/, false: /^(False|خطأ)$/ };

/** Gives the right answer (or a wrong one) to the question on screen, then presses "Check answer". */
export async function answerCurrent(page: Page, q: KeyedQuestion, isRight: boolean) {
  await expect(page.getByRole("heading", { level: 1, name: q.prompt })).toBeVisible();
  if (q.type === "short_answer") {
    await page.getByRole("textbox").fill(isRight ? String(q.answer) : "zzqx");
  } else if (q.type === "timeline") {
    const want = q.answer as string[];
    const target = isRight ? want : [...want].reverse();
    // Bubble each item into place with the move-up buttons (what a keyboard user would do).
    for (let i = 0; i < target.length; i++) {
      const items = await page.locator(".order-list li span").allTextContents();
      let at = items.indexOf(target[i]!);
      while (at > i) {
        await page
          .getByRole("button", { name: new RegExp(`“${escapeRe(target[i]!)}”|«${escapeRe(target[i]!)}»`) })
          .first()
          .click();
        at--;
      }
    }
  } else if (q.type === "matching") {
    const want = q.answer as string[];
    const picks = isRight ? want : [...want.slice(1), want[0]!];
    for (let i = 0; i < (q.left ?? []).length; i++) {
      await page.getByLabel(q.left![i]!, { exact: true }).selectOption(picks[i]!);
    }
  } else {
    const key = String(q.answer);
    const pick = isRight ? key : q.choices.find((c) => c !== key)!;
    const label = q.type === "true_false" ? TF_LABEL[pick]! : pick;
    await page.getByRole("radio", { name: label, exact: typeof label === "string" }).check();
  }
  await page.getByRole("button", { name: /Check answer|تحقق من الإجابة/ }).click();
}

/** A literal string inside a RegExp (names and prompts in accessible-name matchers). */
export function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---- Teachers, classes and students for the authorization and classroom tests ----

import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";

export const PASSWORD = "correct horse battery";

/** Signs a new teacher up through Better Auth; the request context keeps the session cookie. */
export async function signUpTeacher(request: APIRequestContext, baseURL: string, name = "Teacher") {
  const email = `${name.toLowerCase().replace(/\W+/g, "")}-${randomUUID().slice(0, 8)}@example.com`;
  const res = await request.post("/api/auth/sign-up/email", {
    data: { name, email, password: PASSWORD },
    headers: { origin: baseURL },
  });
  if (!res.ok()) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  return { id: body.user.id, email };
}

export function writeDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export const e2eId = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
/** A moment as Prisma writes it in SQLite. */
export const sqliteTime = (ms = Date.now()) => new Date(ms).toISOString().replace("Z", "+00:00");

export interface SeedQuestion {
  type: string;
  prompt: string;
  choices: string[];
  answer: string;
  /** The evidence's offsets in the body. */
  evidence: [number, number];
}

/**
 * An English article of `body` with approved `questions` (in order) and a quiz of all of them, straight in the
 * database; the quiz shows feedback at once and is not shuffled.
 */
export function insertArticleQuiz(
  db: Database.Database,
  ownerId: string,
  body: string,
  questions: SeedQuestion[],
  quiz: { title: string; attemptsAllowed?: number; feedback?: string; timeLimitSec?: number },
) {
  const now = sqliteTime();
  const w = { articleId: e2eId(), quizId: e2eId(), questionIds: questions.map(() => e2eId()) };
  db.prepare("INSERT INTO Article (id, title, body, language, ownerId, createdAt) VALUES (?, ?, ?, 'en', ?, ?)").run(
    w.articleId,
    `Library ${w.articleId}`,
    body,
    ownerId,
    now,
  );
  const q = db.prepare(
    `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd,
      difficulty, generatorKey, generatorVersion, status, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.5, ?, 'e2e', 'approved', ?, ?)`,
  );
  questions.forEach((x, i) =>
    q.run(
      w.questionIds[i],
      w.articleId,
      i,
      x.type,
      x.prompt,
      JSON.stringify(x.choices),
      JSON.stringify(x.answer),
      x.evidence[0],
      x.evidence[1],
      `k${i}`,
      now,
      now,
    ),
  );
  db.prepare(
    "INSERT INTO Quiz (id, ownerId, articleId, title, timeLimitSec, attemptsAllowed, shuffleQuestions, shuffleChoices, feedback, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
  ).run(
    w.quizId,
    ownerId,
    w.articleId,
    `${quiz.title} ${w.quizId}`,
    quiz.timeLimitSec ?? null,
    quiz.attemptsAllowed ?? 1,
    quiz.feedback ?? "immediate",
    now,
    now,
  );
  w.questionIds.forEach((qid, i) =>
    db
      .prepare("INSERT INTO QuizItem (id, quizId, questionId, position) VALUES (?, ?, ?, ?)")
      .run(e2eId(), w.quizId, qid, i),
  );
  return w;
}

/** A class of the teacher with one student (PIN 1234) whose device already joined it, straight in the database. */
export function insertClassStudent(
  db: Database.Database,
  ownerId: string,
  c: {
    classId: string;
    name: string;
    joinCode: string | null;
    studentId: string;
    displayName: string;
    deviceId: string;
  },
) {
  const now = sqliteTime();
  db.prepare("INSERT INTO Class (id, ownerId, name, joinCode, createdAt) VALUES (?, ?, ?, ?, ?)").run(
    c.classId,
    ownerId,
    c.name,
    c.joinCode,
    now,
  );
  db.prepare("INSERT INTO Student (id, classId, displayName, pin, joinedAt) VALUES (?, ?, ?, '1234', ?)").run(
    c.studentId,
    c.classId,
    c.displayName,
    now,
  );
  db.prepare("INSERT INTO StudentDevice (studentId, deviceId, createdAt) VALUES (?, ?, ?)").run(
    c.studentId,
    c.deviceId,
    now,
  );
}

/**
 * Gives a teacher a small world straight in the database: an article with two approved questions, a quiz of them,
 * a class with one student (linked to `studentDevice`) and an assignment — everything the teacher routes show.
 */
export function seedTeacherWorld(
  ownerId: string,
  studentDevice: string,
  quiz: { feedback?: string; attemptsAllowed?: number; dueAt?: Date; timeLimitSec?: number } = {},
) {
  const now = sqliteTime();
  const world = {
    articleId: "",
    questionIds: [] as string[],
    quizId: "",
    classId: e2eId(),
    studentId: e2eId(),
    assignmentId: e2eId(),
    joinCode: randomUUID()
      .replace(/[^A-F2-9]/gi, "")
      .toUpperCase()
      .slice(0, 6)
      .padEnd(6, "X"),
  };
  const body = "The library opened in 1998. It was designed by Maria Lopez.";
  writeDb((db) => {
    const seeded = insertArticleQuiz(
      db,
      ownerId,
      body,
      [
        {
          type: "mcq",
          prompt: "When did the library open?",
          choices: ["1996", "1998", "2001"],
          answer: "1998",
          evidence: [0, 27],
        },
        {
          type: "mcq",
          prompt: "Who designed it?",
          choices: ["Maria Lopez", "Tom Becker", "Ana Ruiz"],
          answer: "Maria Lopez",
          evidence: [28, body.length],
        },
      ],
      { title: "Quiz", ...quiz },
    );
    Object.assign(world, seeded);
    insertClassStudent(db, ownerId, {
      classId: world.classId,
      name: `Class ${world.classId}`,
      joinCode: world.joinCode,
      studentId: world.studentId,
      displayName: "Sara",
      deviceId: studentDevice,
    });
    db.prepare("INSERT INTO Assignment (id, quizId, classId, opensAt, dueAt, createdAt) VALUES (?, ?, ?, ?, ?, ?)").run(
      world.assignmentId,
      world.quizId,
      world.classId,
      sqliteTime(Date.now() - 60_000),
      quiz.dueAt ? sqliteTime(quiz.dueAt.getTime()) : null,
      now,
    );
  });
  return world;
}

/** Full-page screenshots at desktop and phone width (tmp/screenshots/<name>-desktop.png, -phone.png), then back to
 * the desktop width. */
export async function shootDesktopAndPhone(page: Page, name: string) {
  mkdirSync("tmp/screenshots", { recursive: true });
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `tmp/screenshots/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Moves an assignment's due date (e.g. into the past while a student is mid-quiz). */
export function setDueAt(assignmentId: string, dueAt: Date) {
  writeDb((db) =>
    db.prepare("UPDATE Assignment SET dueAt = ? WHERE id = ?").run(sqliteTime(dueAt.getTime()), assignmentId),
  );
}

/** Moves an attempt's deadline to `ms` from now (e.g. into its warning period without waiting for it). */
export function setDeadlineIn(attemptId: string, ms: number) {
  writeDb((db) =>
    db.prepare("UPDATE Attempt SET deadlineAt = ? WHERE id = ?").run(sqliteTime(Date.now() + ms), attemptId),
  );
}

export { parseCsv } from "../setup/parse-csv";

/** A browser context's storage with a student device's cookie (what the app sets when a device joins a class). */
export function deviceState(device: string, domain = "127.0.0.1") {
  return {
    cookies: [
      {
        name: "fahm_device",
        value: device,
        domain,
        path: "/",
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: "Lax" as const,
      },
    ],
    origins: [],
  };
}

/** The interface language of a browser context (the NEXT_LOCALE cookie the language switch sets). */
export async function setLocale(context: BrowserContext, baseURL: string, locale: "en" | "ar") {
  const host = new URL(baseURL).hostname;
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, domain: host, path: "/", sameSite: "Lax" }]);
}

/**
 * A student's device that joined a class already (seedTeacherWorld) opens My work and starts its first assignment:
 * a new browser context with the device's cookie (and the interface language, if given). Returns the context (close
 * it when done) and the attempt's page.
 */
export async function startFirstAssignment(
  browser: Browser,
  studentDevice: string,
  options: { locale?: "en" | "ar"; baseURL?: string; context?: BrowserContextOptions } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const baseURL = options.baseURL ?? `http://127.0.0.1:${E2E_PORT}`;
  const context = await browser.newContext({
    ...options.context,
    baseURL,
    storageState: deviceState(studentDevice, new URL(baseURL).hostname),
  });
  if (options.locale) await setLocale(context, baseURL, options.locale);
  const page = await context.newPage();
  await page.goto("/my");
  await page.locator("main button").first().click();
  await page.waitForURL(/\/attempts\//);
  return { context, page };
}

/** The seeded sample article's title (lib/seed/sample.ts). */
export const SAMPLE_TITLE = "فرنسا ومالي: نهاية عقد من النفوذ";

/** From the home page, opens the sample article and starts practising it; returns the attempt's id. */
export async function startSamplePractice(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await page
    .getByRole("button", { name: /Practise this article|Start a new practice/ })
    .first()
    .click();
  await page.waitForURL(/\/attempts\//);
  // the question is drawn on the server; the player takes input once this device's saved answers are restored
  await expect(page.locator(".quiz-boot[aria-busy='true']")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  return attemptIdFromUrl(page);
}
