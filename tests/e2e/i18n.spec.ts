import { expect, test } from "./test";

test("the interface switches to Arabic, right to left, and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("button", { name: "Switch the interface to Arabic" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1, name: "المقالات" })).toBeVisible();
  // The choice sticks across pages.
  await page.getByRole("link", { name: "مقال جديد" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "مقال جديد" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("button", { name: "Switch the interface to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});
