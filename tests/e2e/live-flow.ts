// Helpers of the live-game specs (issue 10): a quiz and a class student straight in the e2e database, phones,
// joining with a name.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { devices, type Browser, type Page } from "@playwright/test";
import { hydrated, setLocale } from "./classroom-flow";
import { E2E_DB } from "./env";
import { expect } from "./test";

export const SHOTS = "tmp/screens";
export const BODY = "The library opened in 1998. It was designed by Maria Lopez. It holds 40,000 books.";

/** An article with three approved questions (two choices, one typed) and a quiz of them, straight in the database. */
export function seedQuiz(ownerId: string) {
  const id = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const w = { articleId: id(), quizId: id(), questionIds: [id(), id(), id()] };
  const db = new Database(E2E_DB, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    db.prepare("INSERT INTO Article (id, title, body, language, ownerId, createdAt) VALUES (?, ?, ?, 'en', ?, ?)").run(
      w.articleId,
      `Library ${w.articleId}`,
      BODY,
      ownerId,
      now,
    );
    const q = db.prepare(
      `INSERT INTO Question (id, articleId, position, type, prompt, choices, answer, evidenceStart, evidenceEnd,
        difficulty, generatorKey, generatorVersion, status, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.5, ?, 'e2e', 'approved', ?, ?)`,
    );
    q.run(
      w.questionIds[0],
      w.articleId,
      0,
      "mcq",
      "When did the library open?",
      JSON.stringify(["1996", "1998", "2001"]),
      JSON.stringify("1998"),
      0,
      27,
      "k0",
      now,
      now,
    );
    q.run(
      w.questionIds[1],
      w.articleId,
      1,
      "mcq",
      "Who designed the library?",
      JSON.stringify(["Maria Lopez", "Tom Becker", "Ana Ruiz"]),
      JSON.stringify("Maria Lopez"),
      28,
      59,
      "k1",
      now,
      now,
    );
    q.run(
      w.questionIds[2],
      w.articleId,
      2,
      "short_answer",
      "How many books does it hold?",
      "[]",
      JSON.stringify("40,000"),
      60,
      BODY.length,
      "k2",
      now,
      now,
    );
    db.prepare(
      "INSERT INTO Quiz (id, ownerId, articleId, title, attemptsAllowed, shuffleQuestions, shuffleChoices, feedback, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, 0, 0, 'immediate', ?, ?)",
    ).run(w.quizId, ownerId, w.articleId, `Live quiz ${w.quizId}`, now, now);
    w.questionIds.forEach((qid, i) =>
      db
        .prepare("INSERT INTO QuizItem (id, quizId, questionId, position) VALUES (?, ?, ?, ?)")
        .run(id(), w.quizId, qid, i),
    );
  } finally {
    db.close();
  }
  return w;
}

export async function phone(browser: Browser, baseURL: string, locale: "en" | "ar" = "en", deviceId?: string) {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  await setLocale(context, baseURL, locale);
  if (deviceId) {
    const domain = new URL(baseURL).hostname;
    await context.addCookies([{ name: "fahm_device", value: deviceId, domain, path: "/", sameSite: "Lax" }]);
  }
  return context.newPage();
}

/** A class of the teacher with one student whose device (the device cookie) joined it already. */
export function seedClassStudent(ownerId: string, displayName: string) {
  const id = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const w = { classId: id(), studentId: id(), deviceId: randomUUID() };
  const db = new Database(E2E_DB, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    db.prepare("INSERT INTO Class (id, ownerId, name, joinCode, createdAt) VALUES (?, ?, ?, NULL, ?)").run(
      w.classId,
      ownerId,
      "Class 5B",
      now,
    );
    db.prepare("INSERT INTO Student (id, classId, displayName, pin, joinedAt) VALUES (?, ?, ?, '1234', ?)").run(
      w.studentId,
      w.classId,
      displayName,
      now,
    );
    db.prepare("INSERT INTO StudentDevice (studentId, deviceId, createdAt) VALUES (?, ?, ?)").run(
      w.studentId,
      w.deviceId,
      now,
    );
  } finally {
    db.close();
  }
  return w;
}

export async function join(page: Page, pin: string, name: string, locale: "en" | "ar" = "en") {
  await page.goto(`/play?pin=${pin}`);
  await expect(page.getByLabel(locale === "ar" ? "رمز اللعبة" : "Game PIN")).toHaveValue(pin);
  await (await hydrated(page.getByLabel(locale === "ar" ? "اسمك" : "Your name"))).fill(name);
  await page.getByRole("button", { name: locale === "ar" ? "انضم" : "Join", exact: true }).click();
  await page.waitForURL(/\/play\/[^/?]+$/);
  await expect(page.getByTestId("my-name")).toHaveText(name);
}

export const choice = (page: Page, text: string) =>
  page.getByRole("button", { name: new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });

/** The teacher's accommodation for a student on an assignment of the quiz to their class (issue 12's, per assignment). */
export function seedAccommodation(o: { quizId: string; classId: string; studentId: string; extraTimePercent: number }) {
  const id = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const assignmentId = id();
  const db = new Database(E2E_DB, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    db.prepare("INSERT INTO Assignment (id, quizId, classId, opensAt, createdAt) VALUES (?, ?, ?, ?, ?)").run(
      assignmentId,
      o.quizId,
      o.classId,
      now,
      now,
    );
    db.prepare(
      "INSERT INTO Accommodation (id, assignmentId, studentId, extraTimePercent, extraTimeMin, extraAttempts, updatedAt) VALUES (?, ?, ?, ?, 0, 0, ?)",
    ).run(id(), assignmentId, o.studentId, o.extraTimePercent, now);
  } finally {
    db.close();
  }
}

/** Phrases that only an answer key shows (the evidence sentences of questions 1 and 3 of seedQuiz). */
export const KEY_PHRASES = ["The library opened in 1998.", "It holds 40,000 books."];

/**
 * Records, in the page, every key phrase that was ever in the document (a MutationObserver from the first byte), so a
 * test can tell that a screen never showed an answer, not only that it does not show it now.
 */
export async function watchForKeys(page: Page) {
  await page.context().addInitScript((phrases: string[]) => {
    const w = window as unknown as { __shownKeys: string[] };
    w.__shownKeys = [];
    const check = () => {
      const text = document.documentElement?.textContent ?? "";
      for (const p of phrases) if (text.includes(p) && !w.__shownKeys.includes(p)) w.__shownKeys.push(p);
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  }, KEY_PHRASES);
}

export const shownKeys = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shownKeys?: string[] }).__shownKeys ?? null);
