// Layer: shared with the browser (client components import it): nothing server-only in here.
// Domain errors, and the one place that maps them to HTTP: `{ error: { code, message } }` with a 4xx status, or 503
// (with Retry-After) when the database is busy.
import { z } from "zod";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra facts for the client to word the message itself (a file error's line and column). */
    readonly detail?: Record<string, string | number>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class ValidationError extends AppError {
  constructor(message: string, code = "invalid_input") {
    super(400, code, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(404, "not_found", message);
  }
}
/** No teacher is signed in (lib/authz.ts `requireTeacher`): route handlers and actions answer 401. */
export class UnauthorizedError extends AppError {
  constructor(message = "Sign in as a teacher to do that.") {
    super(401, "unauthorized", message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = "You cannot do that.") {
    super(403, "forbidden", message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, code = "conflict") {
    super(409, code, message);
  }
}

/** The database is locked by someone else (another process, a backup): nothing was saved; retry shortly. */
export class BusyError extends AppError {
  constructor(
    message = "The server is busy and nothing was saved. Try again in a moment.",
    readonly retryAfterSeconds = 2,
  ) {
    super(503, "busy", message);
  }
}

// P1008: the better-sqlite3 adapter's name for SQLITE_BUSY. P2034: a write conflict or deadlock (PostgreSQL).
// P2028: a transaction could not start in time or expired before committing (it was rolled back).
const BUSY_PRISMA_CODES = new Set(["P1008", "P2034", "P2028"]);

/** A lock held elsewhere made this operation fail, and it did not commit; trying again later is the answer. */
export function isDatabaseBusy(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && (BUSY_PRISMA_CODES.has(code) || /^SQLITE_(BUSY|LOCKED)/.test(code));
}

/** Two writes of the same unique key: one committed, this one did not. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

export interface ErrorBody {
  error: { code: string; message: string; detail?: Record<string, string | number> };
}

/** A busy database, a used-up rate limit: the error says when to try again (the Retry-After header). */
function hasRetryAfter(err: AppError): err is AppError & { retryAfterSeconds: number } {
  return typeof (err as { retryAfterSeconds?: unknown }).retryAfterSeconds === "number";
}

/**
 * Prisma cannot even send a lone UTF-16 surrogate to the database (its query is JSON). Schemas refuse such text with
 * their own message; this catches the rest (an id from a path or a field no schema reads) as the client's error.
 */
function isLoneSurrogateError(err: unknown): boolean {
  return (
    err instanceof Error &&
    err.name.startsWith("PrismaClient") &&
    /JSON Error: .*(surrogate|hex escape)/i.test(err.message)
  );
}

const BAD_TEXT_MESSAGE = "The request contains a broken character (half of an emoji). Remove it and try again.";

/**
 * The one reading of anything thrown: a domain error as it is, and the known outside errors as the domain error they
 * mean (a busy database, a lone surrogate Prisma cannot send, a zod error). null for anything else (a bug).
 */
function asAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (isDatabaseBusy(err)) return new BusyError();
  if (isLoneSurrogateError(err)) return new ValidationError(BAD_TEXT_MESSAGE, "invalid_text");
  if (err instanceof z.ZodError) return new ValidationError(err.issues[0]?.message ?? "Invalid input.");
  return null;
}

/** What errorResponse answers for `err`: status, JSON body and extra headers (a plain object, for node:http too). */
export function errorParts(err: unknown): { status: number; body: ErrorBody; headers: Record<string, string> } {
  const known = asAppError(err);
  if (!known) {
    console.error(err);
    return { status: 500, body: { error: { code: "internal", message: "Something went wrong." } }, headers: {} };
  }
  const { status, code, message, detail } = known;
  return {
    status,
    body: { error: { code, message, ...(detail ? { detail } : {}) } },
    headers: hasRetryAfter(known) ? { "retry-after": String(known.retryAfterSeconds) } : {},
  };
}

/** Turns anything thrown into a JSON error response; unknown errors are logged and stay generic. */
export function errorResponse(err: unknown): Response {
  const { status, body, headers } = errorParts(err);
  return Response.json(body, { status, headers });
}

/**
 * What a server action's form shows for a thrown error: the code and message of a client error (4xx, as
 * `errorResponse` reads it). Anything else — a 5xx such as a busy database, a bug, Next's redirect — is rethrown, for
 * the page's error boundary (or Next) to handle.
 */
export function formError(err: unknown): { status: number; code: string; message: string } {
  const known = asAppError(err);
  if (!known || known.status >= 500) throw err;
  return { status: known.status, code: known.code, message: known.message };
}

/** What the teacher's state-returning server actions give their forms: ok (and the new id), or the error to show. */
export type ActionResult = { ok: true; id?: string } | { ok: false; code: string; message: string };

/** Runs a server action's domain call; a client error becomes `{ ok: false }` (see `formError`). */
export async function toActionResult(run: () => Promise<{ id?: string } | void>): Promise<ActionResult> {
  try {
    const out = await run();
    return { ok: true, ...(out && out.id ? { id: out.id } : {}) };
  } catch (err) {
    const { code, message } = formError(err);
    return { ok: false, code, message };
  }
}

/**
 * A route handler whose every throw becomes `errorResponse` (the one error path for route handlers): the handler
 * keeps only its happy path. Keeps the handler's own signature, so Next's route type checks still see its params.
 */
export function withErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** For pages: the value, or Next's 404 page when lib/ says the thing does not exist (or is another teacher's). */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    // next/navigation is loaded only on this path: outside Next (tsx scripts under --conditions=react-server such as
    // test:pg's smoke test, and the answer fast path's ESM bundle) it cannot be loaded at import time
    if (err instanceof NotFoundError) (await import("next/navigation")).notFound();
    throw err;
  }
}

/** Reads a JSON request body, turning malformed JSON into a 400 rather than a 500. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ValidationError("The request body must be JSON.", "invalid_json");
  }
}
