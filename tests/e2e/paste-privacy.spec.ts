// Issue 8, item 6, in the browser: my anonymous paste is mine (another browser gets a 404 and does not see it listed),
// I can delete it after confirming, and a signed-in teacher's "New article" leads to their own private form.
import { expect, test } from "./test";
import { signUpTeacher } from "./helpers";

const TEXT = `The Harbor Bridge Project
The city council of Norwick approved the Harbor Bridge project on 12 March 2019, after a decade of debate.
The bridge cost $410 million and carries about 38,000 vehicles a day.
The project employed 1,200 workers at its peak in 2021.`;

test("another browser cannot open or list my paste; I delete it after a confirm step", async ({ page, browser }) => {
  const title = `Private ${Date.now()}`;
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(TEXT);
  await page.getByRole("button", { name: "Generate questions" }).click();
  // (/articles/new itself matches /articles/<id>: wait for the article's own page.)
  await page.waitForURL((u) => /^\/articles\/[^/]+$/.test(u.pathname) && u.pathname !== "/articles/new");
  await expect(page.getByText("Only this device can see this article.")).toBeVisible();
  const url = page.url();

  const other = await browser.newContext();
  const stranger = await other.newPage();
  expect((await stranger.goto(url))?.status()).toBe(404);
  await stranger.goto("/");
  await expect(stranger.getByRole("link", { name: title })).toHaveCount(0);
  await expect(stranger.getByRole("button", { name: "Delete this article" })).toHaveCount(0);
  await other.close();

  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(url);
  await page.getByRole("button", { name: "Delete this article" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Delete this article" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);
});

test("the header's New article sends a signed-in teacher to their own paste form", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation").getByRole("link", { name: "New article" })).toHaveAttribute(
    "href",
    "/articles/new",
  );
  await signUpTeacher(page.request, baseURL!, "Header");
  await page.goto("/");
  await expect(page.getByRole("navigation").getByRole("link", { name: "New article" })).toHaveAttribute(
    "href",
    "/teacher/articles/new",
  );
});
