// isComplete decides whether the player lets a student send an answer: an incomplete ordering or matching, or a blank
// text, must not be sent (it would be marked wrong), and a complete one must never be blocked.
import { describe, expect, it } from "vitest";
import { isComplete, type PlayerQuestion } from "@/components/quiz/question-input";

const q = (type: string, extra: Partial<PlayerQuestion> = {}): PlayerQuestion => ({
  id: "q1",
  type,
  prompt: "?",
  choices: ["A", "B", "C"],
  ...extra,
});

describe("isComplete", () => {
  it("needs an answer at all", () => {
    for (const type of ["mcq", "true_false", "short_answer", "timeline", "matching"])
      expect(isComplete(q(type, { left: ["x"] }), undefined)).toBe(false);
  });

  it("a choice or a text needs something other than blanks", () => {
    expect(isComplete(q("mcq"), "B")).toBe(true);
    expect(isComplete(q("short_answer"), "  1903 ")).toBe(true);
    expect(isComplete(q("short_answer"), "")).toBe(false);
    expect(isComplete(q("short_answer"), "   ")).toBe(false);
    expect(isComplete(q("mcq"), ["B"])).toBe(false);
  });

  it("an ordering needs every item placed", () => {
    const timeline = q("timeline");
    expect(isComplete(timeline, ["C", "A", "B"])).toBe(true);
    expect(isComplete(timeline, ["C", "A"])).toBe(false);
    expect(isComplete(timeline, "C")).toBe(false);
  });

  it("a matching needs every left item paired, each with a different choice", () => {
    const matching = q("matching", { left: ["Curie", "Einstein", "Bohr"] });
    expect(isComplete(matching, ["B", "A", "C"])).toBe(true);
    expect(isComplete(matching, ["B", "", "C"])).toBe(false);
    expect(isComplete(matching, ["B", "A"])).toBe(false);
    expect(isComplete(matching, ["B", "B", "C"])).toBe(false);
  });
});
