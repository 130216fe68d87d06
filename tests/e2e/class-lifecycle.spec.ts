// A teacher deletes a class (its code stops working), restores it (with a new code), deletes it again and erases it.
import { randomUUID } from "node:crypto";
import { expect, test } from "./test";
import { readDb, seedTeacherWorld, signUpTeacher } from "./helpers";

test("delete, restore and permanently delete a class", async ({ page, baseURL }) => {
  const teacher = await signUpTeacher(page.request, baseURL!, "Keeper");
  const world = seedTeacherWorld(teacher.id, randomUUID());
  const className = `Class ${world.classId}`;
  const classRow = () =>
    readDb((db) => db.prepare("SELECT joinCode, deletedAt FROM Class WHERE id = ?").get(world.classId)) as
      { joinCode: string | null; deletedAt: string | null } | undefined;

  await page.goto(`/teacher/classes/${world.classId}`);
  await page.getByRole("button", { name: "Delete class" }).click();
  await page.getByRole("button", { name: "Yes, delete the class" }).click();
  await expect(page.getByTestId("deleted-banner")).toBeVisible();
  expect(classRow()).toMatchObject({ joinCode: null });

  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByTestId("deleted-banner")).toHaveCount(0);
  const restored = classRow();
  expect(restored?.deletedAt).toBeNull();
  expect(restored?.joinCode).toMatch(/^[A-Z2-9]{6}$/);
  expect(restored?.joinCode).not.toBe(world.joinCode);

  // Deleted again, it is listed under "Deleted" with its own restore and erase buttons.
  await page.getByRole("button", { name: "Delete class" }).click();
  await page.getByRole("button", { name: "Yes, delete the class" }).click();
  await page.goto("/teacher/classes");
  const deleted = page.getByTestId("deleted-classes").getByRole("listitem").filter({ hasText: className });
  await deleted.getByRole("button", { name: "Delete permanently" }).click();
  await deleted.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByTestId("deleted-classes").getByText(className)).toHaveCount(0);
  expect(classRow()).toBeUndefined();
});
