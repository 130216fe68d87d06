import { expect, test } from "./test";
import { countArticlesMarked } from "./helpers";

const ENGLISH = `Harbor Bridge opens after $410 million build
The city council of Norwick approved the Harbor Bridge project on 12 March 2019, after a decade of debate.
Construction began in 2020 and was led by the engineering firm Caldwell & Shore.
"This bridge will connect two halves of our city," said Mayor Helen Ortiz at the opening ceremony.
The bridge cost $410 million and carries about 38,000 vehicles a day.
In 2023, the council renamed the old ferry terminal the Ortiz Maritime Museum.
Engineer Samuel Price said the deck was designed to survive winds of 200 km/h.
The project employed 1,200 workers at its peak in 2021.`;

test("pasting an English article generates grounded questions", async ({ page }) => {
  const title = `Harbor Bridge ${Date.now()}`;
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(ENGLISH);
  await page.getByRole("button", { name: "Generate questions" }).click();
  await page.waitForURL(/\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("article-body")).toHaveAttribute("dir", "ltr");
  const asked = await page.locator(".question-card").count();
  expect(asked).toBeGreaterThanOrEqual(1);
  // fewer than the twelve asked for: the page says why rather than padding the quiz
  if (asked < 12) await expect(page.getByRole("note")).toContainText(`Fahm asked only ${asked} question`);
  await expect(page.getByRole("button", { name: "Practise this article" })).toBeVisible();
});

test.describe("bad input is refused with a clear message and nothing is saved", () => {
  const cases: { name: string; title: string; body: string; message: RegExp }[] = [
    { name: "missing title", title: "", body: "Some text. More text.", message: /Give the article a title/ },
    { name: "empty text", title: "Empty", body: "", message: /it is empty/ },
    { name: "whitespace only", title: "Blank", body: "   \n\t  \n ", message: /it is empty/ },
    { name: "too long", title: "Huge", body: "word ".repeat(20_001), message: /too long/ },
    {
      name: "binary",
      title: "Binary",
      body: "PK\u0003\u0004\u0000\u0000\u0001\u0002".repeat(50),
      message: /does not look like text/,
    },
  ];
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      // Other workers create articles meanwhile, so look for this test's own marker rather than a global count.
      const marker = `m${Date.now()}${Math.random().toString(36).slice(2)}`;
      const title = c.title ? `${c.title} ${marker}` : "";
      const body = c.title ? c.body : `${c.body} ${marker}`;
      await page.goto("/articles/new");
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Article text").fill(body);
      await page.getByRole("button", { name: "Generate questions" }).click();
      await expect(page.getByRole("alert").filter({ hasText: c.message })).toBeVisible();
      await expect(page).toHaveURL(/\/articles\/new$/);
      expect(countArticlesMarked(marker)).toBe(0);
    });
  }

  test("the API answers 4xx with a JSON error", async ({ request }) => {
    const marker = `api${Date.now()}`;
    for (const data of [
      { title: marker, body: "  " },
      { body: `text ${marker}` },
      { title: marker, body: "a".repeat(100_001) },
    ]) {
      const res = await request.post("/api/articles", { data });
      expect(res.status()).toBe(400);
      const json = await res.json();
      expect(json.error.code).toEqual(expect.any(String));
      expect(json.error.message).toEqual(expect.any(String));
    }
    const malformed = await request.post("/api/articles", {
      data: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status()).toBe(400);
    expect(countArticlesMarked(marker)).toBe(0);
  });

  test("an article with nothing to ask is saved with a notice", async ({ page }) => {
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill(`Nothing ${Date.now()}`);
    await page.getByLabel("Article text").fill("ok");
    await page.getByRole("button", { name: "Generate questions" }).click();
    await page.waitForURL(/\/articles\/[^/]+$/);
    await expect(page.getByRole("status").filter({ hasText: /nothing to ask|found no/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Practise this article" })).toHaveCount(0);
  });
});

test("unknown ids show the not-found page with a 404", async ({ page }) => {
  for (const path of ["/articles/does-not-exist", "/attempts/does-not-exist"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
