// The phone's side of a live game: join with the PIN and a name (the device cookie makes a reload or a dropped
// connection the same player), answer the open question once, answer the server's round-trip pings, and the phone's
// own view. Answers are judged by the generator's checker on the server; the key reaches a phone only in the view
// after the question closes.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  AppError,
  ConflictError,
  ForbiddenError,
  isUniqueViolation,
  NotFoundError,
  ValidationError,
} from "@/lib/errors";
import { checkAnswerShape } from "@/lib/attempts/answer-shape";
import { immediateTransaction, onSqlite, sqliteDate, statement } from "@/lib/sqlite-statements";
import { giveBack, take, type LimitRule } from "@/lib/rate-limit";
import { TooManyAttemptsError } from "@/lib/students/join-rate-limit";
import { checkAnswer } from "@/questions/index";
import type { QuestionType } from "@/questions/types";
import { canAnswer } from "./game-machine";
import { announce, isClustered } from "./live-cluster";
import { remainingMs, topNames } from "./host-game";
import { createGroupCommit, type GroupCommit } from "./group-commit";
import {
  applyAction,
  getGame,
  publish,
  registry,
  localChange,
  signalAnswered,
  type LiveAnswerRt,
  type LiveGameRt,
  type LivePlayerRt,
  voidLateSkippedAnswer,
} from "./live-runtime";
import type { PlayerView, RankedName } from "./live-types";
import { addRttSample, playerLimitMs, responseTimeMs, roundTripMs, scoreAnswer } from "./scoring";

class GameEndedError extends AppError {
  constructor() {
    super(410, "game_ended", "This game has ended.");
  }
}

/** An answer may arrive this long after the player's time ran out (the network's share is its round trip). */
const LATE_GRACE_MS = 1000;

async function gameByPin(pin: string): Promise<LiveGameRt> {
  const row = await db.liveGame.findFirst({
    where: { pin },
    orderBy: { createdAt: "desc" },
    select: { id: true, phase: true },
  });
  if (!row) throw new NotFoundError("No game has that PIN. Check the number on the screen.");
  if (row.phase === "podium") throw new GameEndedError();
  const game = await getGame(row.id);
  if (game.state.phase === "podium") throw new GameEndedError();
  return game;
}

/** Wrong PINs one device may try per minute (a right one is given back, so only guesses use the limit up). */
const LIVE_PIN_TRIES: LimitRule = { name: "live-pin-device", points: 10, durationSec: 60 };

const NAME_TAKEN = "Someone in this game already has that name. Add an initial or a number.";

/**
 * Joins a game, or gives this device its player back. A guest types a name; a student of the teacher's class whose
 * device is linked to them (they joined the class on it, or resumed with their PIN) plays under their roster name,
 * and the game's results name them as that student. The same student on a second device (a flat battery, a borrowed
 * phone) takes their player over, score and streak included.
 */
export async function joinGame(o: { pin: string; deviceId: string } & ({ name: string } | { studentId: string })) {
  const { pin, deviceId } = o;
  const tried = await take(LIVE_PIN_TRIES, deviceId);
  if (!tried.isAllowed) throw new TooManyAttemptsError(tried.retryAfterSec);
  const game = await gameByPin(pin);
  await giveBack(LIVE_PIN_TRIES, deviceId);
  return localChange(game, () => addPlayer(game, o));
}

async function addPlayer(game: LiveGameRt, o: { deviceId: string } & ({ name: string } | { studentId: string })) {
  const { deviceId } = o;
  const mine = game.players.get(game.byDevice.get(deviceId) ?? "");
  if (mine) {
    if (mine.isRemoved) throw new ForbiddenError("The teacher removed you from this game.");
    return { gameId: game.id, playerId: mine.id, name: mine.name, isRejoin: true };
  }
  let name: string;
  let studentId: string | null = null;
  let extraTimePercent = 0;
  if ("studentId" in o) {
    const student = await rosterStudent(game, o.studentId, deviceId);
    const theirs = [...game.players.values()].find((p) => p.studentId === student.id);
    if (theirs) {
      if (theirs.isRemoved) throw new ForbiddenError("The teacher removed you from this game.");
      await db.livePlayer.update({ where: { id: theirs.id }, data: { deviceId } });
      game.byDevice.delete(theirs.deviceId);
      theirs.deviceId = deviceId;
      game.byDevice.set(deviceId, theirs.id);
      await announce(game.id);
      return { gameId: game.id, playerId: theirs.id, name: theirs.name, isRejoin: true };
    }
    studentId = student.id;
    extraTimePercent = await classAccommodationPercent(game, student.id);
    // the roster name, made distinct should a guest already have typed it ("Sara (2)")
    const taken = new Set([...game.players.values()].map((p) => p.name.toLocaleLowerCase()));
    name = student.displayName;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${student.displayName} (${n})`;
  } else {
    name = o.name;
    const folded = name.toLocaleLowerCase();
    if ([...game.players.values()].some((p) => p.name.toLocaleLowerCase() === folded))
      throw new ConflictError(NAME_TAKEN, "name_taken");
  }
  try {
    const row = await db.livePlayer.create({
      data: { gameId: game.id, deviceId, name, studentId, extraTimePercent },
      select: { id: true },
    });
    game.byDevice.set(deviceId, row.id);
    game.players.set(row.id, {
      id: row.id,
      deviceId,
      name,
      studentId,
      score: 0,
      streak: 0,
      extraTimePercent,
      isRemoved: false,
      rtt: [],
      connections: 0,
      sentAt: null,
    });
    publish(game, { kind: "roster" });
    await announce(game.id);
    return { gameId: game.id, playerId: row.id, name, isRejoin: false };
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(NAME_TAKEN, "name_taken");
    throw err;
  }
}

class NotInClassError extends AppError {
  constructor() {
    super(403, "not_in_class", "This game is not from your class's teacher. Play as a guest with a name.");
  }
}

/** The student, if this device acts as them and they are in one of the game's teacher's classes. */
async function rosterStudent(game: LiveGameRt, studentId: string, deviceId: string) {
  const student = await db.student.findFirst({
    where: {
      id: studentId,
      removedAt: null,
      devices: { some: { deviceId } },
      class: { ownerId: game.ownerId, deletedAt: null },
    },
    select: { id: true, displayName: true },
  });
  if (!student) throw new NotInClassError();
  return student;
}

/**
 * The extra time (percent of each question's time) a class student has from the teacher's accommodations: the one on
 * an assignment of this game's quiz, else their most recently set one (an accommodation for a slow or second-language
 * reader is the student's, whatever the quiz). Only the share of time counts: "+N minutes" on a whole quiz has no
 * per-question meaning. The teacher can still change it in the lobby.
 */
async function classAccommodationPercent(game: LiveGameRt, studentId: string) {
  const rows = await db.accommodation.findMany({
    where: {
      studentId,
      extraTimePercent: { gt: 0 },
      assignment: { deletedAt: null, class: { ownerId: game.ownerId, deletedAt: null } },
    },
    orderBy: { updatedAt: "desc" },
    select: { extraTimePercent: true, assignment: { select: { quizId: true } } },
  });
  return (rows.find((r) => r.assignment.quizId === game.quizId) ?? rows[0])?.extraTimePercent ?? 0;
}

/** The class students this device acts as, for /play to offer ("Play as Sara — 5B"). Only the device's own. */
export async function studentsOnDevice(deviceId: string | null) {
  if (!deviceId) return [];
  const rows = await db.student.findMany({
    where: { removedAt: null, devices: { some: { deviceId } }, class: { deletedAt: null } },
    orderBy: { joinedAt: "desc" },
    take: 10,
    select: { id: true, displayName: true, class: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.displayName, className: r.class.name }));
}

/** The player this device is in the game, or a 404 (never joined) / 403 (removed). */
export async function requirePlayer(
  gameId: string,
  deviceId: string | null,
): Promise<{ game: LiveGameRt; player: LivePlayerRt }> {
  const game = await getGame(gameId);
  const player = deviceId ? game.players.get(game.byDevice.get(deviceId) ?? "") : undefined;
  if (!player) throw new NotFoundError("You have not joined this game. Join with its PIN.");
  if (player.isRemoved) throw new ForbiddenError("The teacher removed you from this game.");
  return { game, player };
}

function playerRemainingMs(game: LiveGameRt, player: LivePlayerRt) {
  return remainingMs(game, playerLimitMs(game.questionSec * 1000, player.extraTimePercent));
}

export async function submitLiveAnswer(o: {
  gameId: string;
  deviceId: string | null;
  questionId: string;
  answer: string | string[];
  receivedAt?: number;
}) {
  const receivedAt = o.receivedAt ?? Date.now();
  const { game, player } = await requirePlayer(o.gameId, o.deviceId);
  const s = game.state;
  const index = game.questions.findIndex((q) => q.id === o.questionId);
  if (index < 0) throw new NotFoundError("That question is not part of this game.");
  const question = game.questions[index]!;
  const prior = game.answers.get(player.id);
  if (prior && index === s.questionIndex) {
    if (JSON.stringify(prior.given) === JSON.stringify(o.answer)) return { isAccepted: true as const };
    throw new ConflictError("You already answered this question.", "already_answered");
  }
  const open = canAnswer(s, index);
  if (open !== "ok" && !prior) {
    // a copy of an answer the server stored but whose acknowledgement the phone never got (it went offline, or
    // reloaded): the same answer is accepted again, counted once; a different one is refused
    const stored = await db.liveAnswer.findUnique({
      where: { playerId_questionId: { playerId: player.id, questionId: question.id } },
      select: { given: true },
    });
    if (stored) {
      if (stored.given === JSON.stringify(typeof o.answer === "string" ? o.answer.trim() : o.answer))
        return { isAccepted: true as const };
      throw new ConflictError("You already answered this question.", "already_answered");
    }
  }
  if (open === "wrong_question")
    throw new ConflictError("That question is not the one on the screen.", "wrong_question");
  if (open === "paused") throw new ConflictError("The game is paused. Wait for the teacher.", "paused");
  if (open !== "ok") throw new ConflictError("This question is closed.", "question_closed");
  const limitMs = playerLimitMs(game.questionSec * 1000, player.extraTimePercent);
  const rtt = roundTripMs(player.rtt);
  // this player's own deadline: the game's (the longest limit) less what they have fewer than the longest
  const ownDeadline = s.deadlineAt! - (game.openLimitMs - limitMs);
  if (receivedAt > ownDeadline + LATE_GRACE_MS + rtt)
    throw new ConflictError("Time is up for this question.", "question_closed");

  const given = typeof o.answer === "string" ? o.answer.trim() : o.answer;
  const shapeError = checkAnswerShape({ type: question.type as QuestionType, choices: question.choices }, given);
  if (shapeError) throw new ValidationError(shapeError, "invalid_answer");
  const isCorrect = checkAnswer(
    { type: question.type as QuestionType, choices: question.choices, answer: question.answer },
    given,
    question.evidence,
  );
  const elapsedMs = responseTimeMs({
    sentAt: player.sentAt ?? s.openedAt!,
    receivedAt,
    pausedMs: s.pausedMs,
    rttMs: rtt,
    limitMs,
  });
  const { points, streak } = scoreAnswer({
    mode: game.scoring,
    streakBonus: game.streakBonus,
    correct: isCorrect,
    elapsedMs,
    limitMs,
    streakBefore: player.streak,
  });

  // claimed in this tick, so a second request cannot score twice; given back if the write fails
  const claimed: LiveAnswerRt = { given, isCorrect, points };
  game.answers.set(player.id, claimed);
  try {
    await saveAnswer({
      gameId: game.id,
      playerId: player.id,
      questionId: question.id,
      questionIndex: index,
      given: JSON.stringify(given),
      correct: isCorrect,
      points,
      elapsedMs: Math.round(elapsedMs),
    });
  } catch (err) {
    game.answers.delete(player.id);
    if (isUniqueViolation(err)) throw new ConflictError("You already answered this question.", "already_answered");
    throw err;
  }
  if (game.state.skipped.includes(index)) {
    // the teacher skipped the question while this answer was being saved: stored, but it scores nobody
    claimed.points = 0;
    await voidLateSkippedAnswer(game, player.id, question.id);
    return { isAccepted: true as const };
  }
  if (!claimed.isCounted) {
    // (a reload from the database after the commit may have counted it already: another process's change)
    claimed.isCounted = true;
    player.score += points;
    player.streak = streak;
  }
  signalAnswered(game);
  if (game.state.phase === "question" && game.state.questionIndex === index && hasEveryoneAnswered(game))
    await applyAction(game, "close").catch(() => {}); // the clock or the teacher may have closed it meanwhile
  return { isAccepted: true as const };
}

/**
 * Every player still in the game has answered the open question. Called for each answer, so it allocates nothing
 * and returns at once while answers are fewer than players (a room of N answering was N arrays of N players).
 */
function hasEveryoneAnswered(game: LiveGameRt) {
  if (game.answers.size < game.players.size) {
    let active = 0;
    for (const p of game.players.values()) if (!p.isRemoved) active++;
    if (game.answers.size < active) return false;
  }
  for (const p of game.players.values()) if (!p.isRemoved && !game.answers.has(p.id)) return false;
  return true;
}

type AnswerRow = Prisma.LiveAnswerCreateManyInput;

const SQLITE_INSERT_ANSWER = `
INSERT INTO "LiveAnswer" ("id", "gameId", "playerId", "questionId", "questionIndex", "given", "correct", "points",
  "elapsedMs", "answeredAt")
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT ("playerId", "questionId") DO NOTHING`;

// One queue per process (on globalThis: the node:http fast path's bundle has its own copy of this module).
const gq = globalThis as unknown as { fahmLiveAnswerQueue?: GroupCommit<AnswerRow> };
const answerQueue = (gq.fahmLiveAnswerQueue ??= createGroupCommit<AnswerRow>(async (rows) => {
  const refusals = await insertAnswers(rows);
  for (const gameId of new Set(rows.filter((_, i) => !refusals[i]).map((r) => r.gameId)))
    void announce(gameId).catch((err: unknown) => console.error(err));
  return refusals;
}));

/**
 * Saves one answer, resolving once it is committed. Answers arriving together (a room answering at once) share one
 * insert (group commit, lib/live/group-commit.ts); should a batch fail (a duplicate, say), each of its answers is
 * saved on its own, so only the bad one is refused.
 */
const saveAnswer = (row: AnswerRow) => answerQueue.submit(row);

/**
 * Inserts answers; with several processes (PostgreSQL) only those whose question is still open when they commit: the
 * game's row is share-locked first, so a process closing the question waits for them, or they see it closed. Returns
 * the refusal of each row (null: stored).
 */
async function insertAnswers(rows: AnswerRow[]): Promise<(AppError | null)[]> {
  if (!isClustered()) {
    // SQLite: one transaction of cached prepared inserts on the app's connection (Prisma's query compiler cost more
    // CPU than the insert itself: a profile of a 1,000-player game put it at ~15 % of the server's time); a row whose
    // player already answered the question is refused alone
    const refusals = await onSqlite((client) =>
      immediateTransaction(client, () => {
        const insert = statement(client, SQLITE_INSERT_ANSWER);
        const at = sqliteDate(new Date());
        return rows.map((r) =>
          insert.run(
            crypto.randomUUID(),
            r.gameId,
            r.playerId,
            r.questionId,
            r.questionIndex,
            r.given,
            r.correct ? 1 : 0,
            r.points,
            r.elapsedMs,
            at,
          ).changes === 1
            ? null
            : new ConflictError("You already answered this question.", "already_answered"),
        );
      }),
    );
    if (refusals) return refusals;
    await db.liveAnswer.createMany({ data: rows }); // PostgreSQL with LIVE_CLUSTER=off: one process
    return rows.map(() => null);
  }
  return db.$transaction(async (tx) => {
    const games = new Map<string, { phase: string; questionIndex: number; pausedAt: Date | null } | undefined>();
    for (const id of new Set(rows.map((r) => r.gameId))) {
      const found = await tx.$queryRaw<{ phase: string; questionIndex: number; pausedAt: Date | null }[]>`
        SELECT "phase", "questionIndex", "pausedAt" FROM "LiveGame" WHERE "id" = ${id} FOR SHARE`;
      games.set(id, found[0]);
    }
    const refusals = rows.map((r) => {
      const g = games.get(r.gameId);
      if (!g || g.phase !== "question" || g.questionIndex !== r.questionIndex)
        return new ConflictError("This question is closed.", "question_closed");
      if (g.pausedAt) return new ConflictError("The game is paused. Wait for the teacher.", "paused");
      return null;
    });
    const open = rows.filter((_, i) => !refusals[i]);
    if (open.length > 0) await tx.liveAnswer.createMany({ data: open });
    return refusals;
  });
}

/** A round-trip probe sent down this player's stream; the phone posts it straight back. */
export function newPing(game: LiveGameRt, player: LivePlayerRt) {
  const id = crypto.randomUUID();
  if (registry.pings.size > 50_000) registry.pings.clear(); // unanswered probes never pile up
  registry.pings.set(id, { gameId: game.id, playerId: player.id, sentAt: Date.now() });
  return id;
}

export async function recordPong(o: { gameId: string; deviceId: string | null; pingId: string }) {
  const { player } = await requirePlayer(o.gameId, o.deviceId);
  const ping = registry.pings.get(o.pingId);
  if (!ping || ping.playerId !== player.id) throw new NotFoundError("Unknown ping.");
  registry.pings.delete(o.pingId);
  player.rtt = addRttSample(player.rtt, Date.now() - ping.sentAt);
  return { rttMs: roundTripMs(player.rtt) };
}

/**
 * What every phone's view shares, computed once per broadcast: a state change sends a view to each of N phones in one
 * synchronous pass, and counting (or ranking) all players for each of them made one broadcast O(N²). Kept until the
 * pass ends (the next microtask), when players may have changed.
 */
const sharedViews = new WeakMap<LiveGameRt, { playerCount: number; top?: RankedName[] }>();
function sharedView(game: LiveGameRt) {
  let v = sharedViews.get(game);
  if (!v) {
    let playerCount = 0;
    for (const p of game.players.values()) if (!p.isRemoved) playerCount++;
    v = { playerCount };
    sharedViews.set(game, v);
    queueMicrotask(() => sharedViews.delete(game));
  }
  return v;
}

export function playerView(game: LiveGameRt, player: LivePlayerRt): PlayerView {
  const shared = sharedView(game);
  const s = game.state;
  const q = s.phase === "question" || s.phase === "reveal" ? game.questions[s.questionIndex] : undefined;
  const mine = game.answers.get(player.id);
  const isRevealed = s.phase === "reveal";
  return {
    gameId: game.id,
    phase: s.phase,
    isPaused: s.pausedAt != null,
    questionIndex: s.questionIndex,
    questionCount: game.questions.length,
    skipped: s.skipped,
    me: {
      name: player.name,
      score: player.score,
      streak: player.streak,
      rank: isRevealed || s.phase === "podium" ? (game.ranks.get(player.id) ?? null) : null,
      extraTimePercent: player.extraTimePercent,
    },
    playerCount: shared.playerCount,
    // no key, no evidence: only what a student may see before answering
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
    remainingMs: playerRemainingMs(game, player),
    hasAnswered: mine != null,
    result: isRevealed
      ? { given: mine?.given ?? null, isCorrect: mine?.isCorrect ?? false, points: mine?.points ?? 0 }
      : null,
    reveal: isRevealed && q ? { answer: q.answer, evidence: q.evidence } : null,
    top: s.phase === "podium" ? (shared.top ??= topNames(game)) : [],
  };
}
