import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedSample } from "@/lib/seed/sample";

describe("seedSample", () => {
  it("seeds the sample article with questions once; a second run changes nothing", async () => {
    const first = await seedSample(db);
    expect(first.created).toBe(true);
    const count = await db.question.count({ where: { articleId: first.id } });
    expect(count).toBeGreaterThanOrEqual(3);
    // the question the sample must ask: which operation succeeded Serval (→ برخان)
    expect(await db.question.count({ where: { articleId: first.id, answer: JSON.stringify("برخان") } })).toBe(1);
    const second = await seedSample(db);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await db.article.count()).toBe(1);
    expect(await db.question.count({ where: { articleId: first.id } })).toBe(count);
  });
});
