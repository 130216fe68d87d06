// Results of one assignment: students × questions (best finished attempt per student), class summary, and item
// analysis per question. Every version of a question counts in the column of its root (first version); a column
// is the root of a quiz item's question, in quiz item order. The numbers come from lib/results/stats.ts.
import "server-only";
import { getAssignment } from "@/lib/assignments/get-assignment";
import { finishedAsOf } from "@/lib/attempts/attempt-rules";
import { db } from "@/lib/db";
import { parseAnswer } from "@/lib/question-rows";
import { latestIdsOf, rootIdsOf } from "@/lib/quizzes/question-versions";
import { discrimination, facility, mean, median, needsReview, scoreDistribution } from "@/lib/results/stats";
import { isSingleAnswerType } from "@/lib/validation/question";

export type CellState = "right" | "wrong" | "blank";
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
  rightCount: number;
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

export async function getAssignmentResults({
  teacherId,
  assignmentId,
  now = new Date(),
}: {
  teacherId: string;
  assignmentId: string;
  now?: Date;
}) {
  const assignment = await getAssignment({ teacherId, assignmentId });

  const items = await db.quizItem.findMany({
    where: { quizId: assignment.quiz.id },
    orderBy: { position: "asc" },
    select: { questionId: true },
  });
  const [students, attempts] = await Promise.all([
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
        responses: { select: { questionId: true, given: true, correct: true, seconds: true, overriddenAt: true } },
      },
    }),
  ]);

  // Columns: roots of the quiz items, shown as their latest versions.
  const itemIds = items.map((i) => i.questionId);
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
      articleId: q?.articleId ?? assignment.quiz.article.id,
      type: q?.type ?? "mcq",
      prompt: q?.prompt ?? "",
      choices: q ? parseStringArray(q.choices) : [],
      left: q?.left ? parseStringArray(q.left) : null,
      answer: q ? (parseGiven(q.answer) ?? "") : "",
    };
  });
  const columnOfRoot = new Map(columnRoots.map((r, i) => [r, i]));

  // Rows: each student's best finished attempt (highest score, earliest on a tie), as Moodle's "highest grade".
  const attemptsByStudent = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const list = attemptsByStudent.get(a.studentId!) ?? [];
    list.push(a);
    attemptsByStudent.set(a.studentId!, list);
  }
  const rows: ResultRow[] = students.map((s) => {
    const mine = attemptsByStudent.get(s.id) ?? [];
    // An attempt left open past its time limit or the due date counts as finished (it takes no more answers).
    const finished = mine.filter((a) => finishedAsOf(a, assignment.dueAt, now) != null);
    const best = finished.reduce<(typeof mine)[number] | null>(
      (b, a) => (b == null || a.score > b.score || (a.score === b.score && a.number < b.number) ? a : b),
      null,
    );
    const cells: ResultCell[] = columns.map(() => ({
      state: "blank",
      seconds: null,
      given: null,
      questionId: null,
      isOverridden: false,
    }));
    let seconds: number | null = null;
    if (best) {
      for (const r of best.responses) {
        if (r.seconds != null) seconds = (seconds ?? 0) + r.seconds;
        const col = columnOfRoot.get(roots.get(r.questionId) ?? r.questionId);
        if (col == null) continue; // a question since removed from the quiz: still in the attempt's score
        cells[col] = {
          state: r.correct ? "right" : "wrong",
          seconds: r.seconds,
          given: parseGiven(r.given),
          questionId: r.questionId,
          isOverridden: r.overriddenAt != null,
        };
      }
    }
    return {
      studentId: s.id,
      name: s.displayName,
      isRemoved: s.removedAt != null,
      status: best ? "finished" : mine.length > 0 ? "in_progress" : "not_started",
      attemptsUsed: mine.length,
      attemptId: best?.id ?? mine.at(-1)?.id ?? null,
      startedAt: (best ?? mine.at(-1))?.startedAt ?? null,
      submittedAt: best ? finishedAsOf(best, assignment.dueAt, now) : null,
      attemptNumber: best?.number ?? null,
      score: best?.score ?? null,
      total: best?.total ?? null,
      seconds: best ? seconds : null,
      extensions: mine.reduce((n, a) => n + a.extensions, 0),
      extendedSec: mine.reduce((n, a) => n + a.extendedSec, 0),
      accommodation: s.accommodations[0] ?? null,
      cells,
    };
  });

  // Summary and item analysis over current students with a counted attempt (a removed student's row stays visible
  // but no longer counts, matching the completion count of the assignments list).
  const counted = rows.filter((r) => r.status === "finished" && !r.isRemoved);
  const scores = counted.map((r) => r.score!);
  const maxScore = Math.max(columns.length, ...counted.map((r) => r.total ?? 0));
  const itemScores = columns.map((_, c) => counted.map((r) => (r.cells[c]!.state === "right" ? 1 : 0)));
  // "Rest of the quiz" uses the same column scores, so a question dropped from the quiz does not skew it.
  const totals = counted.map((_, s) => itemScores.reduce((sum, col) => sum + col[s]!, 0));
  const items_: ItemAnalysis[] = columns.map((col, c) => {
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
    };
  });

  return {
    assignment,
    columns,
    rows,
    items: items_,
    summary: {
      students: rows.filter((r) => !r.isRemoved).length,
      finished: counted.length,
      inProgress: rows.filter((r) => r.status === "in_progress" && !r.isRemoved).length,
      mean: mean(scores),
      median: median(scores),
      maxScore,
      distribution: scoreDistribution(scores, maxScore),
    },
  };
}
export type AssignmentResults = Awaited<ReturnType<typeof getAssignmentResults>>;
