// Honest limits through the built app (issue 8, items 2, 3, 5): a PIN locked by wrong guesses and unlocked by the
// teacher; the sign-in limit holding against forged address headers (proves `next start` runs the client-address
// stamp from instrumentation.ts); ?next= never leading a signed-in teacher off the site, nor to a 500.
import { randomUUID } from "node:crypto";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { hydrated } from "./classroom-flow";
import { PASSWORD, seedTeacherWorld, signUpTeacher } from "./helpers";

async function tryPin(page: Page, code: string, name: string, pin: string) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Continue", exact: true }) });
  await (await hydrated(form.getByLabel("Class code"))).fill(code);
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("PIN", { exact: true }).fill(pin);
  await form.getByRole("button", { name: "Continue", exact: true }).click();
  return form;
}

test("five wrong PINs lock a name; the teacher unlocks it from the class page; the student gets back in", async ({
  page,
  browser,
  baseURL,
}) => {
  const teacher = await signUpTeacher(page.request, baseURL!, "Locksmith");
  const world = seedTeacherWorld(teacher.id, randomUUID()); // Sara, PIN 1234

  const stranger = await browser.newContext({ baseURL });
  const sp = await stranger.newPage();
  await sp.goto(`/join/${world.joinCode}`);
  for (let i = 0; i < 5; i++) {
    const form = await tryPin(sp, world.joinCode, "Sara", `000${i}`);
    await expect(form.getByRole("alert")).toHaveText(/No student in this class has this name and PIN/);
  }
  const locked = await tryPin(sp, world.joinCode, "Sara", "1234");
  await expect(locked.getByRole("alert")).toHaveText(
    "Too many wrong PINs for this name. Ask your teacher to unlock it.",
  );

  await page.goto(`/teacher/classes/${world.classId}`);
  const row = page.getByTestId("roster").getByRole("row").filter({ hasText: "Sara" });
  await expect(row.getByTestId("pin-locked")).toHaveText("Locked");
  await row.getByRole("button", { name: "Unlock PIN for Sara" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The PIN works again." })).toBeVisible();
  await expect(row.getByTestId("pin-locked")).toHaveCount(0);
  await expect(row.getByRole("button", { name: /Unlock PIN/ })).toHaveCount(0);

  await tryPin(sp, world.joinCode, "Sara", "1234");
  await sp.waitForURL(/\/my\?back=/);
  await stranger.close();
});

test("a new X-Forwarded-For or a forged address header per wrong password does not reset the sign-in limit", async ({
  baseURL,
}) => {
  const api = await playwrightRequest.newContext({ baseURL });
  const { email } = await signUpTeacher(api, baseURL!, "Target");
  const signIn = (password: string, i: number) =>
    api.post("/api/auth/sign-in/email", {
      data: { email, password },
      headers: { origin: baseURL!, "x-forwarded-for": `198.51.100.${i}`, "x-fahm-client-address": `192.0.2.${i}` },
    });
  for (let i = 0; i < 10; i++) expect((await signIn(`wrong ${i}`, i)).status()).toBe(401);
  expect((await signIn(PASSWORD, 99)).status()).toBe(429);
  await api.dispose();
});

test("?next= never sends a signed-in teacher to another site, and odd characters are not a 500", async ({
  page,
  baseURL,
}) => {
  await signUpTeacher(page.request, baseURL!, "Redirected");
  for (const next of [
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0A",
    "//evil.example",
    "/%5C%5Cevil.example",
    "https://evil.example/",
  ]) {
    const res = await page.request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
    expect(res.status(), next).toBe(307);
    expect(res.headers().location, next).toBe("/teacher");
  }
  const home = await page.request.get(`/sign-in?next=${encodeURIComponent("/teacher/classes")}`, { maxRedirects: 0 });
  expect(home.headers().location).toBe("/teacher/classes");

  // Signed out, the page itself renders and carries the safe default on to sign-up.
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const res = await anonymous.get("/sign-in?next=/%0A");
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('href="/sign-up?next=%2Fteacher"');
  await anonymous.dispose();
});
