// Issue 8, the teacher's review options (Moodle's): per phase — right after each answer, after the attempt is
// submitted, after the due date — a quiz shows correct/incorrect only ("verdict") or the right answer and its evidence
// too ("keys"). A key must never reach the browser in a phase set to "verdict": checked on the JSON itself, through
// both servers of POST /answers (the node:http fast path and the Next route), the attempt read-back (GET) and the
// finish response. The safety rule stays on top: keys never while another attempt could change the score.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as routePost } from "@/app/api/attempts/[id]/answers/route";
import { GET as routeGet } from "@/app/api/attempts/[id]/route";
import { POST as routeFinish } from "@/app/api/attempts/[id]/finish/route";
import { canShowKeys, reviewPhase, type KeysAttempt } from "@/lib/attempts/attempt-rules";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { db } from "@/lib/db";
import { serveAnswer } from "@/lib/http/fast-answers";
import { QuizSettingsSchema, type ReviewShow } from "@/lib/validation/quizzes";
import { keysHintKey } from "@/components/quiz/keys-hint";
import { makeArticle, makeClassWithStudent, makeQuiz, makeTeacher } from "../setup/factories";
import { cookieJar } from "../setup/device-cookie";

vi.mock("next/headers", () => import("../setup/device-cookie"));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const KEY = "Zanzibar1998"; // every question's key: if it is in a response to a wrong answer, the key leaked
const hasKeyFields = (json: unknown) => /"answer"\s*:|"evidence"\s*:/.test(JSON.stringify(json));

// ---- the rule, as a pure function: each phase × each setting ----

const at = (ms: number) => new Date(Date.UTC(2026, 10, 30, 12) + ms);
function ruleAttempt(review: [ReviewShow, ReviewShow, ReviewShow], finishedAt: Date | null): KeysAttempt {
  return {
    finishedAt,
    deadlineAt: null,
    assignment: {
      dueAt: at(HOUR),
      quiz: {
        feedback: "immediate",
        timeLimitSec: null,
        reviewDuring: review[0],
        reviewAfterSubmit: review[1],
        reviewAfterClose: review[2],
      },
    },
  };
}
const lastAttempt = { others: [], attemptsAllowed: 1 };

describe("canShowKeys with the review options", () => {
  const phases = [
    { phase: "during", index: 0, finishedAt: null, now: at(0) },
    { phase: "after_submit", index: 1, finishedAt: at(MINUTE), now: at(2 * MINUTE) },
    { phase: "after_close", index: 2, finishedAt: at(MINUTE), now: at(2 * HOUR) },
  ] as const;
  for (const p of phases)
    for (const show of ["verdict", "keys"] as const)
      it(`${p.phase}, "${show}": keys ${show === "keys" ? "shown" : "withheld"} (last attempt)`, () => {
        // the other phases set to the opposite, so only this phase's option can decide
        const review = [0, 1, 2].map((i) => (i === p.index ? show : show === "keys" ? "verdict" : "keys")) as [
          ReviewShow,
          ReviewShow,
          ReviewShow,
        ];
        const a = ruleAttempt(review, p.finishedAt);
        expect(reviewPhase(a, p.now)).toBe(p.phase);
        expect(canShowKeys(a, p.now, lastAttempt)).toBe(show === "keys");
      });

  it('"keys" does not override the safety rule: with an attempt left, none before the due date', () => {
    const a = ruleAttempt(["keys", "keys", "keys"], at(MINUTE));
    const oneLeft = { others: [], attemptsAllowed: 2 };
    expect(canShowKeys({ ...a, finishedAt: null }, at(0), oneLeft)).toBe(false);
    expect(canShowKeys(a, at(2 * MINUTE), oneLeft)).toBe(false);
    expect(canShowKeys(a, at(2 * HOUR), oneLeft)).toBe(true); // closed: no attempt can be started any more
  });

  it("a value that is neither choice reads as correct/incorrect only; the form's schema refuses it", () => {
    const a = ruleAttempt(["keys", "keys", "keys"], null);
    a.assignment!.quiz.reviewDuring = "everything";
    expect(canShowKeys(a, at(0), lastAttempt)).toBe(false);
    expect(QuizSettingsSchema.safeParse({ title: "Q", reviewDuring: "everything" }).success).toBe(false);
    // defaults keep today's behaviour for a quiz saved without the options
    expect(QuizSettingsSchema.parse({ title: "Q" })).toMatchObject({
      reviewDuring: "keys",
      reviewAfterSubmit: "keys",
      reviewAfterClose: "keys",
    });
  });
});

// ---- the JSON a student's browser gets, through both answer servers ----

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!serveAnswer(req, res)) res.writeHead(599).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

type Path = "fast" | "route";
async function postAnswer(path: Path, attemptId: string, device: string, questionId: string, answer: string) {
  const body = JSON.stringify({ questionId, answer });
  if (path === "fast") {
    const res = await fetch(`${base}/api/attempts/${attemptId}/answers`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", cookie: `fahm_device=${device}` },
    });
    return { status: res.status, text: await res.text() };
  }
  cookieJar.device = device;
  const res = await routePost(new Request("http://app/x", { method: "POST", body }), {
    params: Promise.resolve({ id: attemptId }),
  });
  return { status: res.status, text: await res.text() };
}
async function readBack(attemptId: string, device: string) {
  cookieJar.device = device;
  const res = await routeGet(new Request("http://app/x"), { params: Promise.resolve({ id: attemptId }) });
  return { status: res.status, text: await res.text() };
}
async function finish(attemptId: string, device: string) {
  cookieJar.device = device;
  const res = await routeFinish(new Request("http://app/x", { method: "POST" }), {
    params: Promise.resolve({ id: attemptId }),
  });
  return { status: res.status, text: await res.text() };
}

/** What one response (text) reveals: the verdict always, the key fields only with keys. */
function expectShows(what: string, text: string, show: ReviewShow) {
  const json = JSON.parse(text) as unknown;
  expect(text, what).toMatch(/"correct"\s*:/);
  if (show === "keys") {
    expect(hasKeyFields(json), what).toBe(true);
    expect(text, what).toContain(KEY);
  } else {
    expect(hasKeyFields(json), what).toBe(false);
    expect(text, what).not.toContain("evidence");
  }
}

let deviceSeq = 0;
async function world(review: [ReviewShow, ReviewShow, ReviewShow]) {
  const teacher = await makeTeacher();
  const { article, questions } = await makeArticle(teacher.id, [
    { choices: [KEY, "B", "C"], answer: KEY },
    { choices: [KEY, "B", "C"], answer: KEY },
    { choices: [KEY, "B", "C"], answer: KEY },
  ]);
  const quiz = await makeQuiz(teacher.id, article.id, {
    feedback: "immediate",
    attemptsAllowed: 1,
    reviewDuring: review[0],
    reviewAfterSubmit: review[1],
    reviewAfterClose: review[2],
  });
  const device = `eeeeeeee-eeee-4eee-8eee-${String(++deviceSeq).padStart(12, "0")}`;
  const { klass } = await makeClassWithStudent(teacher.id, device);
  const assignment = await db.assignment.create({
    data: {
      quizId: quiz.id,
      classId: klass.id,
      opensAt: new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + HOUR),
    },
  });
  const attempt = await startAssignmentAttempt({ assignmentId: assignment.id, deviceId: device });
  return { device, assignment, attempt, questions };
}

const COMBOS: Array<[ReviewShow, ReviewShow, ReviewShow]> = [
  ["verdict", "verdict", "verdict"],
  ["keys", "keys", "keys"],
  ["verdict", "keys", "verdict"],
  ["verdict", "verdict", "keys"], // the e2e scenario: ✓/✗ while answering, the keys once the assignment closed
];

describe("the JSON sent to the student honours the phase's option (both answer servers)", () => {
  for (const path of ["fast", "route"] as const)
    for (const [during, afterSubmit, afterClose] of COMBOS)
      it(`${path}: during "${during}", after submit "${afterSubmit}", after close "${afterClose}"`, async () => {
        const { device, assignment, attempt, questions } = await world([during, afterSubmit, afterClose]);
        const [q0, q1] = questions;

        // During the attempt: the answer's response and the read-back.
        const a0 = await postAnswer(path, attempt.id, device, q0!.id, "B");
        expect(a0.status).toBe(200);
        expectShows("answer during", a0.text, during);
        expectShows("read-back during", (await readBack(attempt.id, device)).text, during);

        // Submitted (the due date still ahead): the finish response, the read-back, a resent answer's replay.
        await postAnswer(path, attempt.id, device, q1!.id, KEY);
        const done = await finish(attempt.id, device);
        expect(done.status).toBe(200);
        expectShows("finish response", done.text, afterSubmit);
        expectShows("read-back after submit", (await readBack(attempt.id, device)).text, afterSubmit);
        const replay = await postAnswer(path, attempt.id, device, q0!.id, "B");
        expect(replay.status).toBe(200);
        expectShows("replay after submit", replay.text, afterSubmit);

        // The assignment closes (its due date passes).
        await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - HOUR) } });
        expectShows("read-back after close", (await readBack(attempt.id, device)).text, afterClose);
        const late = await postAnswer(path, attempt.id, device, q0!.id, "B");
        expect(late.status).toBe(200);
        expectShows("replay after close", late.text, afterClose);

        // Review cards show keys: a student whose teacher never shows them gets none.
        const cards = await db.reviewCard.count({ where: { questionId: { in: [q0!.id, q1!.id] } } });
        expect(cards > 0).toBe(during === "keys" || afterSubmit === "keys" || afterClose === "keys");
      });
});

describe("the player's hint says when the keys come", () => {
  const rules = (phase: "during" | "after_submit" | "after_close", r: ReviewShow[], feedback = "immediate") => ({
    isAssignment: true,
    feedback: feedback as "immediate",
    review: { phase, during: r[0]!, afterSubmit: r[1]!, afterClose: r[2]! },
  });
  it("later, after submitting, after the due date, or never", () => {
    expect(keysHintKey(rules("during", ["keys", "keys", "keys"]))).toBe("keysLater"); // held back by the safety rule
    expect(keysHintKey(rules("during", ["verdict", "keys", "keys"]))).toBe("keysAfterSubmit");
    expect(keysHintKey(rules("during", ["verdict", "verdict", "keys"]))).toBe("keysAfterClose");
    expect(keysHintKey(rules("after_submit", ["keys", "verdict", "keys"]))).toBe("keysAfterClose");
    expect(keysHintKey(rules("during", ["verdict", "verdict", "verdict"]))).toBe("keysNever");
    expect(keysHintKey(rules("after_close", ["keys", "keys", "verdict"]))).toBe("keysNever");
    // feedback "after the due date" shows nothing after submitting: those keys never come before the close
    expect(keysHintKey(rules("after_close", ["verdict", "keys", "verdict"], "after_due"))).toBe("keysNever");
  });
});
