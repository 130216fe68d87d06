// Issue 8's fuzz suite, in `npm test`: well over a thousand generated bad requests against every API route handler and
// every server action, called directly against this file's own database. Bad means wrong types, huge strings, unicode
// oddities (lone surrogates, bidi controls, NUL), missing fields, malformed JSON, unknown ids, other users' ids and
// methods a route does not have, sent with no session, as another teacher and device, or (with bodies that cannot be
// valid) as the owner. Each must be a 4xx with `{ error: { code, message } }` (Better Auth's own routes: a 4xx with
// a message), an action must answer with its form's error or a redirect — never a 5xx, never a throw — and nothing
// saved may change. Deterministic: fast-check with a fixed seed (FUZZ_SEED to try another).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp } from "@/lib/client-address";
import { createArticle } from "@/lib/articles/create-article";
import { startAttempt } from "@/lib/attempts/attempts";
import { createLiveGame } from "@/lib/live/host-game";
import { forgetLiveGames } from "@/lib/live/live-runtime";
import { ENGLISH_ARTICLE, makeClassWithStudent, makeQuiz, makeTeacherWithArticle } from "../../setup/factories";

// The request boundary: who is signed in, which device cookie and which client address a request carries.
const who = vi.hoisted(() => ({ userId: null as string | null, device: null as string | null, address: "192.0.2.10" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: who.address, host: "localhost:3000" }),
  cookies: async () => ({
    get: (name: string) => (name === "fahm_device" && who.device ? { name, value: who.device } : undefined),
    set: () => undefined,
    delete: () => undefined,
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Messages are not under test here: a translator that answers with the key.
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, {
    has: () => true,
    rich: (key: string) => key,
    markup: (key: string) => key,
    raw: (key: string) => key,
  });
  return { getTranslations: async () => t, getLocale: async () => "en", getRequestConfig: (f: unknown) => f };
});
// The teacher routes and actions ask Better Auth who is signed in; its own routes (sign-in, sign-up…) stay real.
vi.mock("@/lib/auth", async (importOriginal) => {
  const real = (await importOriginal()) as typeof import("@/lib/auth");
  const getSession = async () =>
    who.userId ? { user: { id: who.userId, name: "T", email: "t@example.com" }, session: {} } : null;
  const auth = new Proxy(real.auth, {
    get(target, prop, receiver) {
      if (prop === "api") return { ...target.api, getSession };
      return Reflect.get(target, prop, receiver);
    },
  });
  return { ...real, auth };
});

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const ROUTE_RUNS = 1_200;
const ACTION_RUNS = 400;

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;
interface Route {
  path: string;
  /** The methods it implements; the others answer 405. */
  methods: (typeof METHODS)[number][];
  load: () => Promise<unknown>;
  /** The route's dynamic segments, in order. */
  params: string[];
  /** Reads a body: the owner may send it one that cannot be valid (routes that read none would act on the owner's behalf). */
  readsBody?: boolean;
  /** Better Auth's handler: its errors are `{ code, message }`, not the app's shape. */
  betterAuth?: boolean;
  /** A GET of the caller's own list, which rightly ignores stray query parameters: a 2xx is fine if it leaks nothing. */
  listsOwn?: boolean;
}

const ROUTES: Route[] = [
  {
    path: "/api/articles",
    methods: ["GET", "POST"],
    load: () => import("@/app/api/articles/route"),
    params: [],
    listsOwn: true,
    readsBody: true,
  },
  {
    path: "/api/articles/[id]",
    methods: ["DELETE"],
    load: () => import("@/app/api/articles/[id]/route"),
    params: ["id"],
  },
  { path: "/api/attempts/[id]", methods: ["GET"], load: () => import("@/app/api/attempts/[id]/route"), params: ["id"] },
  {
    path: "/api/attempts/[id]/answers",
    methods: ["POST"],
    load: () => import("@/app/api/attempts/[id]/answers/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/attempts/[id]/extend",
    methods: ["POST"],
    load: () => import("@/app/api/attempts/[id]/extend/route"),
    params: ["id"],
  },
  {
    path: "/api/attempts/[id]/finish",
    methods: ["POST"],
    load: () => import("@/app/api/attempts/[id]/finish/route"),
    params: ["id"],
  },
  {
    path: "/api/auth/sign-in/email",
    methods: ["POST"],
    load: () => import("@/app/api/auth/[...all]/route"),
    params: ["all"],
    readsBody: true,
    betterAuth: true,
  },
  {
    path: "/api/auth/sign-up/email",
    methods: ["POST"],
    load: () => import("@/app/api/auth/[...all]/route"),
    params: ["all"],
    readsBody: true,
    betterAuth: true,
  },
  {
    path: "/api/live/games/[id]/answers",
    methods: ["POST"],
    load: () => import("@/app/api/live/games/[id]/answers/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/live/games/[id]/events",
    methods: ["GET"],
    load: () => import("@/app/api/live/games/[id]/events/route"),
    params: ["id"],
  },
  {
    path: "/api/live/games/[id]/pong",
    methods: ["POST"],
    load: () => import("@/app/api/live/games/[id]/pong/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/live/join",
    methods: ["POST"],
    load: () => import("@/app/api/live/join/route"),
    params: [],
    readsBody: true,
  },
  {
    path: "/api/review/cards",
    methods: ["GET"],
    load: () => import("@/app/api/review/cards/route"),
    params: [],
    listsOwn: true,
  },
  {
    path: "/api/review/cards/[id]/answer",
    methods: ["POST"],
    load: () => import("@/app/api/review/cards/[id]/answer/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/review/cards/[id]/rating",
    methods: ["POST"],
    load: () => import("@/app/api/review/cards/[id]/rating/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/review/cards/[id]/suspend",
    methods: ["POST"],
    load: () => import("@/app/api/review/cards/[id]/suspend/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/review/settings",
    methods: ["PUT"],
    load: () => import("@/app/api/review/settings/route"),
    params: [],
    readsBody: true,
  },
  {
    path: "/api/teacher/articles",
    methods: ["GET", "POST"],
    load: () => import("@/app/api/teacher/articles/route"),
    params: [],
    listsOwn: true,
    readsBody: true,
  },
  {
    path: "/api/teacher/articles/[id]/export",
    methods: ["GET"],
    load: () => import("@/app/api/teacher/articles/[id]/export/route"),
    params: ["id"],
  },
  {
    path: "/api/teacher/articles/[id]/import",
    methods: ["POST"],
    load: () => import("@/app/api/teacher/articles/[id]/import/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/teacher/articles/[id]/questions",
    methods: ["GET", "POST"],
    load: () => import("@/app/api/teacher/articles/[id]/questions/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/teacher/articles/[id]/questions/[questionId]",
    methods: ["PATCH", "DELETE"],
    load: () => import("@/app/api/teacher/articles/[id]/questions/[questionId]/route"),
    params: ["id", "questionId"],
    readsBody: true,
  },
  {
    path: "/api/teacher/articles/[id]/questions/[questionId]/status",
    methods: ["PUT"],
    load: () => import("@/app/api/teacher/articles/[id]/questions/[questionId]/status/route"),
    params: ["id", "questionId"],
    readsBody: true,
  },
  {
    path: "/api/teacher/articles/[id]/regenerate",
    methods: ["POST"],
    load: () => import("@/app/api/teacher/articles/[id]/regenerate/route"),
    params: ["id"],
  },
  {
    path: "/api/teacher/articles/[id]/status",
    methods: ["POST"],
    load: () => import("@/app/api/teacher/articles/[id]/status/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/teacher/assignments/[id]/results.csv",
    methods: ["GET"],
    load: () => import("@/app/api/teacher/assignments/[id]/results.csv/route"),
    params: ["id"],
  },
  {
    path: "/api/teacher/assignments/[id]/results.xlsx",
    methods: ["GET"],
    load: () => import("@/app/api/teacher/assignments/[id]/results.xlsx/route"),
    params: ["id"],
  },
  {
    path: "/api/teacher/live",
    methods: ["POST"],
    load: () => import("@/app/api/teacher/live/route"),
    params: [],
    readsBody: true,
  },
  {
    path: "/api/teacher/live/[id]/control",
    methods: ["POST"],
    load: () => import("@/app/api/teacher/live/[id]/control/route"),
    params: ["id"],
    readsBody: true,
  },
  {
    path: "/api/teacher/live/[id]/events",
    methods: ["GET"],
    load: () => import("@/app/api/teacher/live/[id]/events/route"),
    params: ["id"],
  },
  {
    path: "/api/teacher/live/[id]/players/[playerId]",
    methods: ["PATCH", "DELETE"],
    load: () => import("@/app/api/teacher/live/[id]/players/[playerId]/route"),
    params: ["id", "playerId"],
    readsBody: true,
  },
  {
    path: "/api/teacher/live/[id]/results.csv",
    methods: ["GET"],
    load: () => import("@/app/api/teacher/live/[id]/results.csv/route"),
    params: ["id"],
  },
  {
    path: "/api/teacher/quizzes/[id]/export",
    methods: ["GET"],
    load: () => import("@/app/api/teacher/quizzes/[id]/export/route"),
    params: ["id"],
  },
  {
    path: "/api/test/clock",
    methods: ["GET", "POST"],
    load: () => import("@/app/api/test/clock/route"),
    params: [],
    readsBody: true,
  },
];

// --- what a bad request is made of ---------------------------------------------------------------------------------

const NASTY = [
  "",
  " ",
  "\ud800",
  "a\udfffb",
  "\u202eanirah",
  "\u200f=1+1",
  '=HYPERLINK("http://evil.example")',
  "\u0000",
  "%ff%fe",
  "../../etc/passwd",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "🧨".repeat(500),
  "قال رئيس البلدية",
  "x".repeat(100_001),
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "__proto__",
  "constructor",
];
const nastyString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  nastyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(nastyString, fc.integer()), { maxLength: 5 }),
  fc.dictionary(nastyString, fc.oneof(nastyString, fc.integer()), { maxKeys: 3 }),
);
/** Field names the app's schemas read: an object of these with wrong or missing values. */
const FIELDS = [
  "title",
  "body",
  "answer",
  "value",
  "questionId",
  "clientId",
  "rating",
  "suspended",
  "status",
  "pin",
  "name",
  "displayName",
  "code",
  "action",
  "mode",
  "prompt",
  "choices",
  "type",
  "seconds",
  "retention",
  "quizId",
  "classId",
  "dueAt",
  "opensAt",
  "feedback",
  "timeLimitSec",
  "attemptsAllowed",
  "ids",
  "format",
  "now",
  "offsetMs",
  "correct",
  "email",
  "password",
  "deviceId",
  "playerId",
  "gameId",
  "questionSec",
  "scoring",
  "extraTimeSec",
  "evidence",
];
const fieldObject = fc.dictionary(fc.constantFrom(...FIELDS), weirdValue, { maxKeys: 6 });
/** Values no schema accepts for a field: for bodies the owner sends (a valid one would be a real change). */
const wrongTyped = fc.oneof(
  fc.constant(null),
  fc.array(fc.dictionary(nastyString, fc.integer(), { maxKeys: 2 }), { minLength: 1, maxLength: 2 }),
  fc.constant({ nested: { deeper: true } }),
);
const ownerObject = fc.dictionary(fc.constantFrom(...FIELDS), wrongTyped, { minKeys: 1, maxKeys: 6 });

type Body =
  | { kind: "none" }
  | { kind: "raw"; text: string; type: string }
  | { kind: "json"; value: unknown }
  | { kind: "form"; fields: [string, string][] };
const rawBody = fc.record({
  kind: fc.constant("raw" as const),
  text: fc.oneof(
    fc.constantFrom("{", '{"a":', "[1,2", "nul", '"unterminated', "{'single':1}", "\ud800", "x".repeat(200_000)),
    nastyString,
  ),
  type: fc.constantFrom(
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=zz",
    "",
  ),
});
const jsonPrimitive = fc.record({
  kind: fc.constant("json" as const),
  value: fc.oneof(fc.constant(null), fc.integer(), nastyString, fc.array(weirdValue, { maxLength: 3 })),
});
const anyBody: fc.Arbitrary<Body> = fc.oneof(
  fc.constant({ kind: "none" } as const),
  rawBody,
  jsonPrimitive,
  fc.record({ kind: fc.constant("json" as const), value: fieldObject }),
  fc.record({
    kind: fc.constant("form" as const),
    fields: fc.array(fc.tuple(fc.constantFrom(...FIELDS, "file"), nastyString), { maxLength: 4 }),
  }),
);
const ownerBody: fc.Arbitrary<Body> = fc.oneof(
  rawBody,
  jsonPrimitive,
  fc.record({ kind: fc.constant("json" as const), value: ownerObject }),
);

function bodyInit(body: Body): { body?: BodyInit; headers: Record<string, string> } {
  switch (body.kind) {
    case "none":
      return { headers: {} };
    case "raw":
      return { body: body.text, headers: body.type ? { "content-type": body.type } : {} };
    case "json":
      return { body: JSON.stringify(body.value) ?? "undefined", headers: { "content-type": "application/json" } };
    case "form": {
      const form = new FormData();
      for (const [k, v] of body.fields) form.append(k, v);
      return { body: form, headers: {} };
    }
  }
}

// --- the world the requests land in ----------------------------------------------------------------------------------

const OWNER_DEVICE = "0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a";
const STRANGER_DEVICE = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";
let ownerId = "";
let strangerId = "";
/** Real ids of the owner's things: a stranger sends them; anyone sends them to the wrong kind of route. */
let realIds: string[] = [];
/** The owner's ids nobody else may see (the public sample article is listed for everyone). */
let privateIds: string[] = [];

async function snapshot(): Promise<string> {
  const tables = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    )
  ).map((t) => t.name);
  const parts: string[] = [];
  for (const t of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${t}" ORDER BY rowid`);
    parts.push(`${t}:${JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}`);
  }
  return parts.join("\n");
}

let uninstallStamp: () => void;
let before = "";

beforeAll(async () => {
  uninstallStamp = installClientAddressStamp({ trustedHops: 0 });
  const owner = await makeTeacherWithArticle();
  ownerId = owner.teacher.id;
  strangerId = (await db.user.create({ data: { id: "t_stranger", name: "Stranger", email: "stranger@example.com" } }))
    .id;
  const quiz = await makeQuiz(ownerId, owner.articleId, { attemptsAllowed: 2 });
  const { klass, student } = await makeClassWithStudent(ownerId, OWNER_DEVICE);
  const assignment = await db.assignment.create({ data: { quizId: quiz.id, classId: klass.id } });
  const publicArticle = await createArticle({ title: "Public sample", body: ENGLISH_ARTICLE });
  const attempt = await startAttempt({ articleId: publicArticle.id, deviceId: OWNER_DEVICE });
  const game = await createLiveGame({
    teacherId: ownerId,
    quizId: quiz.id,
    questionSec: 20,
    scoring: "accuracy",
    streakBonus: false,
  });
  const question = await db.question.findFirstOrThrow({ where: { articleId: owner.articleId } });
  realIds = [
    publicArticle.id,
    owner.articleId,
    quiz.id,
    klass.id,
    student.id,
    assignment.id,
    attempt.id,
    game.id,
    question.id,
  ];
  privateIds = realIds.filter((id) => id !== publicArticle.id);
  before = await snapshot();
  expect(before).toContain(ownerId); // the snapshot holds the rows it guards
});

afterAll(() => {
  forgetLiveGames();
  uninstallStamp();
});

type Identity = "anonymous" | "stranger" | "owner";
function become(identity: Identity, address: string) {
  who.userId = identity === "owner" ? ownerId : identity === "stranger" ? strangerId : null;
  who.device = identity === "owner" ? OWNER_DEVICE : identity === "stranger" ? STRANGER_DEVICE : null;
  who.address = address;
}

const idArb = () => fc.oneof(fc.constantFrom(...realIds), nastyString, fc.uuid());
const addressArb = fc.ipV4();

function describeRequest(r: object) {
  return JSON.stringify(r, (_k, v: unknown) =>
    typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v,
  );
}

describe("fuzz: route handlers", () => {
  it(`${ROUTE_RUNS} bad requests across every route: always a 4xx with the error shape, nothing saved changes`, async () => {
    const modules = new Map<string, RouteModule>();
    for (const r of ROUTES) modules.set(r.path, (await r.load()) as RouteModule);
    const statuses = new Map<number, number>();
    let sent = 0;

    const request = fc
      .record({
        route: fc.constantFrom(...ROUTES),
        // Mostly a method the route has (so its validation is what answers), sometimes one it does not (405).
        wrongMethod: fc.nat({ max: 4 }).map((n) => n === 0),
        methodPick: fc.nat(),
        identity: fc.constantFrom<Identity>("anonymous", "stranger", "owner"),
        ids: fc.array(idArb(), { minLength: 2, maxLength: 2 }),
        query: fc.dictionary(fc.constantFrom("format", "ids", "status", "q", "limit", "next"), nastyString, {
          maxKeys: 3,
        }),
        address: addressArb,
      })
      .chain((r) => {
        // The owner only sends bodies no schema accepts, and only to routes that read them (see Route.readsBody).
        const owner = r.identity === "owner";
        const identity: Identity = owner && !r.route.readsBody ? "stranger" : r.identity;
        const choices = r.wrongMethod ? METHODS.filter((m) => !r.route.methods.includes(m)) : r.route.methods;
        const method = choices[r.methodPick % choices.length]!;
        return (identity === "owner" ? ownerBody : anyBody).map((body) => ({ ...r, method, identity, body }));
      });

    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const handler = modules.get(r.route.path)![r.method];
        expect(handler, `${r.method} ${r.route.path} is exported (405 handler or real)`).toBeTypeOf("function");
        become(r.identity, r.address);
        const params = Object.fromEntries(
          r.route.params.map((name, i) => [
            name,
            r.route.betterAuth ? r.route.path.slice("/api/auth/".length) : r.ids[i]!,
          ]),
        );
        let path = r.route.path;
        for (const [name, value] of Object.entries(params))
          path = path.replace(`[${name}]`, encodeURIComponent(value.toWellFormed()));
        const url = new URL(`http://localhost:3000${path}`);
        for (const [k, v] of Object.entries(r.query)) url.searchParams.set(k, v);
        const init = r.method === "GET" ? { headers: {} } : bodyInit(r.body);
        const req = new Request(url, {
          method: r.method,
          ...init,
          headers: { ...init.headers, origin: "http://localhost:3000" },
        });

        let res: Response;
        try {
          res = await handler!(req, {
            params: Promise.resolve(r.route.betterAuth ? ({ all: params.all!.split("/") } as never) : params),
          });
        } catch (err) {
          throw new Error(`threw ${String(err)} for ${describeRequest(r)}`);
        }
        sent++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        const what = `${res.status} ${text.slice(0, 200)} for ${describeRequest(r)}`;
        expect(res.status, what).toBeLessThan(500);
        if (res.status < 400) {
          // Only a GET of one's own list may succeed, and it shows nothing of the owner's to anyone else.
          expect(r.route.listsOwn && r.method === "GET", what).toBe(true);
          if (r.identity !== "owner") for (const id of privateIds) expect(text, what).not.toContain(id);
          return;
        }
        const json = JSON.parse(text) as {
          error?: { code?: unknown; message?: unknown };
          message?: unknown;
          code?: unknown;
        };
        if (r.route.betterAuth) {
          expect(typeof (json.error?.message ?? json.message), describeRequest(r)).toBe("string");
        } else {
          expect(typeof json.error?.code, describeRequest(r)).toBe("string");
          expect(typeof json.error?.message, describeRequest(r)).toBe("string");
        }
      }),
      { seed: SEED, numRuns: ROUTE_RUNS, endOnFailure: true },
    );

    expect(sent).toBe(ROUTE_RUNS);
    // Every route and method was reached (the seed is fixed, so this is a fact about the suite, not luck).
    console.info(`fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(await snapshot()).toBe(before);
  }, 300_000);
});

// --- server actions ------------------------------------------------------------------------------------------------

type Action = (...args: unknown[]) => Promise<unknown>;
interface ActionCase {
  name: string;
  load: () => Promise<Action>;
  /** How it is called: a plain form (formData), useActionState (prev state, formData) or a typed call (id, input). */
  shape: "form" | "state" | "typed" | "input";
  fields: string[];
}
const ACTIONS: ActionCase[] = [
  {
    name: "switchLocale",
    load: async () => (await import("@/app/actions")).switchLocale as Action,
    shape: "form",
    fields: ["locale"],
  },
  {
    name: "startPractice",
    load: async () => (await import("@/app/actions")).startPractice as Action,
    shape: "form",
    fields: ["articleId", "fresh"],
  },
  {
    name: "deleteArticle",
    load: async () => (await import("@/app/actions")).deleteArticle as Action,
    shape: "form",
    fields: ["articleId"],
  },
  {
    name: "joinClassAction",
    load: async () => (await import("@/app/join/actions")).joinClassAction as Action,
    shape: "state",
    fields: ["code", "displayName"],
  },
  {
    name: "resumeWithPinAction",
    load: async () => (await import("@/app/join/actions")).resumeWithPinAction as Action,
    shape: "state",
    fields: ["code", "displayName", "pin"],
  },
  {
    name: "startAssignment",
    load: async () => (await import("@/app/my/actions")).startAssignment as Action,
    shape: "form",
    fields: ["assignmentId"],
  },
  {
    name: "createClassAction",
    load: async () => (await import("@/app/teacher/classes/actions")).createClassAction as Action,
    shape: "state",
    fields: ["name"],
  },
  ...(
    [
      "regenerateCodeAction",
      "removeStudentAction",
      "readmitStudentAction",
      "unlockPinAction",
      "deleteClassAction",
      "restoreClassAction",
      "purgeClassAction",
    ] as const
  ).map((name): ActionCase => ({
    name,
    load: async () => (await import("@/app/teacher/classes/actions"))[name] as Action,
    shape: "form",
    fields: ["classId", "studentId"],
  })),
  {
    name: "startLiveGameAction",
    load: async () => (await import("@/app/teacher/live/actions")).startLiveGameAction as Action,
    shape: "form",
    fields: ["quizId", "questionSec", "scoring", "streakBonus"],
  },
  {
    name: "createQuizAction",
    load: async () => (await import("@/app/teacher/quizzes/actions")).createQuizAction as Action,
    shape: "input",
    fields: [],
  },
  {
    name: "updateQuizSettingsAction",
    load: async () => (await import("@/app/teacher/quizzes/actions")).updateQuizSettingsAction as Action,
    shape: "typed",
    fields: [],
  },
  {
    name: "setQuizItemsAction",
    load: async () => (await import("@/app/teacher/quizzes/actions")).setQuizItemsAction as Action,
    shape: "typed",
    fields: [],
  },
  {
    name: "duplicateQuizAction",
    load: async () => (await import("@/app/teacher/quizzes/actions")).duplicateQuizAction as Action,
    shape: "form",
    fields: ["quizId"],
  },
  {
    name: "deleteQuizAction",
    load: async () => (await import("@/app/teacher/quizzes/actions")).deleteQuizAction as Action,
    shape: "form",
    fields: ["quizId"],
  },
  {
    name: "createAssignmentAction",
    load: async () => (await import("@/app/teacher/assignments/actions")).createAssignmentAction as Action,
    shape: "input",
    fields: [],
  },
  {
    name: "setAccommodationAction",
    load: async () => (await import("@/app/teacher/assignments/actions")).setAccommodationAction as Action,
    shape: "form",
    fields: ["assignmentId", "studentId", "extraTimePercent", "extraTimeMin", "extraAttempts"],
  },
  {
    name: "updateAssignmentDatesAction",
    load: async () => (await import("@/app/teacher/assignments/actions")).updateAssignmentDatesAction as Action,
    shape: "typed",
    fields: [],
  },
  {
    name: "closeAssignmentAction",
    load: async () => (await import("@/app/teacher/assignments/actions")).closeAssignmentAction as Action,
    shape: "form",
    fields: ["assignmentId"],
  },
  {
    name: "deleteAssignmentAction",
    load: async () => (await import("@/app/teacher/assignments/actions")).deleteAssignmentAction as Action,
    shape: "form",
    fields: ["assignmentId"],
  },
  {
    name: "overrideVerdictAction",
    load: async () => (await import("@/app/teacher/assignments/actions")).overrideVerdictAction as Action,
    shape: "form",
    fields: ["assignmentId", "studentId", "attemptId", "questionId", "correct"],
  },
];

/** Next's control flow (redirect(), notFound()) is how an action answers; anything else thrown is a 500. */
function isNextControlFlow(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}

describe("fuzz: server actions", () => {
  it(`${ACTION_RUNS} bad calls across every server action: a readable error or a redirect, never a throw; nothing saved changes`, async () => {
    const actions = new Map<string, Action>();
    for (const a of ACTIONS) actions.set(a.name, await a.load());
    const outcomes = { redirect: 0, returned: 0 };

    const formArb = (fields: string[]) =>
      fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        nastyString,
        fc.constant({ get: "not a FormData" }),
        fc
          .array(fc.tuple(fc.constantFrom(...fields, ...FIELDS), fc.oneof(nastyString, fc.constantFrom(...realIds))), {
            maxLength: 5,
          })
          .map((entries) => {
            const form = new FormData();
            for (const [k, v] of entries) form.append(k, v);
            return form;
          }),
      );
    const call = fc.constantFrom(...ACTIONS).chain((a) =>
      fc.record({
        action: fc.constant(a),
        // The owner's own valid forms would be real changes: actions are fuzzed with no session or as a stranger.
        identity: fc.constantFrom<Identity>("anonymous", "stranger"),
        address: addressArb,
        form: formArb(a.fields.length ? a.fields : ["x"]),
        id: idArb(),
        input: fc.oneof(weirdValue, fieldObject),
      }),
    );

    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        become(c.identity, c.address);
        const fn = actions.get(c.action.name)!;
        const args =
          c.action.shape === "form"
            ? [c.form]
            : c.action.shape === "state"
              ? [{}, c.form]
              : c.action.shape === "typed"
                ? [c.id, c.input]
                : [c.input];
        let result: unknown;
        try {
          result = await fn(...args);
        } catch (err) {
          if (isNextControlFlow(err)) {
            outcomes.redirect++;
            return;
          }
          throw new Error(
            `${c.action.name} threw ${String(err)} for ${describeRequest({ ...c, form: c.form instanceof FormData ? [...c.form] : c.form })}`,
          );
        }
        outcomes.returned++;
        // A returned value is the form's error: ActionResult { ok: false } or a state with an error; void only for switchLocale.
        if (c.action.name === "switchLocale") return;
        const r = result as { ok?: boolean; error?: unknown; code?: unknown };
        expect(r.ok === false || r.error !== undefined, `${c.action.name} returned ${JSON.stringify(result)}`).toBe(
          true,
        );
      }),
      { seed: SEED, numRuns: ACTION_RUNS, endOnFailure: true },
    );
    console.info(`fuzz: ${ACTION_RUNS} action calls, ${JSON.stringify(outcomes)}`);
    expect(await snapshot()).toBe(before);
  }, 300_000);
});
