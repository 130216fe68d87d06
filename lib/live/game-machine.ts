// The live game's state machine (issue 10): lobby → question → reveal → question → … → podium, teacher-paced.
// Pure and clock-free (every transition is handed `now` in ms), so the server, its tests and a benchmark share it.
// An illegal transition is refused with IllegalTransitionError (HTTP 409), and the state is left as it was.
import { ConflictError } from "@/lib/errors";

export type LivePhase = "lobby" | "question" | "reveal" | "podium";
export type LiveAction = "start" | "close" | "next" | "pause" | "resume" | "skip" | "end";
export const LIVE_ACTIONS: readonly LiveAction[] = ["start", "close", "next", "pause", "resume", "skip", "end"];

export interface LiveState {
  phase: LivePhase;
  /** The question on screen (question/reveal), -1 in the lobby. */
  questionIndex: number;
  questionCount: number;
  /** When the current question opened, and when its time runs out (ms since the epoch); null when not counting. */
  openedAt: number | null;
  deadlineAt: number | null;
  /** While paused: the ms that were left on the clock. */
  pausedRemainingMs: number | null;
  /** Total ms the current question spent paused (subtracted from answer times). */
  pausedMs: number;
  /** When a pause began (to add its length to pausedMs on resume). */
  pausedAt: number | null;
  /** The questions the teacher skipped: moved on without revealing the key; they score nobody. */
  skipped: number[];
}

export class IllegalTransitionError extends ConflictError {
  constructor(
    readonly from: LivePhase,
    readonly action: LiveAction,
  ) {
    super(
      `“${action}” is not possible while the game is in “${from}”${from === "podium" ? " (it has ended)" : ""}.`,
      "illegal_transition",
    );
  }
}

export function initialState(questionCount: number): LiveState {
  return {
    phase: "lobby",
    questionIndex: -1,
    questionCount,
    openedAt: null,
    deadlineAt: null,
    pausedRemainingMs: null,
    pausedMs: 0,
    pausedAt: null,
    skipped: [],
  };
}

export const isPaused = (s: LiveState) => s.phase === "question" && s.pausedAt != null;

function openQuestion(s: LiveState, index: number, now: number, durationMs: number): LiveState {
  return {
    ...s,
    phase: "question",
    questionIndex: index,
    openedAt: now,
    deadlineAt: now + durationMs,
    pausedRemainingMs: null,
    pausedMs: 0,
    pausedAt: null,
  };
}

function toReveal(s: LiveState): LiveState {
  return { ...s, phase: "reveal", deadlineAt: null, pausedRemainingMs: null, pausedAt: null };
}

function toPodium(s: LiveState): LiveState {
  return { ...s, phase: "podium", deadlineAt: null, pausedRemainingMs: null, pausedAt: null };
}

/**
 * Applies one action. `durationMs` is how long the next question stays open (the longest time any player has,
 * accommodations included); it is only read by start/next.
 * - start: lobby → first question (a game without questions goes straight to the podium)
 * - close: question → reveal (time is up, everyone answered, or the teacher closes it early)
 * - skip: question → next question (or → podium after the last) without a reveal: the key is never shown and the
 *   question is marked skipped (it scores nobody)
 * - next: reveal → next question, or → podium after the last
 * - pause/resume: stop and restart the question's clock
 * - end: lobby/question/reveal → podium
 */
export function transition(s: LiveState, action: LiveAction, now: number, durationMs = 0): LiveState {
  const refuse = () => {
    throw new IllegalTransitionError(s.phase, action);
  };
  switch (action) {
    case "start":
      if (s.phase !== "lobby") return refuse();
      return s.questionCount === 0 ? toPodium(s) : openQuestion(s, 0, now, durationMs);
    case "close":
      if (s.phase !== "question") return refuse();
      return toReveal(s);
    case "skip": {
      if (s.phase !== "question") return refuse();
      const marked = { ...s, skipped: [...s.skipped, s.questionIndex] };
      return s.questionIndex + 1 >= s.questionCount
        ? toPodium(marked)
        : openQuestion(marked, s.questionIndex + 1, now, durationMs);
    }
    case "next":
      if (s.phase !== "reveal") return refuse();
      return s.questionIndex + 1 >= s.questionCount
        ? toPodium(s)
        : openQuestion(s, s.questionIndex + 1, now, durationMs);
    case "pause":
      if (s.phase !== "question" || s.pausedAt != null) return refuse();
      return { ...s, pausedAt: now, pausedRemainingMs: Math.max(0, (s.deadlineAt ?? now) - now), deadlineAt: null };
    case "resume":
      if (s.phase !== "question" || s.pausedAt == null) return refuse();
      return {
        ...s,
        deadlineAt: now + (s.pausedRemainingMs ?? 0),
        pausedMs: s.pausedMs + (now - s.pausedAt),
        pausedAt: null,
        pausedRemainingMs: null,
      };
    case "end":
      if (s.phase === "podium") return refuse();
      return toPodium(s);
  }
}

/** Whether an answer to question `index` may be taken now (the question is open, not paused, and in time). */
export function canAnswer(s: LiveState, index: number): "ok" | "not_open" | "wrong_question" | "paused" {
  if (s.phase !== "question") return "not_open";
  if (index !== s.questionIndex) return "wrong_question";
  if (s.pausedAt != null) return "paused";
  return "ok";
}

/** The saved list of skipped questions (LiveGame.skipped, JSON); anything else reads as none. */
export function parseSkipped(json: string): number[] {
  try {
    const xs: unknown = JSON.parse(json);
    return Array.isArray(xs) ? xs.filter((x): x is number => Number.isInteger(x)) : [];
  } catch {
    return [];
  }
}
