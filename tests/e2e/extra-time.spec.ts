// Issue 8, item 8 in the browser: "I need more time" shows only when time runs low and adds a bounded amount; the
// teacher sees it in the results and can give one student more time or another attempt.
import { randomUUID } from "node:crypto";
import { expect, test } from "./test";
import { E2E_PORT } from "./env";
import { attemptIdFromUrl, deviceState, readDb, seedTeacherWorld, setDeadlineIn, signUpTeacher } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

test("more time only in the warning period; the teacher sees it and gives one student an accommodation", async ({
  browser,
}) => {
  // The teacher's own browser (its request context keeps the session cookie for its pages).
  const teacherContext = await browser.newContext({ baseURL: base });
  const tp = await teacherContext.newPage();
  const teacher = await signUpTeacher(tp.request, base, "Timer");
  const device = randomUUID();
  const world = seedTeacherWorld(teacher.id, device, { timeLimitSec: 60 });

  const studentContext = await browser.newContext({
    baseURL: base,
    storageState: deviceState(device),
  });
  const sp = await studentContext.newPage();
  await sp.goto("/my");
  await sp.getByRole("button", { name: "Start" }).click();
  await sp.waitForURL(/\/attempts\//);
  const attemptId = attemptIdFromUrl(sp);
  const timer = sp.getByTestId("timer");
  await expect(timer.getByRole("timer")).toHaveText(/Time left: 0:[3-5]\d|Time left: 1:00/);
  // The start of a 1-minute quiz: no button, and the server refuses a hand-made request (the attack).
  await expect(sp.getByRole("button", { name: /I need more time/ })).toHaveCount(0);
  const early = await sp.request.post(`/api/attempts/${attemptId}/extend`);
  expect(early.status()).toBe(409);
  expect(await early.json()).toMatchObject({ error: { code: "not_in_warning_period" } });

  // 15 s left: the warning period (the last 20 s). The button adds 30 s, which ends the warning.
  setDeadlineIn(attemptId, 15_000);
  await sp.reload();
  const more = sp.getByRole("button", { name: "I need more time (+0:30)" });
  await expect(more).toBeVisible();
  await expect(timer.getByRole("alert")).toHaveText(/Less than 20 seconds left\. You can ask for more time\./);
  await more.click();
  await expect(more).toHaveCount(0);
  await expect(timer.getByRole("timer")).toHaveText(/Time left: 0:(3[5-9]|4\d)/);

  // The teacher's results: "1 extension (+30 s)" in the student's row.
  await tp.goto(`/teacher/assignments/${world.assignmentId}`);
  const row = tp.getByTestId("results-table").getByRole("row").filter({ hasText: "Sara" });
  await expect(row.getByTestId("extensions")).toHaveText("1 extension (+30 s)");

  // An accommodation for Sara: +50% time and one more attempt.
  const section = tp.getByRole("region", { name: "Accommodations" });
  await expect(section.getByText("No student has an accommodation.")).toBeVisible();
  await section.getByLabel("Student").selectOption({ label: "Sara" });
  await section.getByLabel("Extra time").selectOption({ label: "+50% of the time limit" });
  await section.getByLabel("Extra attempts").fill("1");
  await section.getByRole("button", { name: "Save accommodation" }).click();
  await expect(tp.getByRole("status").filter({ hasText: "The accommodation is saved." })).toBeVisible();
  await expect(tp.getByTestId("accommodations")).toHaveText("Sara: +50% time · +1 attempt");

  // Sara's attempt under way got +50% of the minute (30 s) at once.
  expect(readDb((db) => db.prepare("SELECT accommodatedSec FROM Attempt WHERE id = ?").get(attemptId))).toEqual({
    accommodatedSec: 30,
  });
  await sp.reload();
  await expect(timer.getByRole("timer")).toHaveText(/Time left: (0:[4-5]\d|1:[01]\d)/);
  await teacherContext.close();
  await studentContext.close();
});

test("a laptop clock three minutes fast: the timer and 'more time' follow the server's clock, and the press counts", async ({
  browser,
  request,
}) => {
  const teacher = await signUpTeacher(request, base, "Skew");
  const device = randomUUID();
  seedTeacherWorld(teacher.id, device, { timeLimitSec: 60 });
  const context = await browser.newContext({
    baseURL: base,
    storageState: deviceState(device),
  });
  const sp = await context.newPage();
  await sp.clock.install({ time: Date.now() + 3 * 60_000 });
  await sp.goto("/my");
  await sp.getByRole("button", { name: "Start" }).click();
  await sp.waitForURL(/\/attempts\//);
  const attemptId = attemptIdFromUrl(sp);
  const timer = sp.getByTestId("timer");
  // By the laptop's own clock this minute ended long ago; by the server's it has just begun.
  await expect(timer.getByRole("timer")).toHaveText(/Time left: (0:[3-5]\d|1:00)/);
  await expect(sp.getByRole("button", { name: /I need more time/ })).toHaveCount(0);

  setDeadlineIn(attemptId, 15_000);
  await sp.reload();
  const more = sp.getByRole("button", { name: "I need more time (+0:30)" });
  await expect(more).toBeVisible();
  await more.click();
  await expect(more).toHaveCount(0);
  await expect(timer.getByRole("alert")).toHaveCount(0); // no refusal: the server agreed it was the warning period
  expect(readDb((db) => db.prepare("SELECT extensions FROM Attempt WHERE id = ?").get(attemptId))).toEqual({
    extensions: 1,
  });
  await context.close();
});
