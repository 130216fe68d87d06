// What the live game sends over its event streams: one view for the projector, one per phone. A phone's view
// never holds an answer key while its question is open (issue 10: keys never reach phones before a question closes).
import type { StudentQuestion } from "@/lib/question-rows";
import type { LivePhase } from "./game-machine";
import type { ScoringMode } from "./scoring";

export interface LiveQuestionView extends StudentQuestion {
  language: string;
}

export interface RankedName {
  id: string;
  name: string;
  score: number;
  rank: number;
}

export interface RevealView {
  answer: string | string[];
  evidence: string;
  /** Choice questions: one bar per choice; other types: right vs wrong. */
  distribution: { label: string; count: number; isCorrect: boolean }[];
  answered: number;
}

export interface PlayerView {
  gameId: string;
  phase: LivePhase;
  isPaused: boolean;
  questionIndex: number;
  questionCount: number;
  /** The questions the teacher skipped (no key shown; they score nobody). */
  skipped: number[];
  me: { name: string; score: number; streak: number; rank: number | null; extraTimePercent: number };
  playerCount: number;
  /** The open question (no key), while phase is "question". */
  question: LiveQuestionView | null;
  /** Ms left for this player (their accommodation included); null when the clock is not running. */
  remainingMs: number | null;
  hasAnswered: boolean;
  /** After the question closes: this player's outcome, the key and its evidence. */
  result: { given: string | string[] | null; isCorrect: boolean; points: number } | null;
  reveal: Pick<RevealView, "answer" | "evidence"> | null;
  top: RankedName[];
}

export interface HostView {
  gameId: string;
  pin: string;
  phase: LivePhase;
  isPaused: boolean;
  scoring: ScoringMode;
  streakBonus: boolean;
  questionSec: number;
  questionIndex: number;
  questionCount: number;
  /** The questions the teacher skipped (no key shown; they score nobody). */
  skipped: number[];
  /** isClassStudent: recognised by their device (their extra time comes from the class's accommodations). */
  players: { id: string; name: string; extraTimePercent: number; isClassStudent: boolean; isConnected: boolean }[];
  question: LiveQuestionView | null;
  remainingMs: number | null;
  answeredCount: number;
  reveal: RevealView | null;
  top: RankedName[];
}
