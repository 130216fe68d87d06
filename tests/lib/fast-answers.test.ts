// The answer fast path (lib/http/fast-answers.ts, issue 9) against the Next route handler it stands in front of: the
// same requests, on twin practice attempts of the same article, must get the same status and the same JSON — first
// answers, replays, a changed answer, no cookie, another device's cookie, bad JSON, bad input, an unknown attempt —
// plus the headers next.config.js gives every response, and everything else is passed on to Next untouched.
import { describe, expect, it, vi } from "vitest";
import { POST as routePost } from "@/app/api/attempts/[id]/answers/route";
import { createArticle } from "@/lib/articles/create-article";
import { ANSWER_CSP } from "@/lib/attempts/answer-request";
import { startAttempt } from "@/lib/attempts/attempts";
import { db } from "@/lib/db";
import { MAX_ANSWER_BODY_BYTES, serveAnswer } from "@/lib/http/fast-answers";
import securityHeaders from "@/lib/http/security-headers.json";
import { attemptKeys, ENGLISH_ARTICLE, wrongAnswer } from "../setup/factories";
import { PASSED_ON, servingOnly, viaRoute as viaNext } from "../setup/fast-path-server";

// the route handler reads the device cookie through next/headers
vi.mock("next/headers", () => import("../setup/fast-path-server"));

const DEVICE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const OTHER = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";

const fastPath = servingOnly(serveAnswer);
const viaFastPath = (attemptId: string, body: string, device: string | null, path?: string) =>
  fastPath.post(path ?? `/api/attempts/${attemptId}/answers`, body, device);
const viaRoute = (attemptId: string, body: string, device: string | null) =>
  viaNext(routePost, attemptId, body, device);

describe("the answer fast path answers as the Next route does", () => {
  it("first answers, replays, a changed answer, other devices, bad bodies and unknown attempts", async () => {
    const articleId = (await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE })).id;
    const fast = await startAttempt({ articleId, deviceId: DEVICE, fresh: true });
    const route = await startAttempt({ articleId, deviceId: DEVICE, fresh: true });
    const qs = await attemptKeys(fast.id);
    expect(qs.length).toBeGreaterThan(1);
    const body = (questionId: string, answer: unknown) => JSON.stringify({ questionId, answer });
    const cases: Array<[string, string, string | null]> = [
      ["a right first answer", body(qs[0]!.id, qs[0]!.answer), DEVICE],
      ["the same answer again (an offline resend)", body(qs[0]!.id, qs[0]!.answer), DEVICE],
      ["a different answer to an answered question", body(qs[0]!.id, wrongAnswer(qs[0]!)), DEVICE],
      ["a wrong first answer", body(qs[1]!.id, wrongAnswer(qs[1]!)), DEVICE],
      ["no device cookie", body(qs[2]?.id ?? qs[1]!.id, qs[1]!.answer), null],
      ["another device's cookie", body(qs[2]?.id ?? qs[1]!.id, qs[1]!.answer), OTHER],
      ["a body that is not JSON", "{questionId:", DEVICE],
      ["a body of the wrong shape", JSON.stringify({ questionId: "", answer: 3 }), DEVICE],
      ["a question not in the quiz", body("nope", "A"), DEVICE],
    ];
    for (const [what, b, device] of cases) {
      const [f, r] = [await viaFastPath(fast.id, b, device), await viaRoute(route.id, b, device)];
      expect({ what, status: f.status, json: f.json }).toEqual({ what, status: r.status, json: r.json });
      expect(f.headers.get("content-type")).toBe("application/json");
      expect(f.headers.get("content-security-policy")).toBe(ANSWER_CSP);
      expect(r.headers.get("content-security-policy")).toBe(ANSWER_CSP);
      // the headers next.config.js gives every response Next serves
      for (const h of securityHeaders) expect(f.headers.get(h.key)).toBe(h.value);
    }
    const unknown = [
      await viaFastPath("no-such-attempt", body(qs[0]!.id, "A"), DEVICE),
      await viaRoute("no-such-attempt", body(qs[0]!.id, "A"), DEVICE),
    ];
    expect(unknown[0]!.status).toBe(404);
    expect(unknown[0]!.json).toEqual(unknown[1]!.json);

    // what it stored is what the route stored: answers, counts, and the practice answers' review cards
    const stored = async (attemptId: string) => ({
      attempt: await db.attempt.findUniqueOrThrow({
        where: { id: attemptId },
        select: { score: true, answeredCount: true, finishedAt: true },
      }),
      responses: await db.response.findMany({
        where: { attemptId },
        select: { questionId: true, given: true, correct: true },
        orderBy: { questionId: "asc" },
      }),
    });
    expect(await stored(fast.id)).toEqual(await stored(route.id));
    expect((await stored(fast.id)).responses).toHaveLength(2);
    expect(await db.reviewCard.count({ where: { ownerKey: `d:${DEVICE}` } })).toBe(2);
  });

  it("passes everything but a POST to the answer route on to Next, and refuses a huge body", async () => {
    const articleId = (await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE })).id;
    const { id } = await startAttempt({ articleId, deviceId: DEVICE, fresh: true });
    const get = await fetch(fastPath.url(`/api/attempts/${id}/answers`));
    expect(get.status).toBe(PASSED_ON);
    for (const path of [`/api/attempts/${id}/answers/`, `/api/attempts/${id}`, `/api/attempts/a%2Fb/answers`])
      expect((await viaFastPath(id, "{}", DEVICE, path)).status, path).toBe(PASSED_ON);
    const huge = await viaFastPath(
      id,
      JSON.stringify({ questionId: "x", answer: "a".repeat(MAX_ANSWER_BODY_BYTES) }),
      DEVICE,
    );
    expect(huge.status).toBe(413);
    expect(huge.json).toMatchObject({ error: { code: "too_large" } });
    expect(await db.response.count({ where: { attemptId: id } })).toBe(0);
  });
});
