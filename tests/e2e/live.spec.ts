// Issue 10: a live game. A teacher on the projector and three phones (one with the Arabic interface) play a
// 3-question game to the podium: one phone joins late, one reloads mid-question and keeps its score, a fourth name is
// removed by the teacher; the projector shows the answer distribution and the CSV holds every answer.
// Screenshots of each screen go to tmp/screens/live-*.png.
import { mkdir } from "node:fs/promises";
import { hydrated, setLocale } from "./classroom-flow";
import { signUpTeacher } from "./helpers";
import { SHOTS, choice, join, phone, seedClassStudent, seedQuiz } from "./live-flow";
import { expect, test } from "./test";

test("a teacher and three phones play a live game to the podium", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  await mkdir(SHOTS, { recursive: true });
  const teacherContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const teacher = await signUpTeacher(teacherContext.request, baseURL!, "Live Teacher");
  const world = seedQuiz(teacher.id);
  const omarStudent = seedClassStudent(teacher.id, "Omar Haddad");
  const host = await teacherContext.newPage();

  // Play live from the quiz page: accuracy scoring with the streak bonus, a minute per question
  await host.goto(`/teacher/quizzes/${world.quizId}`);
  await host.getByLabel("Seconds per question").fill("60");
  await host.getByLabel(/Streak bonus/).check();
  await host.getByRole("button", { name: "Start a live game" }).click();
  await host.waitForURL(/\/teacher\/live\/[^/]+$/);
  const pin = (await host.getByTestId("game-pin").textContent())!.replace(/\s/g, "");
  expect(pin).toMatch(/^\d{6}$/);
  await expect(host.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(host.getByText(`/play?pin=${pin}`)).toBeVisible();

  let sara = await phone(browser, baseURL!);
  const layla = await phone(browser, baseURL!, "ar");
  const extra = await phone(browser, baseURL!);
  await join(sara, pin, "Sara");
  await join(layla, pin, "ليلى", "ar");
  await join(extra, pin, "Prankster");
  await expect(layla.getByRole("heading", { name: "أنت في اللعبة!" })).toBeVisible();
  // names appear on the projector as they join; the teacher removes one
  await expect(host.getByRole("heading", { name: "3 players joined" })).toBeVisible();
  await host.screenshot({ path: `${SHOTS}/live-lobby.en.png`, fullPage: true });
  // the projector goes full screen with its button or the F key, and back
  await host.getByRole("button", { name: "Full screen", exact: true }).click();
  await expect(host.getByRole("button", { name: "Leave full screen" })).toBeVisible();
  await expect.poll(() => host.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe("HTML");
  await host.getByRole("button", { name: "Leave full screen" }).click();
  await expect(host.getByRole("button", { name: "Full screen", exact: true })).toBeVisible();
  await expect.poll(() => host.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBeNull();
  await host.locator("body").press("f");
  await expect(host.getByRole("button", { name: "Leave full screen" })).toBeVisible();
  await host.getByRole("button", { name: "Leave full screen" }).click();
  await expect(host.getByRole("button", { name: "Full screen", exact: true })).toBeVisible();
  await host.getByRole("button", { name: "Remove Prankster" }).click();
  await expect(host.getByRole("heading", { name: "2 players joined" })).toBeVisible();
  await expect(extra.getByText("The teacher removed you from this game.")).toBeVisible();
  // the removed phone cannot come back, and a duplicate name is refused
  await extra.goto(`/play?pin=${pin}`);
  await (await hydrated(extra.getByLabel("Your name"))).fill("Prankster 2");
  await extra.getByRole("button", { name: "Join", exact: true }).click();
  await expect(extra.locator("p[role=alert]")).toHaveText("The teacher removed you from this game.");

  // Question 1: the clicker key starts the game
  await host.locator("body").press("n");
  await expect(host.getByRole("heading", { level: 1, name: "When did the library open?" })).toBeVisible();
  await expect(sara.getByRole("heading", { level: 1, name: "When did the library open?" })).toBeVisible();
  await sara.screenshot({ path: `${SHOTS}/live-phone-question.en.png`, fullPage: true });
  await layla.screenshot({ path: `${SHOTS}/live-phone-question.ar.png`, fullPage: true });
  await host.screenshot({ path: `${SHOTS}/live-question.en.png`, fullPage: true });
  await choice(sara, "1998").click();
  await expect(sara.getByText("Answer sent. Wait for the others.")).toBeVisible();
  await expect(host.getByTestId("answered-count")).toHaveText("1 of 2 answered");
  // a late joiner lands straight in the open question; he is in the teacher's class on this phone, so he plays
  // under his name from the class list without typing it
  const omar = await phone(browser, baseURL!, "en", omarStudent.deviceId);
  await omar.goto(`/play?pin=${pin}`);
  await expect(omar.getByRole("radio", { name: "Omar Haddad (Class 5B)" })).toBeChecked();
  await expect(omar.getByLabel("Your name")).toHaveCount(0);
  await omar.screenshot({ path: `${SHOTS}/live-phone-join-student.en.png`, fullPage: true });
  await (await hydrated(omar.getByRole("button", { name: "Join", exact: true }))).click();
  await omar.waitForURL(/\/play\/[^/?]+$/);
  await expect(omar.getByTestId("my-name")).toHaveText("Omar Haddad");
  await expect(omar.getByRole("heading", { level: 1, name: "When did the library open?" })).toBeVisible();
  await expect(host.getByTestId("answered-count")).toHaveText("1 of 3 answered");
  await choice(omar, "1998").click();
  await choice(layla, "1998").click();
  // everyone answered: the reveal, with the distribution, the answer and its evidence, and the top five
  await expect(host.getByTestId("distribution")).toBeVisible();
  await expect(host.getByTestId("distribution")).toContainText("3");
  await expect(host.getByText("The library opened in 1998.")).toBeVisible();
  await expect(host.getByTestId("top-five").getByRole("listitem")).toHaveCount(3);
  await host.screenshot({ path: `${SHOTS}/live-reveal.en.png`, fullPage: true });
  await expect(layla.getByRole("heading", { name: "إجابة صحيحة!" })).toBeVisible();
  await expect(sara.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(sara.getByText("+1000 points")).toBeVisible();
  await layla.screenshot({ path: `${SHOTS}/live-phone-reveal.ar.png`, fullPage: true });
  await sara.screenshot({ path: `${SHOTS}/live-phone-reveal.en.png`, fullPage: true });

  // Question 2: Layla reloads mid-question and keeps her name and score
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(layla.getByRole("heading", { level: 1, name: "Who designed the library?" })).toBeVisible();
  const laylaScore = await layla.getByTestId("my-score").textContent();
  await layla.reload();
  await expect(layla.getByRole("heading", { level: 1, name: "Who designed the library?" })).toBeVisible();
  await expect(layla.getByTestId("my-name")).toHaveText("ليلى");
  await expect(layla.getByTestId("my-score")).toHaveText(laylaScore!);
  await choice(layla, "Maria Lopez").click();
  // Sara's Wi-Fi drops as she answers: the answer waits on the phone and goes when the connection is back
  await sara.context().setOffline(true);
  await choice(sara, "Tom Becker").click();
  await expect(sara.getByText("Answer saved on this phone")).toBeVisible();
  // ... and the tab is closed before the connection comes back: the answer was kept on the phone, and goes when
  // she opens the game again
  const saraContext = sara.context();
  const saraUrl = sara.url();
  await sara.close();
  await saraContext.setOffline(false);
  sara = await saraContext.newPage();
  await sara.goto(saraUrl);
  await expect(sara.getByText("Answer sent. Wait for the others.")).toBeVisible();
  await expect(host.getByTestId("answered-count")).toHaveText("2 of 3 answered");
  // Omar does not answer: the teacher pauses, resumes and closes the question with the keys
  await host.locator("body").press("p");
  await expect(host.getByText("Paused")).toBeVisible();
  await expect(omar.getByText("Paused")).toBeVisible();
  await host.locator("body").press("p");
  await expect(host.getByText("Paused")).toBeHidden();
  await host.locator("body").press("n"); // N closes the question and shows the answer (S would skip it unseen)
  await expect(host.getByTestId("distribution")).toBeVisible();
  await expect(omar.getByRole("heading", { name: "Time's up" })).toBeVisible();
  await expect(sara.getByRole("heading", { name: "Not this time" })).toBeVisible();
  // Layla's streak: 1000 + 1100
  await expect(layla.getByText("+1100 نقطة")).toBeVisible();

  // the same projector in Arabic (a second screen of the same teacher)
  const arContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await arContext.addCookies(await teacherContext.cookies());
  await setLocale(arContext, baseURL!, "ar");
  const arHost = await arContext.newPage();
  await arHost.goto(host.url());
  await expect(arHost.getByRole("heading", { name: "الخمسة الأوائل" })).toBeVisible();
  await expect(arHost.locator("html")).toHaveAttribute("dir", "rtl");
  await arHost.screenshot({ path: `${SHOTS}/live-reveal.ar.png`, fullPage: true });

  // Question 3: typed answers
  await host.getByRole("button", { name: "Next question" }).click();
  for (const [p, answer, send] of [
    [sara, "40,000", "Send answer"],
    [omar, "40000", "Send answer"],
    [layla, "forty", "أرسل الإجابة"],
  ] as const) {
    await expect(p.getByRole("heading", { level: 1, name: "How many books does it hold?" })).toBeVisible();
    await (await hydrated(p.getByRole("textbox"))).fill(answer);
    await p.getByRole("button", { name: send }).click();
  }
  await expect(host.getByTestId("distribution")).toBeVisible();
  await host.getByRole("button", { name: "Show final scores" }).click();

  // The podium: Layla 1000 + 1100 + 0 = 2100, Sara 1000 + 0 + 1000 = 2000, Omar the same
  await expect(host.getByRole("heading", { name: "Final scores" })).toBeVisible();
  const top = host.getByTestId("top-five").getByRole("listitem");
  await expect(top).toHaveCount(3);
  await expect(top.nth(0)).toContainText("ليلى");
  await expect(top.nth(0)).toContainText("2,100 points");
  await host.screenshot({ path: `${SHOTS}/live-podium.en.png`, fullPage: true });
  await arHost.reload();
  await expect(arHost.getByRole("heading", { name: "النتائج النهائية" })).toBeVisible();
  await arHost.screenshot({ path: `${SHOTS}/live-podium.ar.png`, fullPage: true });
  await expect(layla.getByRole("heading", { name: "انتهت اللعبة" })).toBeVisible();
  await expect(sara.getByText("You are number 2 of 3")).toBeVisible();
  await layla.screenshot({ path: `${SHOTS}/live-phone-podium.ar.png`, fullPage: true });

  // the game has ended: joining is refused
  const late = await phone(browser, baseURL!);
  await late.goto(`/play?pin=${pin}`);
  await (await hydrated(late.getByLabel("Your name"))).fill("Too late");
  await late.getByRole("button", { name: "Join", exact: true }).click();
  await expect(late.locator("p[role=alert]")).toHaveText("This game has ended.");

  // Results: every answer on the page and in the CSV
  await host.getByRole("link", { name: "See every answer" }).click();
  await expect(host.getByTestId("live-results").getByRole("row")).toHaveCount(4);
  await expect(host.getByRole("heading", { name: "Right answers per player" })).toBeVisible();
  await expect(host.getByRole("row").filter({ hasText: "Omar Haddad" })).toContainText("class student");
  await host.screenshot({ path: `${SHOTS}/live-results.en.png`, fullPage: true });
  await arHost.goto(host.url());
  await expect(arHost.getByTestId("live-results").getByRole("row")).toHaveCount(4);
  await arHost.screenshot({ path: `${SHOTS}/live-results.ar.png`, fullPage: true });
  const gameId = /\/teacher\/live\/([^/]+)\/results/.exec(host.url())![1]!;
  const csv = await (await teacherContext.request.get(`/api/teacher/live/${gameId}/results.csv`)).text();
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(1 + 3 * 3);
  expect(lines.filter((l) => l.startsWith("ليلى,"))).toHaveLength(3);
  expect(csv).toContain("Tom Becker");
  expect(csv).toContain("forty");
  // the quiz page lists the game with a link to its results, and so does the results list beside the assignments
  await host.goto(`/teacher/quizzes/${world.quizId}`);
  await expect(host.getByTestId("live-games").getByRole("link", { name: "Results" })).toBeVisible();
  await host.goto("/teacher/assignments");
  const listed = host
    .getByTestId("live-games-list")
    .getByRole("row")
    .filter({ hasText: `Live quiz ${world.quizId}` });
  await expect(listed).toContainText("3 players (1 from your classes)");
  await expect(listed).toContainText("finished");
  await host.screenshot({ path: `${SHOTS}/live-list.en.png`, fullPage: true });
  await arHost.goto("/teacher/assignments");
  await expect(arHost.getByRole("heading", { name: "الألعاب المباشرة" })).toBeVisible();
  await arHost.screenshot({ path: `${SHOTS}/live-list.ar.png`, fullPage: true });
  await listed.getByRole("link", { name: `Results of the live game Live quiz ${world.quizId}` }).click();
  await expect(host.getByTestId("live-results")).toBeVisible();

  // the roster choice on an Arabic phone of the class student (screenshot for right-to-left)
  const omarAr = await phone(browser, baseURL!, "ar", omarStudent.deviceId);
  await omarAr.goto("/play");
  await expect(omarAr.getByRole("radio", { name: "Omar Haddad (Class 5B)" })).toBeChecked();
  await omarAr.getByRole("radio", { name: "شخص آخر (اكتب اسمًا)" }).check();
  await expect(omarAr.getByLabel("اسمك")).toBeVisible();
  await omarAr.screenshot({ path: `${SHOTS}/live-phone-join-student.ar.png`, fullPage: true });
});

test("bad input to a live game is a clear 4xx", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const res = await api.post("/api/live/join", { data: { pin: "12", name: "X" } });
  expect(res.status()).toBe(400);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
  const missing = await api.post("/api/live/join", { data: { pin: "000001", name: "X" } });
  expect([404]).toContain(missing.status());
  const stream = await api.get("/api/live/games/nope/events");
  expect(stream.status()).toBe(404);
  const control = await api.post("/api/teacher/live/nope/control", { data: { action: "start" } });
  expect(control.status()).toBe(401);
  await api.dispose();
});
