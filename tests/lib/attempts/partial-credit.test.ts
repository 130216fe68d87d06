// Issue 12: partial credit, judged on the server through both answer paths (the Next route and the node:http fast
// path), with the quiz setting on and off; then what the teacher sees: results, item analysis, CSV, XLSX, override.
import http from "node:http";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as routePost } from "@/app/api/attempts/[id]/answers/route";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { getAttemptView } from "@/lib/attempts/attempts";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { db } from "@/lib/db";
import { serveAnswer } from "@/lib/http/fast-answers";
import { createQuiz } from "@/lib/quizzes/create-quiz";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { overrideVerdict } from "@/lib/results/override-verdict";
import { getResultsCsv } from "@/lib/results/results-csv";
import { getResultsXlsx } from "@/lib/results/results-xlsx";
import { parseCsv } from "../../setup/parse-csv";
import { makeArticle, makeTeacher } from "../../setup/factories";
import { cookieJar } from "../../setup/device-cookie";

vi.mock("next/headers", () => import("../../setup/device-cookie"));

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!serveAnswer(req, res)) res.writeHead(599).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

type Path = "fast" | "route";
async function answer(path: Path, attemptId: string, device: string, questionId: string, given: string[]) {
  const body = JSON.stringify({ questionId, answer: given });
  if (path === "fast") {
    const res = await fetch(`${base}/api/attempts/${attemptId}/answers`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", cookie: `fahm_device=${device}` },
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }
  cookieJar.device = device;
  const res = await routePost(new Request("http://app/x", { method: "POST", body }), {
    params: Promise.resolve({ id: attemptId }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const PAIRS = ["Author", "Editor", "Mayor", "Judge"];
const YEARS = ["1990", "1998", "2004", "2012"];
/** Two pairs swapped: 2 of 4 right. */
const MATCHING_GIVEN = ["Editor", "Author", "Mayor", "Judge"];
/** The last event moved first: 3 of 4 in order. */
const TIMELINE_GIVEN = ["2012", "1990", "1998", "2004"];

async function setup(partialCredit: boolean) {
  const teacher = await makeTeacher();
  const { article, questions } = await makeArticle(teacher.id, [
    { type: "matching", choices: [...PAIRS].reverse(), answer: PAIRS },
    { type: "timeline", choices: [...YEARS].reverse(), answer: YEARS },
  ]);
  const ids = questions.map((q) => q.id);
  const quiz = await createQuiz({
    teacherId: teacher.id,
    input: { title: "Quiz", articleId: article.id, questionIds: ids, partialCredit },
  });
  const klass = await db.class.create({ data: { ownerId: teacher.id, name: "7A", joinCode: `J${Date.now()}` } });
  const devices = [crypto.randomUUID(), crypto.randomUUID()];
  for (const [i, deviceId] of devices.entries())
    await db.student.create({
      data: { classId: klass.id, displayName: ["Ali", "Sara"][i]!, pin: "1234", devices: { create: { deviceId } } },
    });
  const assignment = await createAssignment({
    teacherId: teacher.id,
    input: { quizId: quiz.id, classId: klass.id, dueAt: new Date(Date.now() + 86_400_000).toISOString() },
  });
  return { teacher, ids, assignment, devices };
}

/** One student answers both questions (2 of 4 pairs, 3 of 4 in order) through one path. */
async function answerBoth(path: Path, assignmentId: string, device: string, ids: string[]) {
  const { id } = await startAssignmentAttempt({ assignmentId, deviceId: device });
  const matching = await answer(path, id, device, ids[0]!, MATCHING_GIVEN);
  const timeline = await answer(path, id, device, ids[1]!, TIMELINE_GIVEN);
  return { attemptId: id, matching, timeline };
}

describe("partial credit through both answer paths", () => {
  it("on: 2 of 4 pairs earn 0.5 and 3 of 4 events in order 0.75, the same through the fast path and the route", async () => {
    const { teacher, ids, assignment, devices } = await setup(true);
    const fast = await answerBoth("fast", assignment.id, devices[0]!, ids);
    const route = await answerBoth("route", assignment.id, devices[1]!, ids);
    for (const r of [fast, route]) {
      expect(r.matching.status).toBe(200);
      expect(r.matching.json).toMatchObject({ correct: false, partial: { right: 2, of: 4 }, score: 0.5 });
      expect(r.timeline.json).toMatchObject({ correct: false, partial: { right: 3, of: 4 }, score: 1.25, total: 2 });
    }
    const { finishedAt: _f, ...fastJson } = fast.timeline.json;
    const { finishedAt: _r, ...routeJson } = route.timeline.json;
    expect(fastJson).toEqual(routeJson);
    for (const r of [fast, route]) {
      const stored = await db.attempt.findUniqueOrThrow({ where: { id: r.attemptId }, include: { responses: true } });
      expect(stored.score).toBe(1.25);
      expect(stored.responses.map((x) => x.credit).sort()).toEqual([0.5, 0.75]);
    }
    // a resend of the same answer replays its partial verdict, and counts nothing twice
    const again = await answer("fast", fast.attemptId, devices[0]!, ids[1]!, TIMELINE_GIVEN);
    expect(again.json).toMatchObject({ partial: { right: 3, of: 4 }, score: 1.25 });
    // the student's read-back (summary after a reload)
    const view = await getAttemptView({ attemptId: fast.attemptId, deviceId: devices[0]! });
    expect(view.score).toBe(1.25);
    expect(view.responses.find((r) => r.questionId === ids[1])).toMatchObject({ partial: { right: 3, of: 4 } });

    // the teacher: results table, item analysis, CSV and XLSX show the same fractions
    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    const ali = results.rows.find((r) => r.name === "Ali")!;
    expect(ali).toMatchObject({ score: 1.25, total: 2 });
    expect(ali.cells.map((c) => [c.state, c.credit])).toEqual([
      ["partial", 0.5],
      ["partial", 0.75],
    ]);
    expect(results.summary.mean).toBe(1.25);
    expect(results.items.map((i) => [i.facility, i.rightCount, i.partialCount])).toEqual([
      [0.5, 0, 2],
      [0.75, 0, 2],
    ]);
    const csv = parseCsv((await getResultsCsv({ teacherId: teacher.id, assignmentId: assignment.id })).body);
    const csvAli = csv.find((r) => r[0] === "Ali")!;
    expect(csvAli.slice(1, 5)).toEqual(["submitted", "1.25", "2", "62.5"]);
    expect([csvAli[10], csvAli[12]]).toEqual(["0.5", "0.75"]);
    const file = await getResultsXlsx({ teacherId: teacher.id, assignmentId: assignment.id });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    const xlsxAli = (book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).find((r) => r[1] === "Ali")!;
    expect(xlsxAli.slice(3, 6)).toEqual([1.25, 2, 62.5]);
    expect([xlsxAli[11], xlsxAli[13]]).toEqual([0.5, 0.75]);

    // an override gives a full point or none; setting it back to the checker's verdict restores the partial credit
    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: fast.attemptId, questionId: ids[1], correct: true },
    });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: fast.attemptId } })).score).toBe(1.5);
    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: fast.attemptId, questionId: ids[1], correct: false },
    });
    const r = await db.response.findFirstOrThrow({ where: { attemptId: fast.attemptId, questionId: ids[1] } });
    expect(r).toMatchObject({ correct: false, credit: 0, autoCredit: 0.75, overriddenById: teacher.id });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: fast.attemptId } })).score).toBe(0.5);
    const after = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(after.rows.find((x) => x.name === "Ali")!.cells[1]).toMatchObject({ state: "wrong", credit: 0 });
    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: fast.attemptId, questionId: ids[0], correct: true },
    });
    await overrideVerdict({
      teacherId: teacher.id,
      input: { attemptId: fast.attemptId, questionId: ids[0], correct: false },
    });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: fast.attemptId } })).score).toBe(0);
  });

  it("off (the default): the same answers earn nothing, through both paths", async () => {
    const { teacher, ids, assignment, devices } = await setup(false);
    const fast = await answerBoth("fast", assignment.id, devices[0]!, ids);
    const route = await answerBoth("route", assignment.id, devices[1]!, ids);
    for (const r of [fast, route]) {
      expect(r.timeline.json).toMatchObject({ correct: false, score: 0 });
      expect(r.timeline.json).not.toHaveProperty("partial");
      expect(r.matching.json).not.toHaveProperty("partial");
    }
    const results = await getAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(results.rows.map((x) => x.score)).toEqual([0, 0]);
    expect(results.rows[0]!.cells.map((c) => c.state)).toEqual(["wrong", "wrong"]);
    const csvAli = parseCsv((await getResultsCsv({ teacherId: teacher.id, assignmentId: assignment.id })).body).find(
      (r) => r[0] === "Ali",
    )!;
    expect([csvAli[2], csvAli[10], csvAli[12]]).toEqual(["0", "0", "0"]);
  });
});
