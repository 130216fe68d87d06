// Issue 11: spaced repetition end to end. Practise, move the server's review clock (a test-only clock: FAHM_TEST_CLOCK,
// refused in production), see exactly the expected cards due, review them (also offline), read progress, suspend a
// card and see the report on the teacher's screens; bad input is refused with the schedule unchanged.
import { randomUUID } from "node:crypto";
import { type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { expect, test } from "./test";
import {
  answerCurrent,
  attemptIdFromUrl,
  questionsOfAttempt,
  readDb,
  SAMPLE_TITLE,
  seedTeacherWorld,
  signUpTeacher,
  startSamplePractice,
  type KeyedQuestion,
} from "./helpers";

const DAY = 86_400_000;
const SHOTS = "tmp/review-shots";

// One server clock for the whole file: its tests take turns.
test.describe.configure({ mode: "serial" });

async function setClock(request: APIRequestContext, offsetMs: number) {
  const res = await request.post("/api/test/clock", { data: { offsetMs } });
  expect(res.status()).toBe(200);
}

async function deviceOf(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === "fahm_device")!.value;
}

/** Practises the sample article on this page's device: right where `isRight(i)`, wrong elsewhere. */
async function practiseSample(page: Page, isRight: (i: number) => boolean) {
  const questions = questionsOfAttempt(await startSamplePractice(page));
  for (const [i, q] of questions.entries()) {
    await answerCurrent(page, q, isRight(i));
    await expect(page.getByTestId("feedback").getByRole("status").first()).toHaveText(
      isRight(i) ? /Correct/ : /Not quite/,
    );
    await page.getByRole("button", { name: i === questions.length - 1 ? "See results" : "Next question" }).click();
  }
  await expect(page.getByTestId("final-score")).toBeVisible();
  return questions;
}

function cardsOf(ownerKey: string) {
  return readDb(
    (db) =>
      db
        .prepare(
          "SELECT id, questionId, due, reps, state, stability, suspendedAt FROM ReviewCard WHERE ownerKey = ? ORDER BY id",
        )
        .all(ownerKey) as {
        id: string;
        questionId: string;
        due: string;
        reps: number;
        state: number;
        stability: number;
        suspendedAt: string | null;
      }[],
  );
}

/** Reviews every card the page offers, answering right; returns the prompts seen. */
async function reviewAll(page: Page, byPrompt: Map<string, KeyedQuestion>, expectedCount: number) {
  const seen: string[] = [];
  for (let i = 0; i < expectedCount; i++) {
    const prompt = (await page.getByTestId("review-card").getByRole("heading", { level: 1 }).textContent())!;
    const q = byPrompt.get(prompt);
    expect(q, `a card for a question not expected due: ${prompt}`).toBeDefined();
    seen.push(prompt);
    await answerCurrent(page, q!, true);
    const feedback = page.getByTestId("feedback");
    await expect(feedback.getByRole("status").first()).toHaveText(/Correct/);
    await expect(feedback.getByTestId("evidence").locator("mark")).toHaveText(q!.evidence.trim() ? q!.evidence : /.*/);
    await expect(feedback.getByTestId("next-review")).toContainText(/Rated: (Easy|Good|Hard)\. Next review:/);
    await expect(feedback.getByRole("link", { name: "Read the article again" })).toHaveAttribute(
      "href",
      /\/articles\//,
    );
    if (q!.type === "short_answer") {
      // a typed answer's rating can be corrected by the student; the server re-schedules
      await feedback.getByRole("button", { name: "Hard", exact: true }).click();
      await expect(feedback.getByTestId("next-review")).toContainText("Rated: Hard.");
      await expect(feedback.getByRole("button", { name: "Hard", exact: true })).toHaveAttribute("aria-pressed", "true");
    }
    await page.getByRole("button", { name: i === expectedCount - 1 ? "Finish" : "Next card" }).click();
  }
  return seen;
}

test("practise, move the server clock a day, and exactly the wrong answers are due; review them; progress", async ({
  page,
  context,
}) => {
  await setClock(page.request, 0);
  // only the first answer right: at least two wrong ones on the sample's three questions
  const questions = await practiseSample(page, (i) => i === 0);
  const wrong = questions.slice(1);
  expect(wrong.length).toBeGreaterThanOrEqual(2);
  const ownerKey = `d:${await deviceOf(context)}`;
  // one card per answered question, the first answer being its first review
  expect(cardsOf(ownerKey)).toHaveLength(questions.length);

  // nothing is due straight away (a wrong answer comes back after its first learning step)
  await page.goto("/review");
  await expect(page.getByTestId("review-done")).toContainText("Nothing due right now");
  await expect(page.getByTestId("due-badge")).toHaveCount(0);

  await setClock(page.request, DAY);
  await page.goto("/review");
  await expect(page.getByTestId("due-badge")).toHaveText(String(wrong.length));
  await expect(page.getByRole("link", { name: `Review: ${wrong.length} cards due` })).toBeVisible();
  await expect(page.getByTestId("left")).toHaveText(`${wrong.length} cards due`);
  const seen = await reviewAll(page, new Map(wrong.map((q) => [q.prompt, q])), wrong.length);
  expect(seen.sort()).toEqual(wrong.map((q) => q.prompt).sort());
  await expect(page.getByTestId("review-done")).toContainText(`You reviewed ${wrong.length} cards.`);
  await expect(page.getByTestId("due-badge")).toHaveCount(0); // the header's count follows without a reload

  // settings: the desired retention is saved for this device
  await page.getByText("Review settings").click();
  await page.getByLabel("Desired retention").selectOption("0.95");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect(
    readDb(
      (db) =>
        (db.prepare("SELECT desiredRetention r FROM ReviewSettings WHERE ownerKey = ?").get(ownerKey) as { r: number })
          .r,
    ),
  ).toBe(0.95);

  // learn ahead: the right ones, not due for days, on purpose
  await page.getByRole("button", { name: "Learn ahead" }).click();
  await expect(page.getByTestId("left")).toContainText("Learning ahead");
  await page.screenshot({ path: `${SHOTS}/review-card.en.desktop.png`, fullPage: true });

  await page.reload();
  await expect(page.getByTestId("due-badge")).toHaveCount(0);

  // progress: streak, retention, the chart with its text alternative, mastery
  await page.goto("/review/progress");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByTestId("retention")).toHaveText(`100% of ${wrong.length} reviews`, { useInnerText: true });
  const chart = page.getByRole("img", { name: /cards? due in the next 30 days/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("rect.due-bar")).toHaveCount(30);
  await page.getByText("Show as a table").click();
  await expect(page.getByTestId("due-table").locator("tbody tr")).toHaveCount(30);
  await expect(page.getByTestId("mastery")).toContainText(SAMPLE_TITLE);
  await expect(page.getByTestId("mastery")).toContainText(`0 of ${questions.length} mastered`);
  await page.screenshot({ path: `${SHOTS}/progress.en.desktop.png`, fullPage: true });
});

test("reviews given offline are saved on the device and sent in order when back online", async ({ page, context }) => {
  await setClock(page.request, 0);
  const questions = await practiseSample(page, () => false);
  const byPrompt = new Map(questions.map((q) => [q.prompt, q]));
  const ownerKey = `d:${await deviceOf(context)}`;
  await setClock(page.request, DAY);
  await page.goto("/review");
  await expect(page.getByTestId("left")).toHaveText(`${questions.length} cards due`);

  await context.setOffline(true);
  const prompts: string[] = [];
  for (let i = 0; i < 2; i++) {
    const prompt = (await page.getByTestId("review-card").getByRole("heading", { level: 1 }).textContent())!;
    prompts.push(prompt);
    await answerCurrent(page, byPrompt.get(prompt)!, true);
    await expect(page.getByTestId("feedback")).toContainText("Saved on this device.");
    await expect(page.getByTestId("queued")).toContainText(`${i + 1} review`);
    if (i === 0) await page.getByRole("button", { name: "Next card" }).click();
  }
  await expect(page.getByText("You are offline.")).toBeVisible();
  // nothing reached the server
  expect(
    readDb(
      (db) =>
        db
          .prepare(
            "SELECT COUNT(*) n FROM ReviewLog l JOIN ReviewCard c ON c.id = l.cardId WHERE c.ownerKey = ? AND l.source = 'review'",
          )
          .get(ownerKey) as { n: number },
    ).n,
  ).toBe(0);

  await context.setOffline(false);
  await expect(page.getByTestId("feedback").getByRole("status").first()).toHaveText(/Correct/);
  await expect(page.getByTestId("queued")).toHaveCount(0);
  // stored in the order given, scheduled by the server
  const logged = readDb(
    (db) =>
      db
        .prepare(
          "SELECT q.prompt FROM ReviewLog l JOIN ReviewCard c ON c.id = l.cardId JOIN Question q ON q.id = c.questionId WHERE c.ownerKey = ? AND l.source = 'review' ORDER BY l.review, l.rowid",
        )
        .all(ownerKey) as { prompt: string }[],
  ).map((r) => r.prompt);
  expect(logged).toEqual(prompts);
  await page.reload();
  const left = questions.length - 2;
  await expect(page.getByTestId("left")).toHaveText(left === 1 ? "1 card due" : `${left} cards due`);
});

test("bad input: a card not due, another device's card, invalid ratings — 4xx and the schedule unchanged", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await setClock(page.request, 0);
  const questions = await practiseSample(page, () => true);
  const ownerKey = `d:${await deviceOf(context)}`;
  const before = cardsOf(ownerKey);
  const card = before[0]!;
  const q = questions.find((x) => x.id === card.questionId)!;

  let res = await page.request.post(`/api/review/cards/${card.id}/answer`, { data: { answer: q.answer } });
  expect(res.status()).toBe(409);
  expect((await res.json()).error.code).toBe("not_due");
  res = await page.request.post(`/api/review/cards/${card.id}/answer`, { data: { answer: 42 } });
  expect(res.status()).toBe(400);
  res = await page.request.post(`/api/review/cards/${card.id}/answer`, {
    data: "{not json",
    headers: { "content-type": "application/json" },
  });
  expect(res.status()).toBe(400);
  res = await page.request.post(`/api/review/cards/${card.id}/rating`, { data: { reviewId: "x", rating: "perfect" } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.code).toBe("invalid_input");
  res = await page.request.put("/api/review/settings", { data: { desiredRetention: 1.5 } });
  expect(res.status()).toBe(400);
  res = await page.request.post("/api/test/clock", { data: { offsetMs: -5 } });
  expect(res.status()).toBe(400);

  const stranger = await browser.newContext({ baseURL });
  await stranger.addCookies([
    { name: "fahm_device", value: randomUUID(), domain: new URL(baseURL!).hostname, path: "/" },
  ]);
  res = await stranger.request.post(`/api/review/cards/${card.id}/answer`, {
    data: { answer: q.answer, isAhead: true },
  });
  expect(res.status()).toBe(404);
  res = await stranger.request.post(`/api/review/cards/${card.id}/suspend`, { data: {} });
  expect(res.status()).toBe(404);
  expect((await (await stranger.request.get("/api/review/cards?ahead=1")).json()).cards).toEqual([]);
  await stranger.close();

  expect(cardsOf(ownerKey)).toEqual(before);
});

test("a suspended card never returns, and the report reaches the teacher; class aggregates", async ({
  browser,
  baseURL,
}) => {
  const teacherContext = await browser.newContext({ baseURL });
  const teacher = await signUpTeacher(teacherContext.request, baseURL!, "Reviewer");
  const device = randomUUID();
  const world = seedTeacherWorld(teacher.id, device);
  const student = await browser.newContext({ baseURL });
  await student.addCookies([{ name: "fahm_device", value: device, domain: new URL(baseURL!).hostname, path: "/" }]);
  const page = await student.newPage();
  await setClock(page.request, 0);
  await page.goto("/my");
  await page.getByTestId("work-todo").getByRole("button", { name: "Start" }).click();
  await page.waitForURL(/\/attempts\//);
  const questions = questionsOfAttempt(attemptIdFromUrl(page));
  for (const [i, q] of questions.entries()) {
    await answerCurrent(page, q, false);
    await expect(page.getByTestId("feedback").getByRole("status").first()).toHaveText(/Not quite/);
    await page.getByRole("button", { name: i === questions.length - 1 ? "See results" : "Next question" }).click();
  }
  await expect(page.getByTestId("final-score")).toBeVisible();
  expect(cardsOf(`s:${world.studentId}`)).toHaveLength(2);

  await setClock(page.request, DAY);
  await page.goto("/review");
  const byPrompt = new Map(questions.map((q) => [q.prompt, q]));
  const first = (await page.getByTestId("review-card").getByRole("heading", { level: 1 }).textContent())!;
  await answerCurrent(page, byPrompt.get(first)!, true);
  await page.getByRole("button", { name: "This question is wrong" }).click();
  await page.getByLabel("What is wrong? (optional)").fill("Both answers are in the text.");
  await page.getByRole("button", { name: "Suspend the card" }).click();
  await expect(page.getByTestId("feedback")).toContainText("Suspended.");
  await page.getByRole("button", { name: "Next card" }).click();
  const second = (await page.getByTestId("review-card").getByRole("heading", { level: 1 }).textContent())!;
  expect(second).not.toBe(first);
  await answerCurrent(page, byPrompt.get(second)!, true);
  await page.getByRole("button", { name: "Finish" }).click();

  // a year on, the suspended card is still not offered
  await setClock(page.request, 365 * DAY);
  await page.goto("/review");
  const offered = await page.getByTestId("review-card").getByRole("heading", { level: 1 }).allTextContents();
  expect(offered).not.toContain(first);
  await setClock(page.request, DAY);

  const tPage = await teacherContext.newPage();
  await tPage.goto(`/teacher/articles/${world.articleId}`);
  const reports = tPage.getByTestId("card-reports");
  await expect(reports).toContainText(first);
  await expect(reports).toContainText("1 report");
  await expect(reports).toContainText("Both answers are in the text.");
  await expect(reports).not.toContainText("Sara");
  await tPage.goto(`/teacher/classes/${world.classId}`);
  const agg = tPage.getByTestId("class-review");
  await expect(agg).toContainText("1 of 1 students reviewed in the last 7 days; 1 has cards.");
  await expect(agg.getByRole("row").filter({ hasText: `Library ${world.articleId}` })).toContainText("0%");
  await tPage.screenshot({ path: `${SHOTS}/teacher-class.en.desktop.png`, fullPage: true });
  await teacherContext.close();
  await student.close();
});

test("screenshots: review and progress in Arabic (right to left) and English, phone and desktop", async ({
  browser,
  baseURL,
  request,
}) => {
  test.skip(process.env.SCREENSHOTS !== "1", "screenshots only with SCREENSHOTS=1");
  test.setTimeout(300_000);
  for (const locale of ["ar", "en"] as const) {
    for (const [name, viewport] of [
      ["phone", { width: 390, height: 844 }],
      ["desktop", { width: 1280, height: 900 }],
    ] as const) {
      const context = await browser.newContext({ baseURL, viewport });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, domain: new URL(baseURL!).hostname, path: "/" }]);
      const page = await context.newPage();
      await setClock(page.request, 0);
      const questions = await practiseSampleAnyLocale(page, locale);
      await setClock(page.request, DAY);
      await page.goto("/review");
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.getByTestId("review-card")).toBeVisible();
      const prompt = (await page.getByTestId("review-card").getByRole("heading", { level: 1 }).textContent())!;
      await answerCurrent(
        page,
        questions.find((q) => q.prompt === prompt)!,
        false,
      );
      await expect(page.getByTestId("next-review")).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/review.${locale}.${name}.png`, fullPage: true });
      await page.goto("/review/progress");
      await page.locator("details summary").first().click();
      await page.screenshot({ path: `${SHOTS}/progress.${locale}.${name}.png`, fullPage: true });
      await context.close();
    }
  }
  await setClock(request, 0);
});

/** The sample practised with every answer wrong, whatever the interface language. */
async function practiseSampleAnyLocale(page: Page, locale: "ar" | "en") {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await page
    .getByRole("button", { name: locale === "ar" ? /تدرّب|ابدأ/ : /Practise this article|Start a new practice/ })
    .first()
    .click();
  await page.waitForURL(/\/attempts\//);
  const questions = questionsOfAttempt(attemptIdFromUrl(page));
  for (const q of questions) {
    await answerCurrent(page, q, false);
    await page.getByTestId("feedback").getByRole("button").last().click();
  }
  return questions;
}
