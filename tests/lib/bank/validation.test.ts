import { describe, expect, it } from "vitest";
import { parseQuestionContent } from "@/lib/validation/question";

const body = "One sentence here. Another sentence there.";
const ok = { type: "mcq", prompt: "Which?", choices: ["a", "b", "c"], answer: "b", evidence: { start: 0, end: 18 } };

describe("parseQuestionContent", () => {
  it("accepts a well-formed choice question and trims its text", () => {
    const r = parseQuestionContent(
      { ...ok, prompt: "  Which?  ", choices: [" a", "b ", "c"] },
      { bodyLength: body.length },
    );
    expect(r).toEqual({ ok: true, data: { ...ok } });
  });

  it.each([
    ["an empty prompt", { ...ok, prompt: "   " }, "promptRequired"],
    ["a prompt over 500 characters", { ...ok, prompt: "x".repeat(501) }, "promptTooLong"],
    ["a key that is not a choice", { ...ok, answer: "z" }, "keyNotInChoices"],
    ["duplicate choices", { ...ok, choices: ["a", "A ", "c"], answer: "a" }, "duplicateChoices"],
    ["an empty choice", { ...ok, choices: ["a", " ", "c"] }, "choiceRequired"],
    ["one choice", { ...ok, choices: ["b"] }, "tooFewChoices"],
    ["seven choices", { ...ok, choices: ["a", "b", "c", "d", "e", "f", "g"] }, "tooManyChoices"],
    ["a choice over 200 characters", { ...ok, choices: ["a", "b", "c".repeat(201)] }, "choiceTooLong"],
    ["evidence that ends before it starts", { ...ok, evidence: { start: 5, end: 5 } }, "evidenceInvalid"],
    [
      "evidence past the end of the text",
      { ...ok, evidence: { start: 0, end: body.length + 1 } },
      "evidenceOutOfRange",
    ],
    ["negative evidence", { ...ok, evidence: { start: -1, end: 3 } }, "evidenceInvalid"],
    [
      "a true/false key that is not true or false",
      { type: "true_false", prompt: "p", answer: "yes" },
      "keyNotTrueFalse",
    ],
    [
      "a short answer with choices",
      { type: "short_answer", prompt: "p", answer: "k", choices: ["a"] },
      "noChoicesAllowed",
    ],
    ["a short answer without key", { type: "short_answer", prompt: "p", answer: "  " }, "keyRequired"],
    ["an unknown type", { ...ok, type: "essay" }, "typeInvalid"],
  ])("refuses %s", (_name, input, error) => {
    const r = parseQuestionContent(input, { bodyLength: body.length });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(error);
  });

  it("forces true/false choices and keeps timeline items untouched", () => {
    const tf = parseQuestionContent(
      { type: "true_false", prompt: "p", answer: "false", choices: ["x"] },
      { bodyLength: 10 },
    );
    expect(tf.ok && tf.data.choices).toEqual(["true", "false"]);
    const tl = parseQuestionContent(
      { prompt: "Order them", choices: ["hack"], answer: "hack" },
      { bodyLength: 10, type: "timeline" },
    );
    expect(tl).toEqual({ ok: true, data: { type: "timeline", prompt: "Order them" } });
  });

  it("requires evidence and a hand-writable type for a manual question", () => {
    const { evidence: _e, ...noEvidence } = ok;
    const r = parseQuestionContent(noEvidence, { bodyLength: body.length, manual: true });
    expect(r.ok || r.error).toBe("evidenceRequired");
    const t = parseQuestionContent(
      { type: "matching", prompt: "p", evidence: { start: 0, end: 3 } },
      { bodyLength: 10, manual: true },
    );
    expect(t.ok || t.error).toBe("typeInvalid");
  });
});

describe("splitArticleSentences", () => {
  it("covers every line with trimmed, non-empty sentence spans", async () => {
    const { splitArticleSentences } = await import("@/lib/bank/article-sentences");
    const text = "Title line\n\n  First one. Second one!  \nوقال الوزير: نعم. ثم غادر.";
    const spans = splitArticleSentences(text, "en");
    const texts = spans.map((s) => text.slice(s.start, s.end));
    expect(texts).toContain("Title line");
    expect(texts).toContain("First one.");
    expect(texts).toContain("Second one!");
    for (const t of texts) expect(t).toBe(t.trim());
    expect(spans.every((s) => s.end > s.start)).toBe(true);
  });
});
