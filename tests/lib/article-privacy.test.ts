// Issue 8, item 6, written as the attacks it stops: another device reading, listing, practising or deleting my
// anonymous paste; one client pasting without end (the 11th paste in a minute from a device is a 429).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as deleteRoute } from "@/app/api/articles/[id]/route";
import { GET as listRoute, POST as pasteRoute } from "@/app/api/articles/route";
import { deleteDeviceArticle } from "@/lib/articles/delete-article";
import { createArticle } from "@/lib/articles/create-article";
import { getArticle, listArticles } from "@/lib/articles/get-article";
import { PASTES_PER_ADDRESS, PASTES_PER_DEVICE } from "@/lib/articles/paste-rate-limit";
import { startAttempt } from "@/lib/attempts/attempts";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp } from "@/lib/client-address";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ENGLISH_ARTICLE } from "../setup/factories";

// The request boundary: which device cookie and which client address (as the stamp wrote it) a request carries.
const request = vi.hoisted(() => ({ device: null as string | null, address: "192.0.2.1" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "fahm_device" && request.device ? { name, value: request.device } : undefined),
    set: (name: string, value: string) => {
      if (name === "fahm_device") request.device = value;
    },
  }),
  headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: request.address }),
}));

const MINE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const THEIRS = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
let addressCounter = 10;
/** A fresh device and address per test: the limiters' counters live for the whole file. */
function as(device: string | null, address = `198.51.100.${addressCounter++}`) {
  request.device = device;
  request.address = address;
}

let uninstall: () => void;
beforeAll(() => {
  uninstall = installClientAddressStamp({ trustedHops: 0 });
});
afterAll(() => uninstall());
beforeEach(() => as(null));

const paste = (title: string, body = ENGLISH_ARTICLE) =>
  pasteRoute(new Request("http://x/api/articles", { method: "POST", body: JSON.stringify({ title, body }) }));
const listedIds = async () =>
  ((await (await listRoute()).json()) as { articles: { id: string }[] }).articles.map((a) => a.id);

describe("an anonymous paste is private to the device that made it", () => {
  it("another device cannot open, list, practise or delete it; mine can, and deleting takes its questions too", async () => {
    const sample = await createArticle({ title: "Public sample", body: ENGLISH_ARTICLE }); // no device: public
    as(MINE);
    const res = await paste("Mine");
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { deviceId: true } })).toEqual({
      deviceId: MINE,
    });

    for (const other of [THEIRS, null]) {
      as(other);
      await expect(getArticle(id, { deviceId: other })).rejects.toBeInstanceOf(NotFoundError);
      expect(await listedIds()).not.toContain(id);
      expect(await listedIds()).toContain(sample.id);
      await expect(startAttempt({ articleId: id, deviceId: other ?? THEIRS })).rejects.toBeInstanceOf(NotFoundError);
      const del = await deleteRoute(new Request(`http://x/api/articles/${id}`, { method: "DELETE" }), {
        params: Promise.resolve({ id }),
      });
      expect(del.status).toBe(404);
      expect(((await del.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    expect(await db.article.count({ where: { id } })).toBe(1);

    as(MINE);
    expect(await listedIds()).toEqual(expect.arrayContaining([id, sample.id]));
    expect((await listArticles({ deviceId: MINE })).find((a) => a.id === id)?.isMine).toBe(true);
    expect((await getArticle(id, { deviceId: MINE })).isMine).toBe(true);
    const del = await deleteRoute(new Request(`http://x/api/articles/${id}`, { method: "DELETE" }), {
      params: Promise.resolve({ id }),
    });
    expect(del.status).toBe(204);
    expect(await db.article.count({ where: { id } })).toBe(0);
    expect(await db.question.count({ where: { articleId: id } })).toBe(0);
  });

  it("nobody can delete the public sample", async () => {
    const sample = await createArticle({ title: "Public sample", body: "ok" });
    await expect(deleteDeviceArticle({ articleId: sample.id, deviceId: MINE })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDeviceArticle({ articleId: sample.id, deviceId: null })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.article.count({ where: { id: sample.id } })).toBe(1);
  });

  it("a paste without a cookie gets a new device, which then owns it", async () => {
    as(null);
    const { id } = (await (await paste("Fresh device", "ok")).json()) as { id: string };
    expect(request.device).toMatch(/^[0-9a-f-]{36}$/);
    expect(await listedIds()).toContain(id);
  });
});

describe("pastes are rate-limited", () => {
  it("the 11th paste in a minute from one device is a 429 with a JSON error, and nothing is saved", async () => {
    as("cccccccc-cccc-4ccc-8ccc-cccccccccccc");
    expect(PASTES_PER_DEVICE.points).toBe(10);
    for (let i = 0; i < 10; i++) expect((await paste(`Tiny ${i}`, "ok")).status).toBe(201);
    const before = await db.article.count();
    const res = await paste("Eleventh", "ok");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.json()).toEqual({ error: { code: "too_many_pastes", message: expect.any(String) } });
    expect(await db.article.count()).toBe(before);
  });

  it("new cookies per paste do not dodge the limit: the address is counted too", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < PASTES_PER_ADDRESS.points; i++) {
      as(null, address); // no cookie: a new device every time
      expect((await paste(`Drop cookie ${i}`, "ok")).status).toBe(201);
    }
    as(null, address);
    const res = await paste("One too many", "ok");
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("too_many_pastes");
    // Another address is not affected.
    as(null, "203.0.113.8");
    expect((await paste("Elsewhere", "ok")).status).toBe(201);
  });
});
