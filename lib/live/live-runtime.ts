// The live games of this process: each game's state in memory (loaded from the database on first use, so a restart
// loses nothing saved), its players, the answers to the open question, its countdown timer and its event topic.
// Every change is written to the database before it is announced or acknowledged.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseAnswer, QUESTION_KEY_SELECT, toStudentQuestion } from "@/lib/question-rows";
import { createBus, type Bus } from "./bus";
import { createCoalescer } from "./group-commit";
import {
  IllegalTransitionError,
  initialState,
  parseSkipped,
  transition,
  type LiveAction,
  type LivePhase,
  type LiveState,
} from "./game-machine";
import { announce, listen } from "./live-cluster";
import { rankPlayers, type ScoringMode } from "./scoring";

export interface LiveQuestion {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  left?: string[];
  answer: string | string[];
  evidence: string;
}

export interface LivePlayerRt {
  id: string;
  deviceId: string;
  name: string;
  /** The class student playing (recognised by their device), or null for a guest. */
  studentId: string | null;
  score: number;
  streak: number;
  extraTimePercent: number;
  isRemoved: boolean;
  rtt: number[];
  connections: number;
  /** When the open question was sent to this player (a late joiner or a reconnect gets it later). */
  sentAt: number | null;
}

export interface LiveAnswerRt {
  given: string | string[];
  isCorrect: boolean;
  points: number;
  /** Its points are in the player's score in memory (set once; a reload from the database may do it first). */
  isCounted?: boolean;
}

export interface LiveGameRt {
  id: string;
  ownerId: string;
  quizId: string;
  pin: string;
  language: string;
  scoring: ScoringMode;
  streakBonus: boolean;
  questionSec: number;
  questions: LiveQuestion[];
  state: LiveState;
  players: Map<string, LivePlayerRt>;
  /** Device id → player id (a device is one player per game). */
  byDevice: Map<string, string>;
  /** The answers to the question on screen (or just revealed). */
  answers: Map<string, LiveAnswerRt>;
  /** The longest time any player has for the open question (set when it opens). */
  openLimitMs: number;
  /** Ranks at the last reveal or podium. */
  ranks: Map<string, number>;
  timer: ReturnType<typeof setTimeout> | null;
  hostConnections: number;
  /** Local changes other than answers (moves, joins, removals): counted, so a reload read meanwhile is not applied. */
  changeSeq: number;
  changesInFlight: number;
  /** Coalesces the "answered" signals of a burst of answers (signalAnswered). */
  answeredSignal?: ReturnType<typeof createCoalescer>;
}

/** A signal on a game's topic; each stream renders its own view from the game's state when it arrives. */
export type LiveSignal =
  | { kind: "state" }
  | { kind: "roster" }
  | { kind: "answered"; count: number }
  | { kind: "removed"; playerId: string }
  /** One player's own view changed (the teacher gave them extra time): only their phone is sent it. */
  | { kind: "player"; playerId: string };

interface Registry {
  bus: Bus<LiveSignal>;
  games: Map<string, Promise<LiveGameRt>>;
  pings: Map<string, { gameId: string; playerId: string; sentAt: number }>;
}

// On globalThis: Next evaluates server modules once per bundle chunk, and all route handlers must share one registry.
const g = globalThis as unknown as { fahmLive?: Registry };
export const registry: Registry = (g.fahmLive ??= { bus: createBus<LiveSignal>(), games: new Map(), pings: new Map() });

/** Every signal of a game: the projector's streams (and tests) listen here. */
export const topicOf = (gameId: string) => `live:${gameId}`;
/** What every phone needs: state changes only. */
export const phonesTopicOf = (gameId: string) => `live:${gameId}:phones`;
/** What one phone needs besides state changes: its own removal, its own extra time. */
export const playerTopicOf = (gameId: string, playerId: string) => `live:${gameId}:player:${playerId}`;

/**
 * Announces a signal to the streams that need it. The phones of a room are N subscribers: a signal they ignore (a
 * join, an answer) must not visit each of them, or N answers or N joins cost N × N calls. So the game's topic (the
 * projector) gets everything, the phones' topic only state changes, and one phone's topic what concerns it alone.
 */
export function publish(game: LiveGameRt, signal: LiveSignal) {
  registry.bus.publish(topicOf(game.id), signal);
  if (signal.kind === "state") registry.bus.publish(phonesTopicOf(game.id), signal);
  else if (signal.kind === "removed" || signal.kind === "player")
    registry.bus.publish(playerTopicOf(game.id, signal.playerId), signal);
}

/** How often at most the projector is told the answered count while answers arrive. */
export const ANSWERED_EVERY_MS = 200;

/** An answer was stored: the projector's count is updated within ANSWERED_EVERY_MS, once for many answers. */
export function signalAnswered(game: LiveGameRt) {
  game.answeredSignal ??= createCoalescer(
    () => publish(game, { kind: "answered", count: game.answers.size }),
    ANSWERED_EVERY_MS,
  );
  game.answeredSignal.poke();
}

const ms = (d: Date | null) => (d ? d.getTime() : null);

async function loadGame(gameId: string): Promise<LiveGameRt> {
  const row = await db.liveGame.findUnique({
    where: { id: gameId },
    include: {
      quiz: { select: { article: { select: { language: true } } } },
      players: true,
    },
  });
  if (!row) throw new NotFoundError("No such game.");
  const ids = JSON.parse(row.questionIds) as string[];
  const qrows = await db.question.findMany({
    where: { id: { in: ids } },
    select: { ...QUESTION_KEY_SELECT, articleId: true },
  });
  const byId = new Map(qrows.map((q) => [q.id, q]));
  // Each question's evidence from its own article: a quiz may draw from several.
  const bodies = new Map(
    (
      await db.article.findMany({
        where: { id: { in: [...new Set(qrows.map((q) => q.articleId))] } },
        select: { id: true, body: true },
      })
    ).map((a) => [a.id, a.body]),
  );
  const questions: LiveQuestion[] = ids.flatMap((id) => {
    const q = byId.get(id);
    if (!q) return [];
    return [
      {
        ...toStudentQuestion(q),
        answer: parseAnswer(q.answer),
        evidence: (bodies.get(q.articleId) ?? "").slice(q.evidenceStart, q.evidenceEnd),
      },
    ];
  });
  const state: LiveState = {
    ...initialState(questions.length),
    phase: row.phase as LivePhase,
    questionIndex: row.questionIndex,
    openedAt: ms(row.openedAt),
    deadlineAt: ms(row.deadlineAt),
    pausedAt: ms(row.pausedAt),
    pausedRemainingMs: row.pausedRemainingMs,
    pausedMs: row.pausedMs,
    skipped: parseSkipped(row.skipped),
  };
  const game: LiveGameRt = {
    id: row.id,
    ownerId: row.ownerId,
    quizId: row.quizId,
    pin: row.pin,
    language: row.quiz.article.language,
    scoring: row.scoring as ScoringMode,
    streakBonus: row.streakBonus,
    questionSec: row.questionSec,
    questions,
    state,
    players: new Map(
      row.players.map((p) => [
        p.id,
        {
          id: p.id,
          deviceId: p.deviceId,
          name: p.name,
          studentId: p.studentId,
          score: p.score,
          streak: p.streak,
          extraTimePercent: p.extraTimePercent,
          isRemoved: p.removedAt != null,
          rtt: [],
          connections: 0,
          sentAt: null,
        },
      ]),
    ),
    byDevice: new Map(row.players.map((p) => [p.deviceId, p.id])),
    answers: new Map(),
    openLimitMs: row.questionSec * 1000,
    ranks: new Map(),
    timer: null,
    hostConnections: 0,
    changeSeq: 0,
    changesInFlight: 0,
  };
  // The answers are the record: a player's score is the sum of their points (LivePlayer.score is brought up to date
  // when each question closes, so it can lag behind a question that was open when the server stopped).
  const sums = await db.liveAnswer.groupBy({ by: ["playerId"], where: { gameId }, _sum: { points: true } });
  for (const s of sums) {
    const p = game.players.get(s.playerId);
    if (p) p.score = s._sum.points ?? 0;
  }
  if (state.phase === "question" || state.phase === "reveal") {
    const q = questions[state.questionIndex];
    const answers = q ? await db.liveAnswer.findMany({ where: { gameId, questionId: q.id } }) : [];
    for (const a of answers)
      game.answers.set(a.playerId, {
        given: parseAnswer(a.given),
        isCorrect: a.correct,
        points: a.points,
        isCounted: true,
      });
    if (state.phase === "question") {
      // streaks are saved at each close: an answer to the open question moves them on
      for (const a of answers) {
        const p = game.players.get(a.playerId);
        if (p) p.streak = a.correct ? p.streak + 1 : 0;
      }
    }
    game.openLimitMs =
      state.deadlineAt != null && state.openedAt != null
        ? state.deadlineAt - state.openedAt - state.pausedMs
        : game.openLimitMs;
  }
  return game;
}

/** The game, from memory or loaded once from the database. */
export function getGame(gameId: string): Promise<LiveGameRt> {
  listen(onRemoteChange, refreshAll);
  let p = registry.games.get(gameId);
  if (!p) {
    p = loadGame(gameId).then((game) => {
      if (game.state.phase === "reveal" || game.state.phase === "podium") game.ranks = rankPlayers(activePlayers(game));
      armTimer(game);
      return game;
    });
    registry.games.set(gameId, p);
    p.catch(() => registry.games.delete(gameId));
  }
  return p;
}

/** For tests: forget every game in memory (the database keeps them). */
export function forgetLiveGames() {
  for (const p of registry.games.values()) p.then((game) => game.timer && clearTimeout(game.timer)).catch(() => {});
  registry.games.clear();
  registry.pings.clear();
}

export const activePlayers = (game: LiveGameRt) => [...game.players.values()].filter((p) => !p.isRemoved);

const date = (x: number | null) => (x == null ? null : new Date(x));

/**
 * Writes the game's phase and clock, if the saved game is still where this process saw it: when several processes
 * share a game (PostgreSQL), two of them cannot both apply a move (two "next" clicks, two timers closing a question).
 * The loser reloads the game and gets a 409.
 */
async function saveState(game: LiveGameRt, before: LiveState, action: LiveAction) {
  const s = game.state;
  const { count } = await db.liveGame.updateMany({
    where: {
      id: game.id,
      phase: before.phase,
      questionIndex: before.questionIndex,
      pausedAt: date(before.pausedAt),
    },
    data: {
      phase: s.phase,
      questionIndex: s.questionIndex,
      openedAt: date(s.openedAt),
      deadlineAt: date(s.deadlineAt),
      pausedAt: date(s.pausedAt),
      pausedRemainingMs: s.pausedRemainingMs,
      pausedMs: s.pausedMs,
      skipped: JSON.stringify(s.skipped),
      ...(s.phase === "podium" ? { endedAt: new Date() } : {}),
    },
  });
  if (count === 0) throw new StaleGameError(before.phase, action);
}

/** Another process moved the game first. */
class StaleGameError extends IllegalTransitionError {}

/** Closes the question when its time runs out (the longest time any player has); re-armed on resume and on load. */
function armTimer(game: LiveGameRt) {
  if (game.timer) clearTimeout(game.timer);
  game.timer = null;
  const { phase, deadlineAt, pausedAt } = game.state;
  if (phase !== "question" || pausedAt != null || deadlineAt == null) return;
  const index = game.state.questionIndex;
  game.timer = setTimeout(
    () => {
      game.timer = null;
      if (game.state.phase === "question" && game.state.questionIndex === index)
        void closeQuestion(game).catch((err) => console.error(err));
    },
    Math.max(0, deadlineAt - Date.now()) + 50,
  );
}

/**
 * Applies a teacher's action (or the clock's "close"), saves it, then tells every stream. Changes state first (in
 * this same tick), so two requests racing cannot both apply; a failed save puts the state back.
 */
export async function applyAction(game: LiveGameRt, action: LiveAction, durationMs = 0) {
  return localChange(game, () => applyActionNow(game, action, durationMs));
}

/**
 * Runs a local change to a game (a move, a join, a removal) so that a reload from the database started before it
 * ended is not applied over it (the reload is retried instead).
 */
export async function localChange<T>(game: LiveGameRt, change: () => Promise<T>): Promise<T> {
  game.changeSeq++;
  game.changesInFlight++;
  try {
    return await change();
  } finally {
    game.changesInFlight--;
    game.changeSeq++;
  }
}

async function applyActionNow(game: LiveGameRt, action: LiveAction, durationMs: number) {
  const before = game.state;
  game.state = transition(before, action, Date.now(), durationMs); // throws IllegalTransitionError (409)
  const after = game.state;
  const opened = after.phase === "question" && after.questionIndex !== before.questionIndex;
  const closed = before.phase === "question" && after.phase !== "question";
  const answersBefore = game.answers;
  if (opened) {
    game.answers = new Map();
    game.openLimitMs = durationMs;
    for (const p of game.players.values()) p.sentAt = p.connections > 0 ? after.openedAt : null;
  }
  const isSkip = action === "skip";
  let streaksBefore: Map<string, number> | null = null;
  try {
    await saveState(game, before, action);
    if (isSkip) streaksBefore = await voidSkippedQuestion(game, game.questions[before.questionIndex]?.id ?? "");
    else if (closed) await saveScores(game);
  } catch (err) {
    game.state = before;
    game.answers = answersBefore;
    if (err instanceof StaleGameError) await reloadInto(game, await loadGame(game.id));
    throw err;
  }
  if (streaksBefore) {
    // the skipped question counts for nobody: its points come off, streaks go back to where they were before it
    for (const [playerId, a] of answersBefore) {
      const p = game.players.get(playerId);
      if (p && a.isCounted) p.score -= a.points;
      a.points = 0;
    }
    for (const p of game.players.values()) p.streak = streaksBefore.get(p.id) ?? p.streak;
  }
  if (after.phase === "reveal" || after.phase === "podium") game.ranks = rankPlayers(activePlayers(game));
  armTimer(game);
  publish(game, { kind: "state" });
  await announce(game.id);
}

// ---- several processes (PostgreSQL): another process changed a game this one has in memory ----

// on globalThis like the registry: the node:http fast path (build/fast-live.mjs) has its own copy of this module
const gr = globalThis as unknown as { fahmLiveRefreshing?: Map<string, { isAgain: boolean }> };
const refreshing = (gr.fahmLiveRefreshing ??= new Map<string, { isAgain: boolean }>());

function onRemoteChange(gameId: string) {
  const p = registry.games.get(gameId);
  if (!p) return; // not in memory here: loaded fresh from the database on first use
  const busy = refreshing.get(gameId);
  if (busy) {
    busy.isAgain = true; // a burst of answers is a few reloads, not one per answer
    return;
  }
  const run = async () => {
    refreshing.set(gameId, { isAgain: false });
    try {
      await refreshGame(await p);
    } catch (err) {
      console.error("live: cannot reload a game another process changed", err);
    }
    const again = refreshing.get(gameId)?.isAgain;
    refreshing.delete(gameId);
    if (again) onRemoteChange(gameId);
  };
  void run();
}

function refreshAll() {
  for (const id of registry.games.keys()) onRemoteChange(id);
}

/**
 * Reloads a game from the database into the same object (its streams hold it), keeping what only this process
 * knows (its players' connections, round trips and send times, and answers claimed but not yet committed), then
 * tells this process's streams what changed. A reload read while this process was changing the game itself is
 * thrown away and read again (it could be older than that change).
 */
async function refreshGame(game: LiveGameRt) {
  for (let tries = 0; ; tries++) {
    const seq = game.changeSeq;
    const fresh = await loadGame(game.id);
    if (game.changesInFlight === 0 && game.changeSeq === seq) {
      await reloadInto(game, fresh);
      break;
    }
    if (tries >= 50) throw new Error("live: the game kept changing while it was reloaded");
    await new Promise((r) => setTimeout(r, 20));
  }
  // the last answer may have arrived at another process that did not yet know everyone else had answered
  const active = activePlayers(game);
  if (game.state.phase === "question" && active.length > 0 && active.every((p) => game.answers.has(p.id)))
    await applyAction(game, "close").catch(() => {});
}

async function reloadInto(game: LiveGameRt, fresh: LiveGameRt) {
  const before = game.state;
  const isSameQuestion = fresh.state.questionIndex === before.questionIndex;
  // answers: the database's, plus this process's own not yet committed (or committed after the read)
  const answers = fresh.answers;
  const missed = new Map<string, LiveAnswerRt>();
  if (isSameQuestion)
    for (const [id, a] of game.answers) {
      const saved = answers.get(id);
      if (saved) {
        // counted in the database's score now: the answer's own step must not add it again
        a.isCounted = true;
        answers.set(id, a);
      } else {
        answers.set(id, a);
        if (a.isCounted) missed.set(id, a); // committed after the read: not in the score just read
      }
    }
  const removed: string[] = [];
  const retimed: string[] = [];
  let isRosterChanged = false;
  for (const [id, f] of fresh.players) {
    const m = missed.get(id);
    if (m) {
      f.score += m.points;
      f.streak = m.isCorrect ? f.streak + 1 : 0;
    }
    const p = game.players.get(id);
    if (!p) {
      game.players.set(id, f);
      isRosterChanged = true;
      continue;
    }
    if (!p.isRemoved && f.isRemoved) removed.push(id);
    if (p.extraTimePercent !== f.extraTimePercent) retimed.push(id);
    if (p.name !== f.name || p.extraTimePercent !== f.extraTimePercent || p.isRemoved !== f.isRemoved)
      isRosterChanged = true;
    Object.assign(p, {
      deviceId: f.deviceId,
      name: f.name,
      studentId: f.studentId,
      score: f.score,
      streak: f.streak,
      extraTimePercent: f.extraTimePercent,
      isRemoved: f.isRemoved,
    });
  }
  game.byDevice = new Map([...game.players.values()].map((p) => [p.deviceId, p.id]));
  const answeredBefore = game.answers.size;
  game.answers = answers;
  game.state = fresh.state;
  game.openLimitMs = fresh.openLimitMs;
  const isOpened = fresh.state.phase === "question" && !isSameQuestion;
  if (isOpened) for (const p of game.players.values()) p.sentAt = p.connections > 0 ? Date.now() : null;
  if (fresh.state.phase === "reveal" || fresh.state.phase === "podium") game.ranks = rankPlayers(activePlayers(game));
  armTimer(game);
  const isStateChanged =
    before.phase !== fresh.state.phase ||
    before.questionIndex !== fresh.state.questionIndex ||
    before.pausedAt !== fresh.state.pausedAt;
  for (const playerId of removed) publish(game, { kind: "removed", playerId });
  for (const playerId of retimed) publish(game, { kind: "player", playerId });
  if (isRosterChanged) publish(game, { kind: "roster" });
  if (isStateChanged) publish(game, { kind: "state" });
  else if (game.answers.size !== answeredBefore) signalAnswered(game);
}

function closeQuestion(game: LiveGameRt) {
  return applyAction(game, "close").catch((err: unknown) => {
    if (!(err instanceof IllegalTransitionError)) throw err; // another process's timer closed it first
  });
}

/**
 * The teacher skipped a question: the answers already given to it are kept (the results show them) but score 0, and
 * the saved scores are summed again. Streaks are not saved at a skip, so the saved ones are those from before the
 * question: returned, for the players in memory.
 */
async function voidSkippedQuestion(game: LiveGameRt, questionId: string) {
  const [, , rows] = await db.$transaction([
    db.liveAnswer.updateMany({ where: { gameId: game.id, questionId }, data: { points: 0 } }),
    resumScores(game.id),
    db.livePlayer.findMany({ where: { gameId: game.id }, select: { id: true, streak: true } }),
  ]);
  return new Map(rows.map((r) => [r.id, r.streak]));
}

/**
 * An answer to a question that was skipped while it was being saved: it scores 0 like the others (and is not added to
 * the player's score in memory by its caller).
 */
export async function voidLateSkippedAnswer(game: LiveGameRt, playerId: string, questionId: string) {
  await db.$transaction([
    db.liveAnswer.updateMany({ where: { gameId: game.id, playerId, questionId }, data: { points: 0 } }),
    resumScores(game.id),
  ]);
}

const resumScores = (gameId: string) =>
  db.$executeRaw`UPDATE "LivePlayer" SET "score" = (SELECT COALESCE(SUM("points"), 0) FROM "LiveAnswer" WHERE "LiveAnswer"."playerId" = "LivePlayer"."id") WHERE "gameId" = ${gameId}`;

/**
 * When a question closes: a player who did not answer loses their streak, and every player's saved score and streak
 * catch up with the answers (a few statements for the whole room, not one per answer).
 */
async function saveScores(game: LiveGameRt) {
  const players = activePlayers(game);
  for (const p of players) if (!game.answers.has(p.id)) p.streak = 0;
  const byStreak = new Map<number, string[]>();
  for (const p of players) byStreak.set(p.streak, [...(byStreak.get(p.streak) ?? []), p.id]);
  await db.$transaction([
    resumScores(game.id),
    // in chunks: one "IN (…)" list for a room of 2,000 was over the parameter limit (Prisma P2029; found by bench:live)
    ...[...byStreak].flatMap(([streak, ids]) =>
      chunks(ids, ID_CHUNK).map((part) => db.livePlayer.updateMany({ where: { id: { in: part } }, data: { streak } })),
    ),
  ]);
}

/** Ids per "IN (…)" list: Prisma refused the 1,200 ids of one list on SQLite (P2029); PostgreSQL allows 32,767. */
const ID_CHUNK = 500;

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
