import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getArticle, listArticles } from "@/lib/articles/get-article";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from "../setup/factories";

describe("createArticle", () => {
  it("saves the article and questions whose evidence lies inside its text", async () => {
    const saved = await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE });
    expect(saved.language).toBe("en");
    const article = await getArticle(saved.id);
    expect(article.questions.length).toBeGreaterThan(0);
    for (const q of article.questions) {
      expect(q.evidence.start).toBeGreaterThanOrEqual(0);
      expect(q.evidence.end).toBeLessThanOrEqual(ENGLISH_ARTICLE.length);
      expect(q.evidence.text).toBe(ENGLISH_ARTICLE.slice(q.evidence.start, q.evidence.end));
    }
  });

  it("detects Arabic", async () => {
    const saved = await createArticle({ title: "مكتبة", body: ARABIC_ARTICLE });
    expect(saved.language).toBe("ar");
    expect(saved._count.questions).toBeGreaterThan(0);
  });

  it.each([
    ["a missing title", { body: ENGLISH_ARTICLE }, "titleRequired"],
    ["a blank title", { title: "   ", body: ENGLISH_ARTICLE }, "titleRequired"],
    ["an empty body", { title: "x", body: "" }, "bodyRequired"],
    ["a whitespace body", { title: "x", body: " \n\t " }, "bodyRequired"],
    ["a body over 100,000 characters", { title: "x", body: "a".repeat(100_001) }, "bodyTooLong"],
    ["binary content", { title: "x", body: "\u0000\u0001\u0002PK".repeat(40) }, "bodyBinary"],
    ["not an object", "hello", "invalid_input"],
  ])("refuses %s and saves nothing", async (_name, input, code) => {
    const before = await db.article.count();
    const err = await createArticle(input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).code).toBe(code);
    expect((err as ValidationError).status).toBe(400);
    expect(await db.article.count()).toBe(before);
  });

  it("saves an article with nothing to ask, with a notice", async () => {
    const saved = await createArticle({ title: "Tiny", body: "ok" });
    expect(saved._count.questions).toBe(0);
    expect(saved.notice).toEqual(expect.any(String));
  });

  it("lists newest first and 404s unknown ids", async () => {
    const a = await createArticle({ title: "First", body: ENGLISH_ARTICLE });
    const b = await createArticle({ title: "Second", body: ENGLISH_ARTICLE });
    const ids = (await listArticles()).map((x) => x.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    await expect(getArticle("nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});
