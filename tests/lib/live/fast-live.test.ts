// A live game's phone routes on node:http (lib/http/fast-live.ts) against the Next route handlers they stand in front
// of: the same requests on twin games must get the same status and JSON (first answer, replay, a changed answer, no
// cookie, bad JSON, bad input, an unknown question, an unknown ping), the headers next.config.js gives every response,
// and the event stream must carry the phone's own view (no key while the question is open). Anything else is passed
// on to Next.
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as answerRoute } from "@/app/api/live/games/[id]/answers/route";
import { POST as pongRoute } from "@/app/api/live/games/[id]/pong/route";
import { db } from "@/lib/db";
import { serveLive } from "@/lib/http/fast-live";
import securityHeaders from "@/lib/http/security-headers.json";
import { controlGame } from "@/lib/live/host-game";
import { forgetLiveGames } from "@/lib/live/live-runtime";
import { joinGame } from "@/lib/live/play-game";
import { makeLiveGame, makeTeacher } from "../../setup/factories";
import { PASSED_ON, servingOnly, viaRoute } from "../../setup/fast-path-server";

vi.mock("next/headers", () => import("../../setup/fast-path-server"));

const DEVICE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const STRANGER = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

const fastPath = servingOnly(serveLive);
afterEach(() => forgetLiveGames());

async function startedGame() {
  const teacher = await makeTeacher();
  const { questions, game } = await makeLiveGame(teacher.id, [
    { prompt: "Capital?", choices: ["Cairo", "Giza", "Luxor"], answer: "Cairo" },
    { prompt: "River?", choices: ["Nile", "Amazon", "Seine"], answer: "Nile" },
  ]);
  await joinGame({ pin: game.pin, name: "Sara", deviceId: DEVICE });
  await joinGame({ pin: game.pin, name: "Omar", deviceId: "dddddddd-dddd-4ddd-8ddd-dddddddddddd" });
  await controlGame({ teacherId: teacher.id, gameId: game.id, action: "start" });
  return { gameId: game.id, questions };
}

const viaFastPath = fastPath.post;

describe("live fast path", () => {
  it("answers exactly as the Next route does", async () => {
    const fast = await startedGame();
    const next = await startedGame();
    const cases: { body: (q: string) => string; device: string | null }[] = [
      { body: (q) => JSON.stringify({ questionId: q, answer: "Giza" }), device: null }, // no cookie: 404
      { body: (q) => JSON.stringify({ questionId: q, answer: "Giza" }), device: STRANGER }, // never joined: 404
      { body: () => "{not json", device: DEVICE }, // 400 invalid_json
      { body: (q) => JSON.stringify({ questionId: q, answer: 5 }), device: DEVICE }, // 400 bad input
      { body: () => JSON.stringify({ questionId: "nope", answer: "Cairo" }), device: DEVICE }, // 404 unknown question
      { body: (q) => JSON.stringify({ questionId: q, answer: "Cairo" }), device: DEVICE }, // 200 accepted
      { body: (q) => JSON.stringify({ questionId: q, answer: "Cairo" }), device: DEVICE }, // 200 replay
      { body: (q) => JSON.stringify({ questionId: q, answer: "Luxor" }), device: DEVICE }, // 409 already_answered
    ];
    const statuses: number[] = [];
    for (const c of cases) {
      const a = await viaFastPath(`/api/live/games/${fast.gameId}/answers`, c.body(fast.questions[0]!.id), c.device);
      const b = await viaRoute(answerRoute, next.gameId, c.body(next.questions[0]!.id), c.device);
      expect(a.status).toBe(b.status);
      expect(a.json).toEqual(b.json);
      expect(a.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      for (const h of securityHeaders) expect(a.headers.get(h.key)).toBe(h.value);
      statuses.push(a.status);
    }
    expect(statuses).toEqual([404, 404, 400, 400, 404, 200, 200, 409]);
    // stored once, on both
    for (const g of [fast, next]) expect(await db.liveAnswer.count({ where: { gameId: g.gameId } })).toBe(1);
    // an unknown ping: same refusal
    const body = JSON.stringify({ pingId: "00000000-0000-4000-8000-000000000000" });
    const a = await viaFastPath(`/api/live/games/${fast.gameId}/pong`, body, DEVICE);
    const b = await viaRoute(pongRoute, next.gameId, body, DEVICE);
    expect([a.status, a.json]).toEqual([b.status, b.json]);
    expect(a.status).toBe(404);
  });

  it("streams the phone's own view without the key, answers the ping, and passes everything else on", async () => {
    const { gameId } = await startedGame();
    const ctrl = new AbortController();
    const res = await fetch(fastPath.url(`/api/live/games/${gameId}/events`), {
      headers: { cookie: `fahm_device=${DEVICE}` },
      signal: ctrl.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    let text = "";
    while (!/event: ping\ndata: .*\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    ctrl.abort();
    expect(text.startsWith("retry: 1000\n\n")).toBe(true);
    const view = JSON.parse(/event: view\ndata: (.*)\n\n/.exec(text)![1]!) as Record<string, unknown>;
    expect(view).toMatchObject({ phase: "question", reveal: null, me: { name: "Sara" } });
    expect(text).not.toMatch(/"answer"|"evidence"/);
    // the ping comes back as a pong through the fast path: a round trip is measured
    const pingId = (JSON.parse(/event: ping\ndata: (.*)\n\n/.exec(text)![1]!) as { id: string }).id;
    const pong = await viaFastPath(`/api/live/games/${gameId}/pong`, JSON.stringify({ pingId }), DEVICE);
    expect(pong.status).toBe(200);
    expect(pong.json).toMatchObject({ rttMs: expect.any(Number) });

    // a device that never joined: a JSON 404, no stream
    const stranger = await fetch(fastPath.url(`/api/live/games/${gameId}/events`), {
      headers: { cookie: `fahm_device=${STRANGER}` },
    });
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toMatchObject({ error: { code: "not_found" } });
    // other methods and paths go to Next
    const get = await fetch(fastPath.url(`/api/live/games/${gameId}/answers`));
    expect([get.status, await get.text()]).toEqual([PASSED_ON, "next"]);
    const join = await viaFastPath("/api/live/join", "{}", DEVICE);
    expect(join.status).toBe(PASSED_ON);
  });
});
