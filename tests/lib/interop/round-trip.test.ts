// Every format, both quizzes: export, import, and the same questions come back (Arabic included); questions a format
// cannot carry are reported, never dropped silently. Evidence travels as general feedback and is re-anchored.
import { describe, expect, it } from "vitest";
import { exportCsv, importCsv } from "@/lib/interop/csv";
import { exportGift, importGift } from "@/lib/interop/gift";
import { previewAgainst } from "@/lib/interop/import-questions";
import { exportKahoot, importKahoot, kahootMisfits } from "@/lib/interop/kahoot";
import { exportMoodleXml, importMoodleXml } from "@/lib/interop/moodle-xml";
import { exportQti, importQti } from "@/lib/interop/qti";
import type { ExportSource, ParsedFile } from "@/lib/interop/types";
import { ENGLISH_ARTICLE } from "../../setup/factories";
import { comparable, ENGLISH_QUIZ, SAMPLE_BODY, SAMPLE_QUIZ } from "./quizzes";

const FORMATS: Record<string, (src: ExportSource) => Promise<ParsedFile>> = {
  "Moodle XML": async (src) => importMoodleXml(exportMoodleXml(src)),
  GIFT: async (src) => importGift(exportGift(src)),
  "QTI 2.1": async (src) => importQti(exportQti(src)),
  CSV: async (src) => importCsv(exportCsv(src)),
};

const QUIZZES = [
  { name: "the Arabic sample quiz", quiz: SAMPLE_QUIZ, body: SAMPLE_BODY },
  { name: "a mixed English quiz", quiz: ENGLISH_QUIZ, body: ENGLISH_ARTICLE },
];

describe.each(Object.entries(FORMATS))("%s round trip", (_name, roundTrip) => {
  it.each(QUIZZES)(
    "gives back every question of $name, evidence anchored at the same place",
    async ({ quiz, body }) => {
      expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
      const back = await roundTrip(quiz);
      expect(back.skipped).toEqual([]);
      expect(back.questions.map(comparable)).toEqual(quiz.questions.map(comparable));
      const preview = previewAgainst({ format: "csv", ...back }, body);
      expect(preview.skipped).toEqual([]);
      expect(preview.ready.map((q) => q.evidence && { start: q.evidence.start, end: q.evidence.end })).toEqual(
        quiz.questions.map((q) => q.evidence),
      );
    },
  );
});

describe("Kahoot round trip", () => {
  it.each(QUIZZES)(
    "gives back the multiple-choice and true/false questions of $name and lists the others with the reason",
    async ({ quiz }) => {
      const { bytes, skipped } = await exportKahoot(quiz);
      expect(skipped).toEqual(kahootMisfits(quiz.questions));
      const reasons = new Set(skipped.map((s) => s.code));
      expect(reasons.has("unsupported_type")).toBe(true); // matching, timeline and typed answers have no Kahoot form
      const kept = quiz.questions.filter((_, i) => !skipped.some((s) => s.n === i + 1));
      expect(kept.length).toBeGreaterThan(0);
      const back = await importKahoot(bytes);
      expect(back.skipped).toEqual([]);
      // Kahoot keeps neither Fahm's kind of multiple choice (date, number…) nor the evidence.
      expect(
        back.questions.map((q) => ({ type: q.type, prompt: q.prompt, choices: q.choices, answer: q.answer })),
      ).toEqual(
        kept.map((q) => ({
          type: q.type === "true_false" ? "true_false" : "mcq",
          prompt: q.prompt,
          choices: q.choices,
          answer: q.answer,
        })),
      );
    },
  );

  it("reports a question that is too long, and too many or too long answers", () => {
    const long = "س".repeat(121);
    const misfits = kahootMisfits([
      { type: "mcq", prompt: long, choices: ["a", "b"], answer: "a" },
      { type: "mcq", prompt: "ok", choices: ["a", "b", "c", "d", "e"], answer: "a" },
      { type: "mcq", prompt: "ok", choices: ["a", "ب".repeat(76)], answer: "a" },
      { type: "mcq", prompt: "س".repeat(120), choices: ["a", "ب".repeat(75)], answer: "a" },
    ]);
    expect(misfits.map((m) => [m.n, m.code])).toEqual([
      [1, "prompt_too_long"],
      [2, "too_many_choices"],
      [3, "choice_too_long"],
    ]);
  });
});

describe("re-anchoring", () => {
  it("finds the evidence in another copy of the article whatever its spacing, and flags what is not there", () => {
    const moved = `A new first line.\n\n${SAMPLE_BODY.replace(/ /g, "  ")}`;
    const back = importMoodleXml(exportMoodleXml(SAMPLE_QUIZ));
    const preview = previewAgainst({ format: "moodle", ...back }, moved);
    // Every exported question comes back ready (an empty list would make the loop below prove nothing).
    expect(preview.ready).toHaveLength(SAMPLE_QUIZ.questions.length);
    for (const q of preview.ready) {
      expect(q.evidence).not.toBeNull();
      expect(q.evidence!.text.replace(/\s+/g, " ")).toBe(
        SAMPLE_QUIZ.questions[q.n - 1]!.evidenceText!.replace(/\s+/g, " "),
      );
    }
    const elsewhere = previewAgainst({ format: "moodle", ...back }, ENGLISH_ARTICLE);
    expect(elsewhere.ready).toHaveLength(SAMPLE_QUIZ.questions.length);
    expect(elsewhere.ready.every((q) => q.evidence === null && q.unmatchedEvidence)).toBe(true);
  });
});
