// The authorization matrix of every teacher route: anonymous, a student (device joined to the class), another
// teacher, and the owner. Pages redirect strangers to sign-in; APIs answer 401; another teacher's ids are 404.
import { randomUUID } from "node:crypto";
import { request as newRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./test";
import { E2E_PORT } from "./env";
import { deviceState, seedTeacherWorld, signUpTeacher } from "./helpers";

const base = `http://127.0.0.1:${E2E_PORT}`;

type Role = "anonymous" | "student" | "other" | "owner";
let clients: Record<Role, APIRequestContext>;
let world: ReturnType<typeof seedTeacherWorld>;

test.beforeAll(async () => {
  const device = randomUUID();
  clients = {
    anonymous: await newRequest.newContext({ baseURL: base }),
    student: await newRequest.newContext({
      baseURL: base,
      storageState: deviceState(device),
    }),
    other: await newRequest.newContext({ baseURL: base }),
    owner: await newRequest.newContext({ baseURL: base }),
  };
  const owner = await signUpTeacher(clients.owner, base, "Owner");
  await signUpTeacher(clients.other, base, "Other");
  world = seedTeacherWorld(owner.id, device);
});

test.afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.dispose()));
});

const pages = (w: typeof world) => [
  `/teacher/articles/${w.articleId}`,
  `/teacher/quizzes/${w.quizId}`,
  `/teacher/quizzes/${w.quizId}/print`,
  `/teacher/classes/${w.classId}`,
  `/teacher/assignments/${w.assignmentId}`,
];
const listPages = [
  "/teacher",
  "/teacher/articles",
  "/teacher/articles/new",
  "/teacher/quizzes",
  "/teacher/classes",
  "/teacher/assignments",
];

test("teacher pages: strangers are sent to sign in, another teacher gets 404, the owner gets the page", async () => {
  for (const path of [...listPages, ...pages(world)]) {
    for (const role of ["anonymous", "student"] as const) {
      const res = await clients[role].get(path, { maxRedirects: 0 });
      expect([303, 307], `${role} ${path}`).toContain(res.status());
      expect(res.headers().location, `${role} ${path}`).toMatch(/^\/sign-in\?next=/);
    }
  }
  for (const path of pages(world)) {
    expect((await clients.other.get(path)).status(), `other ${path}`).toBe(404);
    expect((await clients.owner.get(path)).status(), `owner ${path}`).toBe(200);
  }
  // Lists show only one's own things.
  const className = `Class ${world.classId}`;
  expect(await (await clients.owner.get("/teacher/classes")).text()).toContain(className);
  expect(await (await clients.other.get("/teacher/classes")).text()).not.toContain(className);
  expect(await (await clients.other.get("/teacher/quizzes")).text()).not.toContain(`Quiz ${world.quizId}`);
});

test("teacher APIs: 401 for strangers, 404 for another teacher, and nothing changes", async () => {
  const [q0] = world.questionIds;
  const calls: { method: "get" | "post" | "put" | "patch" | "delete"; path: string; data?: unknown; ok: number }[] = [
    { method: "get", path: "/api/teacher/articles", ok: 200 },
    { method: "get", path: `/api/teacher/articles/${world.articleId}/questions`, ok: 200 },
    {
      method: "put",
      path: `/api/teacher/articles/${world.articleId}/questions/${q0}/status`,
      data: { status: "approved" },
      ok: 200,
    },
    { method: "post", path: `/api/teacher/articles/${world.articleId}/status`, data: { status: "approved" }, ok: 200 },
    {
      method: "patch",
      path: `/api/teacher/articles/${world.articleId}/questions/${q0}`,
      data: { type: "mcq", prompt: "Hacked?", choices: ["a", "b"], answer: "a" },
      ok: -1,
    },
    { method: "delete", path: `/api/teacher/articles/${world.articleId}/questions/${q0}`, ok: -1 },
    { method: "get", path: `/api/teacher/assignments/${world.assignmentId}/results.csv`, ok: 200 },
  ];
  for (const c of calls) {
    for (const role of ["anonymous", "student"] as const) {
      const res = await clients[role][c.method](c.path, { data: c.data });
      expect(res.status(), `${role} ${c.method} ${c.path}`).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
    const idScoped = c.path !== "/api/teacher/articles";
    const other = await clients.other[c.method](c.path, { data: c.data });
    expect(other.status(), `other ${c.method} ${c.path}`).toBe(idScoped ? 404 : 200);
    if (!idScoped) expect(JSON.stringify(await other.json())).not.toContain(world.articleId);
    if (c.ok > 0)
      expect((await clients.owner[c.method](c.path, { data: c.data })).status(), `owner ${c.path}`).toBe(c.ok);
  }
  // The question survived the other teacher's edit and delete.
  const questions = await (await clients.owner.get(`/api/teacher/articles/${world.articleId}/questions`)).json();
  expect(JSON.stringify(questions)).toContain("When did the library open?");
  expect(JSON.stringify(questions)).not.toContain("Hacked?");
});

test("My work shows only this device's student", async () => {
  const mine = await clients.student.get("/my");
  expect(mine.status()).toBe(200);
  expect(await mine.text()).toContain(`Class ${world.classId}`);
  const stranger = await newRequest.newContext({ baseURL: base });
  const theirs = await stranger.get("/my");
  expect(theirs.status()).toBe(200);
  expect(await theirs.text()).not.toContain(`Class ${world.classId}`);
  await stranger.dispose();
});
