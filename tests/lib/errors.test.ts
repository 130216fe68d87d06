// errorResponse is the one place a thrown error becomes HTTP: a client must get a status it can act on and a JSON body
// `{ error: { code, message } }`, and an unexpected error must not leak its details.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { TooManyPastesError } from "@/lib/articles/paste-rate-limit";
import {
  ConflictError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  errorResponse,
  orNotFound,
  readJson,
} from "@/lib/errors";

const bodyOf = async (res: Response) => (await res.json()) as { error: { code: string; message: string } };

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("maps a domain error to its status, code and message", async () => {
    const cases = [
      [new ValidationError("Too short."), 400, "invalid_input", "Too short."],
      [new UnauthorizedError(), 401, "unauthorized", "Sign in as a teacher to do that."],
      [new NotFoundError(), 404, "not_found", "Not found."],
      [new ConflictError("Already answered.", "already_answered"), 409, "already_answered", "Already answered."],
    ] as const;
    for (const [err, status, code, message] of cases) {
      const res = errorResponse(err);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(await bodyOf(res)).toEqual({ error: { code, message } });
      expect(res.headers.get("retry-after")).toBeNull();
    }
  });

  it("says when to try again for a rate limit", async () => {
    const res = errorResponse(new TooManyPastesError(42));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect((await bodyOf(res)).error.code).toBe("too_many_pastes");
  });

  it("turns a locked database (SQLite busy, a PostgreSQL write conflict) into 503 busy with Retry-After", async () => {
    for (const code of ["P1008", "P2034", "SQLITE_BUSY", "SQLITE_LOCKED_SHAREDCACHE"]) {
      const res = errorResponse(Object.assign(new Error("database is locked"), { code }));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect((await bodyOf(res)).error.code).toBe("busy");
    }
  });

  it("reports a zod failure as 400 with the first issue's message", async () => {
    const parsed = z.object({ title: z.string().min(3, "The title is too short.") }).safeParse({ title: "a" });
    const res = errorResponse(parsed.error);
    expect(res.status).toBe(400);
    expect(await bodyOf(res)).toEqual({ error: { code: "invalid_input", message: "The title is too short." } });
  });

  it("keeps an unexpected error generic (500) and logs it on the server", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2");
    const res = errorResponse(secret);
    expect(res.status).toBe(500);
    expect(await bodyOf(res)).toEqual({ error: { code: "internal", message: "Something went wrong." } });
    expect(log).toHaveBeenCalledWith(secret);
  });
});

describe("readJson", () => {
  it("reads a JSON body, and turns malformed JSON into a 400 instead of a 500", async () => {
    const post = (body: string) => new Request("http://x/", { method: "POST", body });
    expect(await readJson(post('{"a":1}'))).toEqual({ a: 1 });
    const err = await readJson(post("{nope")).catch((e: unknown) => e);
    const res = errorResponse(err);
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.code).toBe("invalid_json");
  });
});

describe("orNotFound", () => {
  it("gives the value, shows Next's 404 page for a NotFoundError, and lets any other error through", async () => {
    expect(await orNotFound(Promise.resolve(42))).toBe(42);
    const notFound = await orNotFound(Promise.reject(new NotFoundError())).catch((e: unknown) => e);
    expect((notFound as { digest?: string }).digest).toMatch(/404/); // what next/navigation's notFound() throws
    const other = new ValidationError("Too short.");
    await expect(orNotFound(Promise.reject(other))).rejects.toBe(other);
  });
});
