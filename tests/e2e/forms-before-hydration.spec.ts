// Before the script has loaded (a slow network, or JavaScript off), the forms driven by client code are plain HTML
// forms: submitting one must never put what was typed in the address bar (history, server logs) — least of all a
// password — nor fail on a long article text; the page just comes back.
import { expect, test } from "./test";

test.use({ javaScriptEnabled: false });

for (const path of ["/sign-in", "/sign-up"]) {
  test(`${path} without JavaScript keeps the password out of the address`, async ({ page }) => {
    await page.goto(path);
    if (path === "/sign-up") await page.getByLabel("Your name").fill("Nadia");
    await page.getByLabel("Email").fill("nadia@example.com");
    await page.getByLabel("Password").fill("a-secret-password");
    await page.getByRole("button", { name: path === "/sign-in" ? "Sign in" : "Create account" }).click();
    await page.waitForLoadState();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    expect(page.url()).not.toContain("secret");
    expect(page.url()).not.toContain("nadia");
    await expect(page.getByLabel("Password")).toBeVisible();
  });
}

test("the article form without JavaScript keeps the text out of the address", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Before hydration");
  await page.getByLabel("Article text").fill("A sentence that should not travel in a URL. ".repeat(400));
  await page.getByRole("button", { name: "Generate questions" }).click();
  await page.waitForLoadState();
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByLabel("Article text")).toBeVisible();
});
