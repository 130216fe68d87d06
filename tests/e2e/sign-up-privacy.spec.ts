// Sign-up does not say whether an email is registered (issue 8), through the real form: a new teacher lands on the
// dashboard; someone signing up with a taken email and another password stays on the form with a message that says
// how to go on (sign in with that account's password) without saying the email is taken; the owner is unaffected.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { hydrated, setLocale } from "./classroom-flow";
import { PASSWORD, signUpTeacher } from "./helpers";

const SHOTS = "tmp/screenshots";

/** By field names, so it works in either language. */
const authForm = (page: Page) => page.locator("form").filter({ has: page.locator("input[name=email]") });

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  const form = authForm(page);
  await (await hydrated(form.locator("input[name=name]"))).fill(name);
  await form.locator("input[name=email]").fill(email);
  await form.locator("input[name=password]").fill(password);
  await form.locator("button[type=submit]").click();
}

test("a taken email on the sign-up form: no 'already exists', a way on, nothing changed", async ({ page, baseURL }) => {
  const { email } = await signUpTeacher(page.request, baseURL!, "Owner");
  await page.context().clearCookies();

  await signUp(page, "Someone", email, "not the owner's password");
  const alert = authForm(page).getByRole("alert");
  await expect(alert).toHaveText(
    "We could not sign you in with this email and password. If this email already has a Fahm account, sign in with that account's password.",
  );
  await expect(alert).not.toContainText(/exists|taken|registered/i);
  await expect(page).toHaveURL(/\/sign-up/);
  await alert.getByRole("link", { name: "sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteacher/);

  // The owner's password still works.
  await (await hydrated(page.locator("input[name=email]"))).fill(email);
  await page.locator("input[name=password]").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teacher dashboard" })).toBeVisible();
});

for (const locale of ["en", "ar"] as const) {
  for (const viewport of [
    { label: "phone", width: 390, height: 844 },
    { label: "desktop", width: 1280, height: 900 },
  ]) {
    test(`screenshot: the taken-email message (${locale}, ${viewport.label})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport });
      await setLocale(context, baseURL!, locale);
      const owner = await context.newPage();
      const { email } = await signUpTeacher(owner.request, baseURL!, "Shot");
      await context.clearCookies();
      await setLocale(context, baseURL!, locale);
      const page = await context.newPage();
      await signUp(page, locale === "ar" ? "ضيف" : "Guest", email, "not the owner's password");
      await expect(authForm(page).getByRole("alert")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/sign-up-taken-${locale}-${viewport.label}.png`, fullPage: true });
      await context.close();
    });
  }
}
