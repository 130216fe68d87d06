// Bad text at the boundary: a lone surrogate is refused with a clear message (not a 500 from the database), bidi
// controls are taken out of names, and an invisible mark does not hide a spreadsheet formula.
import { describe, expect, it } from "vitest";
import { ArticleInputSchema, ARTICLE_ERROR_MESSAGES } from "@/lib/validation/article";
import { cleanName, JoinSchema } from "@/lib/validation/classes";
import { questionContentSchema } from "@/lib/validation/question";
import { QuizSettingsSchema } from "@/lib/validation/quizzes";
import { safeCell } from "@/lib/results/results-csv";

const firstKey = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe("lone surrogates", () => {
  it("are refused in an article's title and text, with a message a person can act on", () => {
    expect(firstKey(ArticleInputSchema.safeParse({ title: "Bad \ud800 title", body: "Fine text here." }))).toBe(
      "textMalformed",
    );
    expect(firstKey(ArticleInputSchema.safeParse({ title: "Fine", body: "Broken \udc00 text." }))).toBe("bodyBinary");
    expect(ARTICLE_ERROR_MESSAGES.textMalformed).toMatch(/broken character/);
    // a whole emoji (a surrogate pair) is text like any other
    expect(ArticleInputSchema.safeParse({ title: "Reef 🐠", body: "Coral 🪸 reefs." }).success).toBe(true);
  });
  it("are refused in a question's prompt, choices and key, and in a quiz title", () => {
    const schema = questionContentSchema(100);
    expect(
      firstKey(schema.safeParse({ type: "mcq", prompt: "Who \ud83d?", choices: ["a", "b", "c"], answer: "a" })),
    ).toBe("textMalformed");
    expect(
      firstKey(schema.safeParse({ type: "mcq", prompt: "Who?", choices: ["a\udc00", "b", "c"], answer: "b" })),
    ).toBe("textMalformed");
    expect(firstKey(QuizSettingsSchema.safeParse({ title: "Quiz \ud800" }))).toBe("textMalformed");
  });
});

describe("names", () => {
  it("lose bidi controls and lone surrogates, so a name shows as typed", () => {
    expect(cleanName("\u202Eanirah")).toBe("anirah");
    expect(cleanName("Sa\u200Fra\u2066 Lind\u2069")).toBe("Sara Lind");
    expect(cleanName("Omar\ud800")).toBe("Omar");
    const r = JoinSchema.safeParse({ code: "ABC234", displayName: "\u202E\u202E" });
    expect(firstKey(r as never)).not.toBeNull();
  });
});

describe("CSV cells", () => {
  it("guard a formula behind an invisible direction mark or zero-width space", () => {
    expect(safeCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(safeCell("\u200F=HYPERLINK(1)")).toBe("'\u200F=HYPERLINK(1)");
    expect(safeCell("\u200B+1")).toBe("'\u200B+1");
    expect(safeCell("Sara = Sam")).toBe("Sara = Sam");
  });
});
