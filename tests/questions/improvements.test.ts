// Unit tests for the coverage improvements (pronoun-initial sentences, figures, Arabic ordinal dates …), on invented texts.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../questions/index";
import { setStrictMode } from "../../questions/generate";

setStrictMode(true);

describe("sentences opening with a pronoun", () => {
  const text = [
    "The Harbor Renewal Act sets aside $3.4bn for new ferry terminals along the northern coast of the region.",
    "It also creates a 15% tax credit for shipyards that hire local apprentices over the coming decade.",
    "The mayor welcomed the plan at a crowded meeting in the old town hall last week.",
    "However, it was criticised by several councillors for its cost.",
  ].join(" ");
  const res = generateQuestions(text, { count: 30, lang: "en" });
  it("asks about facts of an 'It …' sentence, with the pronoun resolved in the prompt", () => {
    const q = res.questions.find((x) => x.answer === "15%");
    expect(q).toBeDefined();
    expect(q!.prompt).toContain("It [the Harbor Renewal Act] also creates");
  });
  it("keeps connective-initial sentences out", () => {
    expect(res.questions.some((x) => x.prompt.includes("However, it was criticised"))).toBe(false);
  });
  it("shows the previous sentence when no named subject resolves the pronoun", () => {
    const t2 = "The lighthouse keeper's daughter met a young fisherman from the village in 1871. They married on 12 May 1874 in the small chapel by the harbour.";
    const r2 = generateQuestions(t2, { count: 30, lang: "en" });
    const q = r2.questions.find((x) => x.prompt.includes("They married on"));
    expect(q).toBeDefined();
    expect(q!.prompt).toContain("met a young fisherman from the village in 1871. They married on");
  });
});
