// The sign-out button loads the auth client only when pressed (issue 9: it stays out of every page's first load);
// pressing it must still end the session.
import { expect, test } from "./test";
import { signUpTeacher } from "./helpers";

test("a teacher signs out from the header and the teacher pages then ask to sign in", async ({ page, baseURL }) => {
  await signUpTeacher(page.request, baseURL!, "Leaver");
  await page.goto("/teacher");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/sign-in/);
});
