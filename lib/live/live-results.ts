// A finished (or running) live game's results for its teacher: players by score with what each answered, per-question
// item analysis (share right, answers per choice), the games of a quiz, and the CSV (one row per answer).
import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseAnswer } from "@/lib/question-rows";
import { attachment } from "@/lib/download";
import { CSV_BOM, safeCell, safeFilename } from "@/lib/results/results-csv";
import { scoreDistribution } from "@/lib/results/stats";
import { parseSkipped } from "./game-machine";
import { rankPlayers } from "./scoring";

export async function getLiveResults({ teacherId, gameId }: { teacherId: string; gameId: string }) {
  const game = await db.liveGame.findFirst({
    where: { id: gameId, ownerId: teacherId },
    include: {
      quiz: { select: { id: true, title: true, article: { select: { language: true } } } },
      players: { where: { removedAt: null }, orderBy: [{ score: "desc" }, { name: "asc" }] },
      answers: { orderBy: { questionIndex: "asc" } },
    },
  });
  if (!game) throw new NotFoundError("No such game.");
  const ids = JSON.parse(game.questionIds) as string[];
  const rows = await db.question.findMany({
    where: { id: { in: ids } },
    select: { id: true, type: true, prompt: true, choices: true, answer: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const skipped = new Set(parseSkipped(game.skipped));
  const questions = ids.flatMap((id, n) => {
    const q = byId.get(id);
    if (!q) return [];
    const answers = game.answers.filter((a) => a.questionId === id && game.players.some((p) => p.id === a.playerId));
    const choices = JSON.parse(q.choices) as string[];
    return [
      {
        id,
        n: n + 1,
        /** The teacher skipped it: its key was never shown and it scores nobody (answers given before are kept). */
        isSkipped: skipped.has(n),
        type: q.type,
        prompt: q.prompt,
        answer: parseAnswer(q.answer),
        answered: answers.length,
        right: answers.filter((a) => a.correct).length,
        counts:
          q.type === "short_answer" || q.type === "timeline" || q.type === "matching"
            ? []
            : choices.map((c) => ({ choice: c, count: answers.filter((a) => parseAnswer(a.given) === c).length })),
      },
    ];
  });
  const ranks = rankPlayers(game.players);
  const players = game.players.map((p) => ({
    id: p.id,
    name: p.name,
    studentId: p.studentId,
    score: p.score,
    rank: ranks.get(p.id) ?? 0,
    extraTimePercent: p.extraTimePercent,
    cells: questions.map((q) => {
      const a = game.answers.find((x) => x.playerId === p.id && x.questionId === q.id);
      return a
        ? {
            given: parseAnswer(a.given),
            isCorrect: a.correct,
            points: a.points,
            seconds: Math.round(a.elapsedMs / 100) / 10,
          }
        : null;
    }),
  }));
  const rightCounts = players.map((p) => p.cells.filter((c, i) => c?.isCorrect && !questions[i]!.isSkipped).length);
  return {
    /** How many players got 0, 1, … of the scored questions right (the chart on the results page). */
    distribution: scoreDistribution(rightCounts, questions.filter((q) => !q.isSkipped).length),
    game: {
      id: game.id,
      pin: game.pin,
      phase: game.phase,
      scoring: game.scoring,
      streakBonus: game.streakBonus,
      questionSec: game.questionSec,
      createdAt: game.createdAt,
      endedAt: game.endedAt,
    },
    quiz: { id: game.quiz.id, title: game.quiz.title, language: game.quiz.article.language },
    questions,
    players,
  };
}
export type LiveResults = Awaited<ReturnType<typeof getLiveResults>>;

export function listLiveGames({ teacherId, quizId }: { teacherId: string; quizId: string }) {
  return db.liveGame.findMany({
    where: { ownerId: teacherId, quizId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      pin: true,
      phase: true,
      createdAt: true,
      endedAt: true,
      _count: { select: { players: { where: { removedAt: null } } } },
    },
  });
}

/** Every live game of the teacher, newest first, for the results list next to the assignments. */
export async function listTeacherLiveGames({ teacherId, take = 50 }: { teacherId: string; take?: number }) {
  const rows = await db.liveGame.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      phase: true,
      createdAt: true,
      quiz: { select: { id: true, title: true, deletedAt: true } },
      _count: { select: { players: { where: { removedAt: null } } } },
    },
  });
  const students = await db.livePlayer.groupBy({
    by: ["gameId"],
    where: { gameId: { in: rows.map((r) => r.id) }, removedAt: null, studentId: { not: null } },
    _count: { _all: true },
  });
  const studentsOf = new Map(students.map((s) => [s.gameId, s._count._all]));
  return rows.map((r) => ({
    id: r.id,
    isFinished: r.phase === "podium",
    createdAt: r.createdAt,
    quiz: { id: r.quiz.id, title: r.quiz.title, isDeleted: r.quiz.deletedAt != null },
    players: r._count.players,
    classStudents: studentsOf.get(r.id) ?? 0,
  }));
}

export interface LiveCsvLabels {
  player: string;
  rank: string;
  total: string;
  question: string;
  prompt: string;
  answer: string;
  correct: string;
  points: string;
  seconds: string;
  skipped: string;
}

export async function getLiveResultsCsv({
  teacherId,
  gameId,
  labels,
}: {
  teacherId: string;
  gameId: string;
  labels: LiveCsvLabels;
}) {
  const r = await getLiveResults({ teacherId, gameId });
  const header = [
    labels.player,
    labels.rank,
    labels.total,
    labels.question,
    labels.prompt,
    labels.answer,
    labels.correct,
    labels.points,
    labels.seconds,
    labels.skipped,
  ];
  const records = r.players.flatMap((p) =>
    r.questions.map((q, i) => {
      const c = p.cells[i];
      return [
        safeCell(p.name),
        p.rank,
        p.score,
        q.n,
        safeCell(q.prompt),
        c ? safeCell(Array.isArray(c.given) ? c.given.join(" | ") : c.given) : "",
        c ? (c.isCorrect ? 1 : 0) : "",
        c?.points ?? "",
        c?.seconds ?? "",
        q.isSkipped ? 1 : "",
      ];
    }),
  );
  const filename = safeFilename("live", [r.quiz.title, r.game.pin], `live-${r.game.id}`);
  return {
    body: CSV_BOM + stringify([header.map(safeCell), ...records], { record_delimiter: "windows" }),
    contentDisposition: attachment(filename),
  };
}
