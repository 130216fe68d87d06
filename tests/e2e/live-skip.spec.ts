// Issue 10, third pass: the teacher skips questions (S, or the button) and no screen ever shows their answers, nobody
// scores on them, and the results mark them; a class student starts with the extra time of their accommodation (a
// guest's can be set in the lobby), and each phone counts down its own time.
// Screenshots: tmp/screens/live-skip-*.png and live-accommodation-*.png (English and Arabic, phone and projector).
import { mkdir } from "node:fs/promises";
import { hydrated, setLocale } from "./classroom-flow";
import { signUpTeacher } from "./helpers";
import {
  SHOTS,
  choice,
  join,
  phone,
  seedAccommodation,
  seedClassStudent,
  seedQuiz,
  shownKeys,
  watchForKeys,
} from "./live-flow";
import { expect, test } from "./test";

test("a skipped question never shows its answer and scores nobody; a class student keeps their extra time", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await mkdir(SHOTS, { recursive: true });
  const teacherContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const teacher = await signUpTeacher(teacherContext.request, baseURL!, "Skip Teacher");
  const world = seedQuiz(teacher.id);
  const huda = seedClassStudent(teacher.id, "Huda Karim");
  seedAccommodation({ quizId: world.quizId, classId: huda.classId, studentId: huda.studentId, extraTimePercent: 50 });
  const host = await teacherContext.newPage();
  await watchForKeys(host);

  await host.goto(`/teacher/quizzes/${world.quizId}`);
  await host.getByLabel("Seconds per question").fill("60");
  await host.getByRole("button", { name: "Start a live game" }).click();
  await host.waitForURL(/\/teacher\/live\/[^/]+$/);
  const pin = (await host.getByTestId("game-pin").textContent())!.replace(/\s/g, "");

  const sami = await phone(browser, baseURL!);
  const reem = await phone(browser, baseURL!, "ar");
  const hudaPhone = await phone(browser, baseURL!, "en", huda.deviceId);
  for (const p of [sami, reem, hudaPhone]) await watchForKeys(p);
  await join(sami, pin, "Sami");
  await join(reem, pin, "ريم", "ar");
  await hudaPhone.goto(`/play?pin=${pin}`);
  await expect(hudaPhone.getByRole("radio", { name: "Huda Karim (Class 5B)" })).toBeChecked();
  await (await hydrated(hudaPhone.getByRole("button", { name: "Join", exact: true }))).click();
  await hudaPhone.waitForURL(/\/play\/[^/?]+$/);

  // Accommodations: Huda (a class student) starts with the +50% of her assignment; the teacher gives Reem +25%
  await expect(host.getByRole("heading", { name: "3 players joined" })).toBeVisible();
  const hudaName = host.getByRole("listitem").filter({ hasText: "Huda Karim" });
  await expect(hudaName).toContainText("class");
  await expect(host.getByLabel("Extra time for Huda Karim")).toHaveValue("50");
  await expect(host.getByLabel("Extra time for Sami")).toHaveValue("0");
  await expect(host.getByText(/Students from your classes start with the extra time/)).toBeVisible();
  await host.getByLabel("Extra time for ريم").selectOption("25");
  await expect(hudaPhone.getByTestId("extra-time")).toHaveText("You have 50% more time on each question.");
  await expect(reem.getByTestId("extra-time")).toContainText("25");
  await expect(sami.getByTestId("extra-time")).toHaveCount(0);
  await host.screenshot({ path: `${SHOTS}/live-accommodation-lobby.en.png`, fullPage: true });
  await hudaPhone.screenshot({ path: `${SHOTS}/live-accommodation-phone.en.png`, fullPage: true });
  await reem.screenshot({ path: `${SHOTS}/live-accommodation-phone.ar.png`, fullPage: true });
  const arContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await arContext.addCookies(await teacherContext.cookies());
  await setLocale(arContext, baseURL!, "ar");
  const arHost = await arContext.newPage();
  await watchForKeys(arHost);
  await arHost.goto(host.url());
  await expect(arHost.getByLabel("وقت إضافي لـ Huda Karim")).toHaveValue("50");
  await expect(arHost.locator("html")).toHaveAttribute("dir", "rtl");
  await arHost.screenshot({ path: `${SHOTS}/live-accommodation-lobby.ar.png`, fullPage: true });

  // Question 1: each phone counts down its own time (60 s, Huda 90 s)
  await host.getByRole("button", { name: "Start", exact: true }).click();
  await expect(sami.getByRole("heading", { level: 1, name: "When did the library open?" })).toBeVisible();
  await expect(sami.getByRole("timer")).toHaveText(/^(5\d|60) seconds left$/);
  await expect(hudaPhone.getByRole("timer")).toHaveText(/^(8\d|90) seconds left$/);
  // Sami answers right; the teacher skips the question with S
  await choice(sami, "1998").click();
  await expect(host.getByTestId("answered-count")).toHaveText("1 of 3 answered");
  await host.locator("body").press("s");
  // straight on to question 2: no reveal anywhere, and a note of the skip
  await expect(host.getByRole("heading", { level: 1, name: "Who designed the library?" })).toBeVisible();
  await expect(host.getByTestId("skipped-note")).toHaveText(
    "Question 1 was skipped: its answer was not shown and it scores nobody.",
  );
  for (const p of [sami, hudaPhone])
    await expect(p.getByTestId("skipped-note")).toHaveText("The teacher skipped question 1. It scores nobody.");
  await expect(reem.getByTestId("skipped-note")).toHaveText("تخطّى المعلم السؤال 1، ولا يُحتسب لأحد.");
  await expect(reem.getByRole("heading", { level: 1, name: "Who designed the library?" })).toBeVisible();
  await expect(sami.getByTestId("my-score")).toHaveText("0 points"); // his right answer counted for nothing
  await arHost.reload();
  await expect(arHost.getByTestId("skipped-note")).toContainText("تم تخطي السؤال 1");
  await host.screenshot({ path: `${SHOTS}/live-skip-projector.en.png`, fullPage: true });
  await arHost.screenshot({ path: `${SHOTS}/live-skip-projector.ar.png`, fullPage: true });
  await sami.screenshot({ path: `${SHOTS}/live-skip-phone.en.png`, fullPage: true });
  await reem.screenshot({ path: `${SHOTS}/live-skip-phone.ar.png`, fullPage: true });

  // Question 2 is played as usual (its answer is revealed)
  await choice(sami, "Maria Lopez").click();
  await choice(reem, "Maria Lopez").click();
  await choice(hudaPhone, "Tom Becker").click();
  await expect(host.getByTestId("distribution")).toBeVisible();
  await expect(sami.getByText("+1000 points")).toBeVisible();
  // Question 3: the teacher skips it with the button: the last question, so on to the final scores
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(hudaPhone.getByRole("heading", { level: 1, name: "How many books does it hold?" })).toBeVisible();
  await host.getByRole("button", { name: "Skip (answer not shown)" }).click();
  await expect(host.getByRole("heading", { name: "Final scores" })).toBeVisible();
  await expect(host.getByTestId("skipped-note")).toContainText("Question 3 was skipped");
  await expect(hudaPhone.getByRole("heading", { name: "Game over" })).toBeVisible();
  await expect(sami.getByTestId("my-score")).toHaveText("1,000 points");

  // the answers of the skipped questions never reached a screen, not even for a moment
  for (const p of [host, arHost, sami, reem, hudaPhone]) expect(await shownKeys(p)).toEqual([]);

  // Results: the skipped questions are marked; Sami's answer to question 1 is kept with 0 points
  await host.getByRole("link", { name: "See every answer" }).click();
  await expect(host.getByTestId("skipped-question")).toHaveCount(2);
  const header = host.getByTestId("live-results").getByRole("columnheader");
  await expect(header.filter({ hasText: "Q1" })).toContainText("skipped");
  await expect(header.filter({ hasText: "Q2" })).not.toContainText("skipped");
  await expect(host.getByRole("row").filter({ hasText: "Sami" })).toContainText("1998 (0)");
  await expect(host.getByText(/^Scores out of 1:/)).toBeVisible(); // the chart counts the one question not skipped
  await host.screenshot({ path: `${SHOTS}/live-skip-results.en.png`, fullPage: true });
  await arHost.goto(host.url());
  await expect(arHost.getByTestId("skipped-question")).toHaveCount(2);
  await arHost.screenshot({ path: `${SHOTS}/live-skip-results.ar.png`, fullPage: true });
});
