// The attempt the server sends the quiz player (components/quiz/store.ts), for the player's own tests: a practice
// attempt with feedback at once and no clock, its questions "q1", "q2", … and nothing answered yet.
import type { ServerAttempt } from "@/components/quiz/store";

export const PRACTICE_RULES: ServerAttempt["rules"] = {
  isAssignment: false,
  feedback: "immediate",
  canReveal: true,
  canShowKeys: true,
  deadlineAt: null,
  dueAt: null,
  warningMs: null,
  extensionMs: null,
  canExtend: false,
};

export function serverAttempt(questions: number, patch: Partial<ServerAttempt> = {}): ServerAttempt {
  return {
    id: "a1",
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: null,
    score: 0,
    total: questions,
    rules: PRACTICE_RULES,
    questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i + 1}` })),
    responses: [],
    ...patch,
  };
}
