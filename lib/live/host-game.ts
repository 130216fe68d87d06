// The teacher's side of a live game: create it from a quiz, pace it, remove a name, give a player more time, and
// the projector's view. Only the game's owner gets past getHostGame (another teacher's game is "not found").
import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { loadQuizItems } from "@/lib/quizzes/get-quiz";
import type { LiveAction } from "./game-machine";
import { announce } from "./live-cluster";
import { activePlayers, applyAction, getGame, localChange, publish, type LiveGameRt } from "./live-runtime";
import type { HostView, RankedName, RevealView } from "./live-types";
import { playerLimitMs, type ScoringMode } from "./scoring";
import type { QuestionType } from "@/questions/types";

export async function createLiveGame(o: {
  teacherId: string;
  quizId: string;
  questionSec: number;
  scoring: ScoringMode;
  streakBonus: boolean;
}) {
  const quiz = await db.quiz.findFirst({ where: { id: o.quizId, ownerId: o.teacherId }, select: { id: true } });
  if (!quiz) throw new NotFoundError("No such quiz.");
  const rows = await loadQuizItems(quiz.id);
  const ids = rows.filter((r) => r.status === "approved" && r.archivedAt == null).map((r) => r.id);
  if (ids.length === 0) throw new ValidationError("This quiz has no questions to play.", "no_questions");
  let pin = "";
  for (let i = 0; i < 50 && !pin; i++) {
    const candidate = String(randomInt(100_000, 1_000_000));
    const taken = await db.liveGame.findFirst({
      where: { pin: candidate, phase: { not: "podium" } },
      select: { id: true },
    });
    if (!taken) pin = candidate;
  }
  if (!pin) throw new ValidationError("No game PIN is free right now; try again.", "no_pin");
  return db.liveGame.create({
    data: {
      ownerId: o.teacherId,
      quizId: quiz.id,
      pin,
      questionIds: JSON.stringify(ids),
      scoring: o.scoring,
      streakBonus: o.streakBonus,
      questionSec: o.questionSec,
    },
    select: { id: true, pin: true },
  });
}

export async function getHostGame({ teacherId, gameId }: { teacherId: string; gameId: string }): Promise<LiveGameRt> {
  const game = await getGame(gameId).catch((err: unknown) => {
    if (err instanceof NotFoundError) throw new NotFoundError("No such game.");
    throw err;
  });
  if (game.ownerId !== teacherId) throw new NotFoundError("No such game.");
  return game;
}

/** The longest time any player has for one question (their accommodations included). */
function longestLimitMs(game: LiveGameRt) {
  const base = game.questionSec * 1000;
  return Math.max(base, ...activePlayers(game).map((p) => playerLimitMs(base, p.extraTimePercent)));
}

export async function controlGame(o: { teacherId: string; gameId: string; action: LiveAction }) {
  const game = await getHostGame(o);
  await applyAction(game, o.action, longestLimitMs(game));
  return hostView(game);
}

export async function removePlayer(o: { teacherId: string; gameId: string; playerId: string }) {
  const game = await getHostGame(o);
  const player = game.players.get(o.playerId);
  if (!player || player.isRemoved) throw new NotFoundError("No such player.");
  await localChange(game, async () => {
    await db.livePlayer.update({ where: { id: player.id }, data: { removedAt: new Date() } });
    player.isRemoved = true;
  });
  publish(game, { kind: "removed", playerId: player.id });
  publish(game, { kind: "roster" });
  await announce(game.id);
  // everyone still in the game may have answered already
  const active = activePlayers(game);
  if (game.state.phase === "question" && active.length > 0 && active.every((p) => game.answers.has(p.id)))
    await applyAction(game, "close").catch(() => {});
  return hostView(game);
}

export async function setPlayerExtraTime(o: {
  teacherId: string;
  gameId: string;
  playerId: string;
  extraTimePercent: number;
}) {
  const game = await getHostGame(o);
  const player = game.players.get(o.playerId);
  if (!player || player.isRemoved) throw new NotFoundError("No such player.");
  await localChange(game, async () => {
    await db.livePlayer.update({ where: { id: player.id }, data: { extraTimePercent: o.extraTimePercent } });
    player.extraTimePercent = o.extraTimePercent;
  });
  publish(game, { kind: "roster" });
  publish(game, { kind: "player", playerId: player.id }); // their phone shows (and counts down) the new time
  await announce(game.id);
  return hostView(game);
}

export function topNames(game: LiveGameRt, n = 5): RankedName[] {
  return activePlayers(game)
    .map((p) => ({ id: p.id, name: p.name, score: p.score, rank: game.ranks.get(p.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((p, i) => ({ ...p, rank: p.rank || i + 1 }));
}

function revealOf(game: LiveGameRt): RevealView | null {
  const q = game.questions[game.state.questionIndex];
  if (!q || game.state.phase !== "reveal") return null;
  const answers = [...game.answers.values()];
  const isChoice = !["short_answer", "timeline", "matching"].includes(q.type);
  const distribution = isChoice
    ? q.choices.map((c) => ({
        label: c,
        count: answers.filter((a) => a.given === c).length,
        isCorrect: c === q.answer,
      }))
    : [
        { label: "correct", count: answers.filter((a) => a.isCorrect).length, isCorrect: true },
        { label: "incorrect", count: answers.filter((a) => !a.isCorrect).length, isCorrect: false },
      ];
  return { answer: q.answer, evidence: q.evidence, distribution, answered: answers.length };
}

export function remainingMs(game: LiveGameRt, extraMs = 0): number | null {
  const s = game.state;
  if (s.phase !== "question") return null;
  const shortBy = game.openLimitMs - extraMs; // how much sooner than the game's deadline this clock ends
  if (s.pausedAt != null) return Math.max(0, (s.pausedRemainingMs ?? 0) - shortBy);
  return s.deadlineAt == null ? null : Math.max(0, s.deadlineAt - shortBy - Date.now());
}

export function hostView(game: LiveGameRt): HostView {
  const s = game.state;
  const q = s.phase === "question" || s.phase === "reveal" ? game.questions[s.questionIndex] : undefined;
  const base = game.questionSec * 1000;
  return {
    gameId: game.id,
    pin: game.pin,
    phase: s.phase,
    isPaused: s.pausedAt != null,
    scoring: game.scoring,
    streakBonus: game.streakBonus,
    questionSec: game.questionSec,
    questionIndex: s.questionIndex,
    questionCount: game.questions.length,
    skipped: s.skipped,
    players: activePlayers(game).map((p) => ({
      id: p.id,
      name: p.name,
      extraTimePercent: p.extraTimePercent,
      isClassStudent: p.studentId != null,
      isConnected: p.connections > 0,
    })),
    question: q
      ? {
          id: q.id,
          type: q.type as QuestionType,
          prompt: q.prompt,
          choices: q.choices,
          ...(q.left ? { left: q.left } : {}),
          language: game.language,
        }
      : null,
    // the projector counts down the base time; accommodated players keep answering after it (the question stays open)
    remainingMs: remainingMs(game, base),
    answeredCount: game.answers.size,
    reveal: revealOf(game),
    top: s.phase === "reveal" || s.phase === "podium" ? topNames(game) : [],
  };
}
