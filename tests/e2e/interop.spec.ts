// Interop, through the interface: a teacher exports a quiz as Moodle XML, imports the file into a new article's bank
// (the same text pasted again, with a new first line so every offset moves), previews it, imports it, and sees the
// imported questions with their evidence highlighted in the new article. Screenshots of the import preview and the
// quiz page's export section, English and Arabic, phone and desktop (tmp/screenshots/interop-*).
import fs from "node:fs";
import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { approveAll, bankOf, buildQuiz, OBSERVATORY, pasteArticle, setLocale, signUpThroughUi } from "./classroom-flow";
import { readDb, shootDesktopAndPhone } from "./helpers";

const shoot = (page: Page, name: string) => shootDesktopAndPhone(page, `interop-${name}`);

test("a quiz exported as Moodle XML comes back into a new article's bank with its evidence", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signUpThroughUi(page, "Interop Teacher");
  const sourceId = await pasteArticle(page, "Observatory (original)", OBSERVATORY);
  await approveAll(page, sourceId);
  const bank = bankOf(sourceId);
  const chosen = bank.slice(0, 3);
  const quizId = await buildQuiz(page, {
    articleTitle: "Observatory (original)",
    approved: bank.length,
    quizTitle: "Export me",
    prompts: chosen.map((q) => q.prompt),
  });

  const exportSection = page.getByRole("region", { name: "Export" });
  await expect(exportSection.getByRole("link", { name: "Moodle XML" })).toBeVisible();
  await shoot(page, "quiz-export.en");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportSection.getByRole("link", { name: "Moodle XML" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Export me.xml"); // the UTF-8 name (filename*), which keeps an Arabic title;
  const file = testInfo.outputPath("export-me.xml");
  await download.saveAs(file);
  expect(fs.readFileSync(file, "utf8")).toContain("<generalfeedback");

  // The same article pasted again with a new first line: every evidence offset moves.
  const targetId = await pasteArticle(page, "Observatory (copy)", `A note from the teacher.\n${OBSERVATORY}`);
  const before = bankOf(targetId).length;
  await page.getByText("Import questions from a file").click();
  await page.getByLabel("File to import").setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(
    preview.getByText("3 questions can be imported, all with their evidence found in this article."),
  ).toBeVisible();
  for (const q of chosen) await expect(preview.getByText(q.prompt, { exact: true })).toBeVisible();
  expect(bankOf(targetId)).toHaveLength(before); // the preview saves nothing
  await shoot(page, "import-preview.en");

  await page.getByRole("button", { name: "Import 3 questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 questions imported as drafts." })).toBeVisible();
  expect(bankOf(targetId)).toHaveLength(before + 3);

  const imported = page.getByTestId("bank-question").filter({ has: page.getByText("Imported", { exact: true }) });
  await expect(imported).toHaveCount(3);
  await expect(page.getByTestId("no-evidence")).toHaveCount(0);
  const originals = readDb((db) =>
    chosen.map((q) => {
      const row = db.prepare("SELECT evidenceStart, evidenceEnd FROM Question WHERE id = ?").get(q.id) as {
        evidenceStart: number;
        evidenceEnd: number;
      };
      return OBSERVATORY.slice(row.evidenceStart, row.evidenceEnd);
    }),
  );
  for (const [i, q] of chosen.entries()) {
    const card = imported.nth(i);
    await card.getByRole("button", { name: new RegExp(`^Show the evidence for question \\d+: `) }).click();
    await expect(page.getByTestId("article-body").locator("mark.is-active").first()).toBeVisible();
    const highlighted = (await page.getByTestId("article-body").locator("mark.is-active").allTextContents()).join("");
    expect(highlighted, q.prompt).toBe(originals[i]);
  }

  // Every format downloads from the production build, and each file previews back into the new article.
  for (const format of ["moodle", "gift", "qti", "kahoot", "csv"]) {
    const res = await page.request.get(`/api/teacher/quizzes/${quizId}/export?format=${format}`);
    expect(res.status(), format).toBe(200);
    const bytes = await res.body();
    expect(bytes.length, format).toBeGreaterThan(100);
    const name = `quiz.${format === "moodle" ? "xml" : format === "gift" ? "gift" : format === "qti" ? "zip" : format === "kahoot" ? "xlsx" : "csv"}`;
    const back = await page.request.post(`/api/teacher/articles/${targetId}/import`, {
      multipart: { file: { name, mimeType: "application/octet-stream", buffer: bytes }, mode: "preview" },
    });
    expect(back.status(), format).toBe(200);
    const { preview: p } = (await back.json()) as {
      preview: { ready: { prompt: string }[]; skipped: { prompt: string }[] };
    };
    // Kahoot's file leaves out what does not fit its template (listed on the quiz page; counted in X-Fahm-Skipped).
    const left = Number(res.headers()["x-fahm-skipped"]);
    expect(left, format).toBe(format === "kahoot" ? left : 0);
    expect([...p.ready, ...p.skipped].length, format).toBe(3 - left);
  }
  expect(bankOf(targetId)).toHaveLength(before + 3);

  // Arabic interface: the same screens right to left.
  await setLocale(page.context(), page.url(), "ar");
  await page.reload();
  await page.getByText("استيراد أسئلة من ملف").click();
  await page.getByLabel("الملف المراد استيراده").setInputFiles(file);
  await page.getByRole("button", { name: "معاينة" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await shoot(page, "import-preview.ar");
  await page.goto(`/teacher/quizzes/${quizId}`);
  await expect(page.getByRole("region", { name: "تصدير" }).getByRole("link", { name: "Moodle XML" })).toBeVisible();
  await shoot(page, "quiz-export.ar");
});
