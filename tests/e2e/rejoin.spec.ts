// Issue 12: a student who joins again on a new device (or after clearing cookies) under a name already in the class
// is asked "is that you?" — their PIN continues as them, with their work — instead of silently becoming "Sara (2)".
// Someone else with the same name can still join, as "Sara (2)", when they say so. Keyboard only.
import { randomUUID } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { AxeLog } from "./axe";
import { hydrated, setLocale } from "./classroom-flow";
import { E2E_PORT } from "./env";
import { readDb, seedTeacherWorld, signUpTeacher } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

/** A class with "Sara" (PIN 1234) in it, and a new device (no cookie) on its join page. */
async function newDeviceAtJoin(browser: Browser, locale: "en" | "ar" = "en") {
  const teacherContext = await browser.newContext({ baseURL: base });
  const teacher = await signUpTeacher((await teacherContext.newPage()).request, base, "Rejoin");
  const world = seedTeacherWorld(teacher.id, randomUUID());
  await teacherContext.close();
  const context = await browser.newContext({ baseURL: base, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
  await setLocale(context, base, locale);
  const page = await context.newPage();
  await page.goto(`/join/${world.joinCode}`);
  return { page, world, close: () => context.close() };
}

const studentsOf = (classId: string) =>
  readDb((db) =>
    db
      .prepare("SELECT id, displayName FROM Student WHERE classId = ? ORDER BY joinedAt")
      .all(classId)
      .map((r) => r as { id: string; displayName: string }),
  );

async function typeNameAndEnter(page: Page, name: string, label = "Your name") {
  const form = page.locator("main form").first();
  const field = await hydrated(form.getByLabel(label));
  await field.focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  return form;
}

test("the same name on a new device: a wrong PIN is said beside the PIN, the right one continues as that student", async ({
  browser,
}) => {
  const { page, world, close } = await newDeviceAtJoin(browser);
  const form = await typeNameAndEnter(page, "sara");
  await expect(form.getByRole("alert")).toHaveText("“Sara” has already joined this class.");
  // Focus goes to the PIN, so the student can type it straight away.
  const pin = form.getByLabel("PIN");
  await expect(pin).toBeFocused();
  await expect(form.getByRole("button", { name: "Join", exact: true })).toBeHidden();
  await page.keyboard.type("9999");
  await page.keyboard.press("Enter");
  await expect(form.getByText("No student in this class has this name and PIN.")).toBeVisible();
  await expect(pin).toHaveAttribute("aria-invalid", "true");
  // Still asked about the same name, nothing created.
  await expect(form.getByRole("button", { name: "Continue as Sara" })).toBeVisible();
  expect(studentsOf(world.classId)).toHaveLength(1);

  await pin.fill("");
  await pin.focus();
  await page.keyboard.type("1234");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/my\?back=/);
  await expect(page.getByText(/Welcome back/)).toBeVisible();
  expect(studentsOf(world.classId)).toEqual([{ id: world.studentId, displayName: "Sara" }]);
  // Her assignment is there on the new device.
  await expect(page.getByTestId("work-todo")).toContainText(`Quiz ${world.quizId}`);
  await close();
});

test("someone else with the same name joins as “Sara (2)” when they say so; a changed name joins as typed", async ({
  browser,
}) => {
  const { page, world, close } = await newDeviceAtJoin(browser);
  const form = await typeNameAndEnter(page, "Sara");
  await expect(form.getByRole("alert")).toContainText("has already joined");
  await expect(form.getByText("Someone else with the same name?")).toBeVisible();
  // From the PIN: Tab past "Continue as Sara" to "Join as Sara (2)".
  await expect(form.getByLabel("PIN")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Continue as Sara" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Join as Sara (2)" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/my\?joined=/);
  await expect(page.getByTestId("pin-once")).toContainText("Sara (2)");
  expect(studentsOf(world.classId).map((s) => s.displayName)).toEqual(["Sara", "Sara (2)"]);
  await close();

  // Another new device: "Sara", then the name is changed to "Sara K" — the question goes away, Join joins as typed.
  const second = await newDeviceAtJoin(browser);
  const form2 = await typeNameAndEnter(second.page, "Sara");
  await expect(form2.getByRole("alert")).toContainText("has already joined");
  const name = form2.getByLabel("Your name");
  await name.focus();
  await second.page.keyboard.press("End");
  await second.page.keyboard.type(" K");
  await expect(form2.getByLabel("PIN")).toHaveCount(0);
  await expect(form2.getByRole("button", { name: "Join", exact: true })).toBeVisible();
  await second.page.keyboard.press("Enter");
  await second.page.waitForURL(/\/my\?joined=/);
  expect(studentsOf(second.world.classId).map((s) => s.displayName)).toEqual(["Sara", "Sara K"]);
  await second.close();
});

test("in Arabic the question reads right to left with the name isolated, and axe finds nothing", async ({
  browser,
}) => {
  const { page, world, close } = await newDeviceAtJoin(browser, "ar");
  const form = await typeNameAndEnter(page, "Sara", "اسمك");
  await expect(form.getByRole("alert")).toHaveText("«Sara» انضمّ إلى هذا الصف من قبل.");
  await expect(form.getByRole("button", { name: "المتابعة باسم Sara" })).toBeVisible();
  await expect(form.getByRole("button", { name: "الانضمام باسم Sara (2)" })).toBeVisible();
  // The suggested name keeps its "(2)" after the name, not flipped to the start, because it is isolated.
  await expect(form.locator("bdi", { hasText: "Sara (2)" }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
  await page.screenshot({ path: "tmp/screens/rejoin-ar-desktop.png", fullPage: true });
  const log = new AxeLog();
  await log.check(page, "[ar] join: name taken");
  expect(log.found, log.found.join("\n")).toEqual([]);
  await form.getByLabel("الرقم السري").fill("1234");
  await form.getByRole("button", { name: "المتابعة باسم Sara" }).click();
  await page.waitForURL(/\/my\?back=/);
  expect(studentsOf(world.classId)).toHaveLength(1);
  await close();
});
