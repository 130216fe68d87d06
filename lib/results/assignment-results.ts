// Results of one assignment: students × questions (best finished attempt per student), class summary, and item
// analysis per question. Every version of a question counts in the column of its root (first version); a column
// is the root of a quiz item's question, in quiz item order. The numbers come from lib/results/stats.ts.
import "server-only";
import { getAssignment } from "@/lib/assignments/get-assignment";
import type { AssignmentRef } from "@/lib/assignments/owned-assignment";
import { creditOfResponse, roundScore } from "@/lib/attempts/answer-credit";
import { finishedAsOf } from "@/lib/attempts/attempt-rules";
import { db } from "@/lib/db";
import { parseAnswer } from "@/lib/question-rows";
import { latestIdsOf, rootIdsOf } from "@/lib/quizzes/question-versions";
import { discrimination, facility, mean, median, needsReview, scoreDistribution } from "@/lib/results/stats";
import { isSingleAnswerType } from "@/lib/validation/question";

/** "partial": part of a point (a matching or timeline answer under the quiz's partial credit). */
export type CellState = "right" | "partial" | "wrong" | "blank";
export type StudentStatus = "finished" | "in_progress" | "not_started";

export interface ResultColumn {
  n: number;
  rootId: string;
  /** The latest version: what the review screen shows. */
  questionId: string;
  /** The question's own article (a quiz may draw from several): where its review link goes. */
  articleId: string;
  type: string;
  prompt: string;
  choices: string[];
  /** Left-hand items of a matching question (the given answer lines up with them). */
  left: string[] | null;
  answer: string | string[];
}

export interface ResultCell {
  state: CellState;
  /** The share of a point earned, 0..1 (1 right, 0 wrong); null when blank. */
  credit: number | null;
  seconds: number | null;
  given: string | string[] | null;
  /** The question (version) answered, for a teacher's override; null when blank. */
  questionId: string | null;
  /** A teacher changed the checker's verdict (lib/results/override-verdict.ts). */
  isOverridden: boolean;
}

export interface ResultRow {
  studentId: string;
  name: string;
  isRemoved: boolean;
  status: StudentStatus;
  attemptsUsed: number;
  /** The counted attempt, its start and when it was submitted (or ran out of time / hit the due date). */
  attemptId: string | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  /** The counted (best finished) attempt's number, score and total; null unless finished. */
  attemptNumber: number | null;
  score: number | null;
  total: number | null;
  /** Sum of the counted attempt's per-question times (seconds). */
  seconds: number | null;
  /** "I need more time" over all this student's attempts here: how many times, and the seconds it added. */
  extensions: number;
  extendedSec: number;
  /** More time or attempts the teacher gave this student here (lib/assignments/set-accommodation.ts). */
  accommodation: { extraTimePercent: number; extraTimeMin: number; extraAttempts: number } | null;
  cells: ResultCell[];
}

export interface ItemAnalysis {
  n: number;
  rootId: string;
  questionId: string;
  reviewHref: string;
  facility: number | null;
  discrimination: number | null;
  attempts: number;
  needsReview: boolean;
  /** For questions answered by picking one choice; null for timeline, matching and typed answers. */
  choiceCounts: { choice: string; count: number; isKey: boolean }[] | null;
  otherCount: number;
  blankCount: number;
  /** Fully right, and partly right (partial credit). */
  rightCount: number;
  partialCount: number;
}

function parseGiven(json: string): string | string[] | null {
  try {
    return parseAnswer(json);
  } catch {
    return null;
  }
}

function parseStringArray(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

type Assignment = Awaited<ReturnType<typeof getAssignment>>;

/** The quiz's question ids in order, the class's students (and removed ones who answered), and their attempts. */
async function loadResultData(assignment: Assignment) {
  const [items, students, attempts] = await Promise.all([
    db.quizItem.findMany({
      where: { quizId: assignment.quiz.id },
      orderBy: { position: "asc" },
      select: { questionId: true },
    }),
    db.student.findMany({
      where: {
        classId: assignment.class.id,
        OR: [{ removedAt: null }, { attempts: { some: { assignmentId: assignment.id } } }],
      },
      orderBy: { displayName: "asc" },
      select: {
        id: true,
        displayName: true,
        removedAt: true,
        accommodations: {
          where: { assignmentId: assignment.id },
          select: { extraTimePercent: true, extraTimeMin: true, extraAttempts: true },
        },
      },
    }),
    db.attempt.findMany({
      where: { assignmentId: assignment.id, studentId: { not: null } },
      orderBy: { number: "asc" },
      select: {
        id: true,
        studentId: true,
        number: true,
        startedAt: true,
        finishedAt: true,
        deadlineAt: true,
        extensions: true,
        extendedSec: true,
        score: true,
        total: true,
        responses: {
          select: { questionId: true, given: true, correct: true, credit: true, seconds: true, overriddenAt: true },
        },
      },
    }),
  ]);
  return { itemIds: items.map((i) => i.questionId), students, attempts };
}
type ResultData = Awaited<ReturnType<typeof loadResultData>>;
type AttemptRow = ResultData["attempts"][number];
type StudentRow = ResultData["students"][number];

/**
 * Columns: roots of the quiz items, shown as their latest versions. Also returns the root of every question id
 * seen (items and answered versions) and the column of each root.
 */
async function buildColumns(itemIds: string[], attempts: AttemptRow[], quizArticleId: string) {
  const responseIds = attempts.flatMap((a) => a.responses.map((r) => r.questionId));
  const [roots, latest] = await Promise.all([rootIdsOf([...itemIds, ...responseIds]), latestIdsOf(itemIds)]);
  const columnRoots: string[] = [];
  const latestOfRoot = new Map<string, string>();
  for (const id of itemIds) {
    const root = roots.get(id) ?? id;
    if (latestOfRoot.has(root)) continue;
    columnRoots.push(root);
    latestOfRoot.set(root, latest.get(id) ?? id);
  }
  const questionRows = await db.question.findMany({
    where: { id: { in: [...latestOfRoot.values()] } },
    select: { id: true, articleId: true, type: true, prompt: true, choices: true, left: true, answer: true },
  });
  const questionById = new Map(questionRows.map((q) => [q.id, q]));
  const columns: ResultColumn[] = columnRoots.map((rootId, i) => {
    const q = questionById.get(latestOfRoot.get(rootId)!);
    return {
      n: i + 1,
      rootId,
      questionId: q?.id ?? rootId,
      articleId: q?.articleId ?? quizArticleId,
      type: q?.type ?? "mcq",
      prompt: q?.prompt ?? "",
      choices: q ? parseStringArray(q.choices) : [],
      left: q?.left ? parseStringArray(q.left) : null,
      answer: q ? (parseGiven(q.answer) ?? "") : "",
    };
  });
  const columnOfRoot = new Map(columnRoots.map((r, i) => [r, i]));
  /** The column a question (any version) is shown in; undefined once removed from the quiz. */
  const columnOf = (questionId: string) => columnOfRoot.get(roots.get(questionId) ?? questionId);
  return { columns, columnOf };
}

/** The attempt that counts: the highest score, the earliest on a tie (Moodle's "highest grade"). */
export function bestAttempt<T extends { score: number; number: number }>(finished: readonly T[]): T | null {
  return finished.reduce<T | null>(
    (b, a) => (b == null || a.score > b.score || (a.score === b.score && a.number < b.number) ? a : b),
    null,
  );
}

/** A stored answer's cell state from its credit: right (1), partial (between), wrong (0). */
export function cellStateOf(credit: number): CellState {
  return credit >= 1 ? "right" : credit > 0 ? "partial" : "wrong";
}

const BLANK_CELL: ResultCell = {
  state: "blank",
  credit: null,
  seconds: null,
  given: null,
  questionId: null,
  isOverridden: false,
};

/** One cell per column from the counted attempt's answers, and the sum of their times. */
function cellsOf(best: AttemptRow | null, columnCount: number, columnOf: (questionId: string) => number | undefined) {
  const cells: ResultCell[] = Array.from({ length: columnCount }, () => ({ ...BLANK_CELL }));
  let seconds: number | null = null;
  for (const r of best?.responses ?? []) {
    if (r.seconds != null) seconds = (seconds ?? 0) + r.seconds;
    const col = columnOf(r.questionId);
    if (col == null) continue; // a question since removed from the quiz: still in the attempt's score
    const credit = creditOfResponse(r);
    cells[col] = {
      state: cellStateOf(credit),
      credit,
      seconds: r.seconds,
      given: parseGiven(r.given),
      questionId: r.questionId,
      isOverridden: r.overriddenAt != null,
    };
  }
  return { cells, seconds };
}

/** A student's row: status, the counted attempt (best finished) and its cells, extensions and accommodation. */
function buildRow({
  student,
  mine,
  assignment,
  columnCount,
  columnOf,
  now,
}: {
  student: StudentRow;
  mine: AttemptRow[];
  assignment: Assignment;
  columnCount: number;
  columnOf: (questionId: string) => number | undefined;
  now: Date;
}): ResultRow {
  // An attempt left open past its time limit or the due date counts as finished (it takes no more answers).
  const finished = mine.filter((a) => finishedAsOf(a, assignment.dueAt, now) != null);
  const best = bestAttempt(finished);
  const { cells, seconds } = cellsOf(best, columnCount, columnOf);
  return {
    studentId: student.id,
    name: student.displayName,
    isRemoved: student.removedAt != null,
    status: best ? "finished" : mine.length > 0 ? "in_progress" : "not_started",
    attemptsUsed: mine.length,
    attemptId: best?.id ?? mine.at(-1)?.id ?? null,
    startedAt: (best ?? mine.at(-1))?.startedAt ?? null,
    submittedAt: best ? finishedAsOf(best, assignment.dueAt, now) : null,
    attemptNumber: best?.number ?? null,
    score: best ? roundScore(best.score) : null,
    total: best?.total ?? null,
    seconds: best ? seconds : null,
    extensions: mine.reduce((n, a) => n + a.extensions, 0),
    extendedSec: mine.reduce((n, a) => n + a.extendedSec, 0),
    accommodation: student.accommodations[0] ?? null,
    cells,
  };
}

/** Each student's attempts, in attempt order. */
function groupByStudent(attempts: AttemptRow[]) {
  const byStudent = new Map<string, AttemptRow[]>();
  for (const a of attempts) {
    const list = byStudent.get(a.studentId!) ?? [];
    list.push(a);
    byStudent.set(a.studentId!, list);
  }
  return byStudent;
}

/** Per question: facility and discrimination over the item scores (credit, 0..1), and how answers spread. */
function analyseItems(columns: ResultColumn[], counted: ResultRow[]): ItemAnalysis[] {
  const itemScores = columns.map((_, c) => counted.map((r) => r.cells[c]!.credit ?? 0));
  // "Rest of the quiz" uses the same column scores, so a question dropped from the quiz does not skew it.
  const totals = counted.map((_, s) => itemScores.reduce((sum, col) => sum + col[s]!, 0));
  return columns.map((col, c) => {
    const f = facility(itemScores[c]!);
    const d = discrimination(itemScores[c]!, totals);
    const cells = counted.map((r) => r.cells[c]!);
    const isSingle = isSingleAnswerType(col.type) && typeof col.answer === "string";
    const counts = isSingle ? col.choices.map((choice) => ({ choice, count: 0, isKey: choice === col.answer })) : null;
    let otherCount = 0;
    let blankCount = 0;
    for (const cell of cells) {
      if (cell.state === "blank" || cell.given == null) {
        blankCount++;
        continue;
      }
      if (!counts) continue;
      const hit = counts.find((x) => x.choice === cell.given);
      if (hit) hit.count++;
      else otherCount++;
    }
    return {
      n: col.n,
      rootId: col.rootId,
      questionId: col.questionId,
      reviewHref: `/teacher/articles/${col.articleId}?question=${encodeURIComponent(col.questionId)}`,
      facility: f,
      discrimination: d,
      attempts: counted.length,
      needsReview: needsReview({ facility: f, discrimination: d, attempts: counted.length }),
      choiceCounts: counts,
      otherCount,
      blankCount,
      rightCount: cells.filter((x) => x.state === "right").length,
      partialCount: cells.filter((x) => x.state === "partial").length,
    };
  });
}

/** Class summary over the counted rows: mean, median, the score distribution. */
function summarize(rows: ResultRow[], counted: ResultRow[], columnCount: number) {
  const scores = counted.map((r) => r.score!);
  const maxScore = Math.max(columnCount, ...counted.map((r) => r.total ?? 0));
  return {
    students: rows.filter((r) => !r.isRemoved).length,
    finished: counted.length,
    inProgress: rows.filter((r) => r.status === "in_progress" && !r.isRemoved).length,
    mean: mean(scores),
    median: median(scores),
    maxScore,
    distribution: scoreDistribution(scores, maxScore),
  };
}

export async function getAssignmentResults({ teacherId, assignmentId, now = new Date() }: AssignmentRef) {
  const assignment = await getAssignment({ teacherId, assignmentId });
  const { itemIds, students, attempts } = await loadResultData(assignment);
  const { columns, columnOf } = await buildColumns(itemIds, attempts, assignment.quiz.article.id);
  const byStudent = groupByStudent(attempts);
  const rows = students.map((student) =>
    buildRow({
      student,
      mine: byStudent.get(student.id) ?? [],
      assignment,
      columnCount: columns.length,
      columnOf,
      now,
    }),
  );
  // Summary and item analysis over current students with a counted attempt (a removed student's row stays visible
  // but no longer counts, matching the completion count of the assignments list).
  const counted = rows.filter((r) => r.status === "finished" && !r.isRemoved);
  return {
    assignment,
    columns,
    rows,
    items: analyseItems(columns, counted),
    summary: summarize(rows, counted, columns.length),
  };
}
export type AssignmentResults = Awaited<ReturnType<typeof getAssignmentResults>>;
