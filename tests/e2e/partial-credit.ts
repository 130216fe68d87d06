// Issue 12: partial credit for matching and timeline, as the teacher and a student would do it. The teacher turns it
// on in the quiz settings; the student gets 2 of 4 pairs right (a pair swap: with each item used once, 3 of 4 cannot
// happen) and 3 of 4 events in order, and sees "partly right" with the count; the teacher sees 0.5 and 0.75 in the
// results, on the student's answers page and in the downloaded CSV. Shared by partial-credit.spec.ts (desktop) and
// partial-credit.mobile.spec.ts (phone), in English and Arabic; screenshots in tmp/screens/partial-credit-*.png.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { hydrated, setLocale } from "./classroom-flow";
import { E2E_PORT } from "./env";
import { escapeRe, parseCsv, readDb, seedTeacherWorld, signUpTeacher, writeDb, startFirstAssignment } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

const TEXT = {
  en: {
    quizTitle: "Library week",
    className: "Grade 7",
    matchingPrompt: "Match each person to their role.",
    left: ["Maria Lopez", "Tom Becker", "Ana Ruiz", "Omar Haddad"],
    roles: ["architect", "mayor", "librarian", "builder"],
    timelinePrompt: "Put these events in order, oldest first.",
    events: ["The library opened", "The roof was replaced", "A fire closed the east wing", "The library reopened"],
    partialCredit: "Partial credit for matching and timeline questions",
    save: "Save settings",
    saved: "Settings saved.",
    check: "Check answer",
    next: "Next question",
    finish: "See results",
    partlyRight: "◐ Partly right.",
    pairs: "2 of 4 pairs right",
    inOrder: "3 of 4 events in the right order",
    finalScore: "You scored 1.25 out of 2 (63%).",
    partialVerdict: "partly right: 0.75 of a point",
  },
  ar: {
    quizTitle: "أسبوع المكتبة",
    className: "السابع",
    matchingPrompt: "صِل كل شخص بدوره.",
    left: ["ماريا لوبيز", "توم بيكر", "آنا رويز", "عمر حداد"],
    roles: ["مهندسة معمارية", "رئيس البلدية", "أمينة المكتبة", "بنّاء"],
    timelinePrompt: "رتّب الأحداث من الأقدم إلى الأحدث.",
    events: ["افتُتحت المكتبة", "استُبدل السقف", "أغلق حريق الجناح الشرقي", "أعيد افتتاح المكتبة"],
    partialCredit: "درجة جزئية لأسئلة المطابقة والتسلسل الزمني",
    save: "احفظ الإعدادات",
    saved: "حُفظت الإعدادات.",
    check: "تحقق من الإجابة",
    next: "السؤال التالي",
    finish: "اعرض النتيجة",
    partlyRight: "◐ صحيحة جزئيًا.",
    pairs: "2 من 4 أزواج صحيحة",
    inOrder: "3 من 4 أحداث في ترتيبها الصحيح",
    finalScore: "نتيجتك 1.25 من 2 (63٪).",
    partialVerdict: "صحيحة جزئيًا: 0.75 من الدرجة",
  },
} as const;

type Locale = keyof typeof TEXT;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `tmp/screens/partial-credit-${name}.png`, fullPage: true });
}

/** Moves timeline items with their "move up" buttons until the list reads `target` (a keyboard user's way). */
async function orderTimeline(page: Page, target: readonly string[]) {
  for (let i = 0; i < target.length; i++) {
    let at = (await page.locator(".order-list li span").allTextContents()).indexOf(target[i]!);
    while (at > i) {
      const item = escapeRe(target[i]!);
      await page
        .getByRole("button", { name: new RegExp(`“${item}”|«${item}»`) })
        .first()
        .click();
      at--;
    }
  }
  await expect(page.locator(".order-list li span")).toHaveText([...target]);
}

function seedQuestions(world: ReturnType<typeof seedTeacherWorld>, t: (typeof TEXT)[Locale], locale: Locale) {
  const body = `${t.events.join(". ")}. ${t.left.map((l, i) => `${l}: ${t.roles[i]}`).join(". ")}.`;
  writeDb((db) => {
    db.prepare("UPDATE Article SET body = ?, language = ? WHERE id = ?").run(body, locale, world.articleId);
    // names a teacher would write (the seed's long unbreakable ids widen the quiz page's assignments table past a
    // phone's width)
    db.prepare("UPDATE Quiz SET title = ? WHERE id = ?").run(t.quizTitle, world.quizId);
    db.prepare("UPDATE Class SET name = ? WHERE id = ?").run(t.className, world.classId);
    const update = db.prepare(
      `UPDATE Question SET type = ?, prompt = ?, choices = ?, answer = ?, "left" = ?, evidenceStart = 0,
         evidenceEnd = ? WHERE id = ?`,
    );
    update.run(
      "matching",
      t.matchingPrompt,
      JSON.stringify([...t.roles].reverse()),
      JSON.stringify(t.roles),
      JSON.stringify(t.left),
      body.length,
      world.questionIds[0],
    );
    update.run(
      "timeline",
      t.timelinePrompt,
      JSON.stringify([...t.events].reverse()),
      JSON.stringify(t.events),
      null,
      body.length,
      world.questionIds[1],
    );
  });
}

export async function partialCreditFlow(browser: Browser, locale: Locale, device: BrowserContextOptions, tag: string) {
  const t = TEXT[locale];
  const teacherContext = await browser.newContext({ ...device, baseURL: base });
  await setLocale(teacherContext, base, locale);
  const tp = await teacherContext.newPage();
  const teacher = await signUpTeacher(tp.request, base, "Partial");
  const studentDevice = randomUUID();
  const world = seedTeacherWorld(teacher.id, studentDevice);
  seedQuestions(world, t, locale);

  // The teacher turns partial credit on in the quiz settings (off by default).
  await tp.goto(`/teacher/quizzes/${world.quizId}`);
  const box = tp.getByRole("checkbox", { name: t.partialCredit });
  await expect(box).not.toBeChecked();
  await (await hydrated(box)).check();
  await tp.getByRole("button", { name: t.save }).click();
  await expect(tp.getByText(t.saved)).toBeVisible();
  await box.scrollIntoViewIfNeeded();
  await shot(tp, `settings-${tag}`);
  expect(
    readDb(
      (db) => db.prepare("SELECT partialCredit FROM Quiz WHERE id = ?").get(world.quizId) as { partialCredit: 0 | 1 },
    ),
  ).toEqual({ partialCredit: 1 });

  // The student: 2 of 4 pairs (the first two swapped), then the last event moved first (3 of 4 in order).
  const { context: studentContext, page: sp } = await startFirstAssignment(browser, studentDevice, {
    locale,
    context: device,
  });
  await expect(sp.getByRole("heading", { level: 1, name: t.matchingPrompt })).toBeVisible();
  const picks = [t.roles[1], t.roles[0], t.roles[2], t.roles[3]];
  for (const [i, left] of t.left.entries()) await sp.getByLabel(left, { exact: true }).selectOption(picks[i]!);
  await sp.getByRole("button", { name: t.check }).click();
  const feedback = sp.getByTestId("feedback");
  await expect(feedback.getByRole("status").first()).toHaveText(t.partlyRight);
  await expect(feedback.getByTestId("partial-credit")).toHaveText(t.pairs);
  await shot(sp, `matching-${tag}`);
  await sp.getByRole("button", { name: t.next }).click();

  await expect(sp.getByRole("heading", { level: 1, name: t.timelinePrompt })).toBeVisible();
  await orderTimeline(sp, [t.events[3], t.events[0], t.events[1], t.events[2]]);
  await sp.getByRole("button", { name: t.check }).click();
  await expect(feedback.getByTestId("partial-credit")).toHaveText(t.inOrder);
  await sp.getByRole("button", { name: t.finish }).click();
  await expect(sp.getByTestId("final-score")).toHaveText(t.finalScore);
  // the summary lists each answer with its partial mark
  await expect(sp.getByTestId("partial-credit")).toHaveText([t.pairs, t.inOrder]);
  await shot(sp, `summary-${tag}`);

  // The teacher: 1.25 / 2, cells 0.5 and 0.75, the same on the student's page and in the CSV read back.
  await tp.goto(`/teacher/assignments/${world.assignmentId}`);
  const row = tp.getByTestId("results-table").getByRole("row").filter({ hasText: "Sara" });
  await expect(row.getByRole("cell").first()).toHaveText(/^1\.25 \/ 2/);
  await expect(row.locator(".result-cell.is-partial")).toHaveCount(2);
  await expect(row.locator(".result-cell").nth(0)).toContainText("0.5");
  await expect(row.locator(".result-cell").nth(1)).toContainText("0.75");
  await shot(tp, `results-${tag}`);
  const [csvDownload] = await Promise.all([
    tp.waitForEvent("download"),
    tp.locator(`a[href="/api/teacher/assignments/${world.assignmentId}/results.csv"]`).click(),
  ]);
  const csv = parseCsv((await readFile((await csvDownload.path())!)).toString("utf8").slice(1));
  const sara = csv.find((r) => r[0] === "Sara")!;
  expect(sara.slice(2, 5)).toEqual(["1.25", "2", "62.5"]);
  expect([sara[10], sara[12]]).toEqual(["0.5", "0.75"]);

  await tp.goto(`/teacher/assignments/${world.assignmentId}/students/${world.studentId}`);
  await expect(tp.getByTestId("student-score")).toHaveText("1.25 / 2");
  await expect(tp.getByTestId("verdict").nth(1)).toHaveText(t.partialVerdict);
  await shot(tp, `answers-${tag}`);
  await Promise.all([teacherContext.close(), studentContext.close()]);
}
