import { describe, expect, it } from "vitest";
import {
  hasVerdict,
  initialQuizState,
  isRevealed,
  reconcileState,
  type Result,
  type ServerAttempt,
} from "@/components/quiz/store";
import { PRACTICE_RULES, serverAttempt } from "../setup/server-attempt";

const rules = PRACTICE_RULES;
const verdict = (r: Result | undefined) => (isRevealed(r) ? r.correct : undefined);

const evidence = { before: "", text: "Proof.", after: "" };
const server = (responses: ServerAttempt["responses"], score: number) => serverAttempt(3, { responses, score });

describe("quiz store reconciliation", () => {
  it("opens a fresh device at the first unanswered question", () => {
    const s = initialQuizState(server([{ questionId: "q1", given: "A", correct: true, answer: "A", evidence }], 1));
    expect(s.current).toBe(1);
    expect(verdict(s.results.q1)).toBe(true);
    expect(s.score).toBe(1);
  });

  it("lets the server's record win over local state", () => {
    const local = {
      ...initialQuizState(server([], 0)),
      answers: { q1: "B", q2: "C" },
      results: { q1: { correct: false, answer: "A", evidence } },
      pending: ["q2"],
      score: 0,
    };
    const next = reconcileState(
      local,
      server([{ questionId: "q1", given: "A", correct: true, answer: "A", evidence }], 1),
    );
    expect(next.answers?.q1).toBe("A");
    expect(verdict(next.results?.q1)).toBe(true);
    expect(next.score).toBe(1);
    // q2 was given offline and the server has not seen it: it stays queued.
    expect(next.pending).toEqual(["q2"]);
  });

  it("requeues a local verdict the server does not know", () => {
    const local = {
      ...initialQuizState(server([], 0)),
      answers: { q3: "X" },
      results: { q3: { correct: true, answer: "X", evidence } },
    };
    const next = reconcileState(local, server([], 0));
    expect(next.results?.q3).toBeUndefined();
    expect(next.pending).toEqual(["q3"]);
  });
});

describe("hidden verdicts", () => {
  it("keeps a saved-but-hidden answer as saved, without inventing a verdict", () => {
    const hiddenRules = {
      ...rules,
      isAssignment: true,
      feedback: "after_submit" as const,
      canReveal: false,
      canShowKeys: false,
    };
    const s = initialQuizState({
      ...server([{ questionId: "q1", given: "A", hidden: true }], 0),
      rules: hiddenRules,
      score: null,
    });
    expect(s.results.q1).toEqual({ hidden: true });
    expect(isRevealed(s.results.q1)).toBe(false);
    expect(s.score).toBeNull();
    expect(s.current).toBe(1);
  });
});

describe("verdicts without keys (issue 8: retries reveal keys)", () => {
  it("keeps correct/incorrect and drops anything key-like the server did not send", () => {
    const verdictRules = { ...rules, isAssignment: true, feedback: "after_submit" as const, canShowKeys: false };
    const s = initialQuizState({
      ...server([{ questionId: "q1", given: "B", correct: false }], 0),
      rules: verdictRules,
      finishedAt: "2026-01-01T00:05:00.000Z",
    });
    expect(s.results.q1).toEqual({ correct: false });
    expect(hasVerdict(s.results.q1)).toBe(true);
    expect(isRevealed(s.results.q1)).toBe(false);
    expect(s.score).toBe(0);
  });
});
