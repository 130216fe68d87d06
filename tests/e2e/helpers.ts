// E2E helpers: read answer keys straight from the e2e database (the pages never reveal them before answering),
// and answer a question in the player right or wrong, whatever its type.
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { E2E_DB } from "./env";

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
      | { questionIds: string; articleId: string }
      | undefined;
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
    (db) => (db.prepare("SELECT COUNT(*) AS n FROM Article WHERE title LIKE ? OR body LIKE ?").get(like, like) as { n: number }).n,
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
        await page.getByRole("button", { name: new RegExp(`“${escapeRe(target[i]!)}”|«${escapeRe(target[i]!)}»`) }).first().click();
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

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
