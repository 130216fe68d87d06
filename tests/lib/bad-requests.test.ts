// Issue 8, Low, written as the requests that used to get a 500 or an empty body: a method a route does not have, a
// class action with no session or no form, a practice start with a bad id, a lone surrogate in an id.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { startPractice } from "@/app/actions";
import { PUT as putArticles } from "@/app/api/articles/route";
import { POST as extendRoute } from "@/app/api/attempts/[id]/extend/route";
import { GET as getAuth, DELETE as deleteAuth } from "@/app/api/auth/[...all]/route";
import { createClassAction, removeStudentAction } from "@/app/teacher/classes/actions";
import { deleteQuizAction } from "@/app/teacher/quizzes/actions";
import { db } from "@/lib/db";
import { makeClassWithStudent, makeTeacherWithArticle } from "../setup/factories";

const who = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth", async (importOriginal) => {
  const real = (await importOriginal()) as typeof import("@/lib/auth");
  const getSession = async () => (who.userId ? { user: { id: who.userId, name: "T", email: "t@example.com" } } : null);
  return {
    ...real,
    auth: new Proxy(real.auth, { get: (t, p, r) => (p === "api" ? { ...t.api, getSession } : Reflect.get(t, p, r)) }),
  };
});
beforeEach(() => {
  who.userId = null;
});

/** Where an action sent the browser (Next's redirect() throws with the target in its digest). */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const err = await run.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (err as { digest?: string } | null)?.digest ?? "";
  expect(digest, `expected a redirect, got ${String(err)}`).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2]!;
}

describe("405 answers with the JSON error", () => {
  it("a method a route does not have: 405, Allow, { error: { code, message } }", async () => {
    const res = await putArticles();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
    expect(await res.json()).toEqual({
      error: { code: "method_not_allowed", message: expect.stringContaining("GET, POST") },
    });
  });
  it("under /api/auth too: an unknown path or method is JSON, not an empty body", async () => {
    const unknown = await getAuth(new Request("http://localhost:3000/api/auth/no-such-endpoint"));
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect((await deleteAuth()).status).toBe(405);
  });
});

describe("actions never answer a 500 to a missing session or form", () => {
  it("a class action without a session goes to sign-in and comes back; nothing is removed", async () => {
    const { teacher } = await makeTeacherWithArticle();
    const { klass, student } = await makeClassWithStudent(teacher.id, "cccccccc-cccc-4ccc-8ccc-cccccccccccc");
    const form = new FormData();
    form.set("classId", klass.id);
    form.set("studentId", student.id);
    expect(await redirectOf(removeStudentAction(form))).toBe("/sign-in?next=%2Fteacher%2Fclasses");
    expect(await redirectOf(createClassAction({}, form))).toBe("/sign-in?next=%2Fteacher%2Fclasses");
    expect(await db.student.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({ removedAt: null });
  });
  it("a class action called with no form data is a notice on the page, not a TypeError", async () => {
    const { teacher } = await makeTeacherWithArticle();
    who.userId = teacher.id;
    expect(await redirectOf(removeStudentAction(undefined as never))).toBe("/teacher/classes?error=not_found");
    expect(await createClassAction({}, undefined as never)).toMatchObject({ error: expect.any(String) });
    expect(await redirectOf(deleteQuizAction(null as never))).toMatch(/^\/teacher\/quizzes\?error=/);
  });
  it("practice with a bad or unknown article id goes home with a notice", async () => {
    const form = new FormData();
    form.set("articleId", "x".repeat(500));
    expect(await redirectOf(startPractice(form))).toBe("/?error=invalid_input");
    form.set("articleId", "no-such-article");
    expect(await redirectOf(startPractice(form))).toBe("/?error=not_found");
  });
});

describe("a lone surrogate in an id", () => {
  it("is the client's error (400), not Prisma's 500", async () => {
    const res = await extendRoute(new Request("http://x/api/attempts/a/extend", { method: "POST" }), {
      params: Promise.resolve({ id: "a\ud800b" }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_text");
  });
});
