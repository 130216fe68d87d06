// Helpers of the live-game specs (issue 10): a quiz and a class student straight in the e2e database, phones,
// joining with a name.
import { randomUUID } from "node:crypto";
import { devices, type Browser, type Page } from "@playwright/test";
import { hydrated, setLocale } from "./classroom-flow";
import { e2eId, insertArticleQuiz, insertClassStudent, sqliteTime, writeDb } from "./helpers";
import { expect } from "./test";

export const SHOTS = "tmp/screens";
export const BODY = "The library opened in 1998. It was designed by Maria Lopez. It holds 40,000 books.";

/** An article with three approved questions (two choices, one typed) and a quiz of them, straight in the database. */
export function seedQuiz(ownerId: string) {
  return writeDb((db) =>
    insertArticleQuiz(
      db,
      ownerId,
      BODY,
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
          prompt: "Who designed the library?",
          choices: ["Maria Lopez", "Tom Becker", "Ana Ruiz"],
          answer: "Maria Lopez",
          evidence: [28, 59],
        },
        {
          type: "short_answer",
          prompt: "How many books does it hold?",
          choices: [],
          answer: "40,000",
          evidence: [60, BODY.length],
        },
      ],
      { title: "Live quiz" },
    ),
  );
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
  const w = { classId: e2eId(), studentId: e2eId(), deviceId: randomUUID() };
  writeDb((db) => insertClassStudent(db, ownerId, { ...w, name: "Class 5B", joinCode: null, displayName }));
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
  const now = sqliteTime();
  const assignmentId = e2eId();
  writeDb((db) => {
    db.prepare("INSERT INTO Assignment (id, quizId, classId, opensAt, createdAt) VALUES (?, ?, ?, ?, ?)").run(
      assignmentId,
      o.quizId,
      o.classId,
      now,
      now,
    );
    db.prepare(
      "INSERT INTO Accommodation (id, assignmentId, studentId, extraTimePercent, extraTimeMin, extraAttempts, updatedAt) VALUES (?, ?, ?, ?, 0, 0, ?)",
    ).run(e2eId(), assignmentId, o.studentId, o.extraTimePercent, now);
  });
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
