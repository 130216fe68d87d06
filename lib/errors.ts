// Domain errors, and the one place that maps them to HTTP: `{ error: { code, message } }` with a 4xx status, or 503
// (with Retry-After) when the database is busy.
import { notFound } from "next/navigation";
import { z } from "zod";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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
  error: { code: string; message: string };
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

/** What errorResponse answers for `err`: status, JSON body and extra headers (a plain object, for node:http too). */
export function errorParts(err: unknown): { status: number; body: ErrorBody; headers: Record<string, string> } {
  if (isDatabaseBusy(err)) err = new BusyError();
  if (isLoneSurrogateError(err)) err = new ValidationError(BAD_TEXT_MESSAGE, "invalid_text");
  if (err instanceof AppError) {
    return {
      status: err.status,
      body: { error: { code: err.code, message: err.message } },
      headers: hasRetryAfter(err) ? { "retry-after": String(err.retryAfterSeconds) } : {},
    };
  }
  if (err instanceof z.ZodError) {
    const first = err.issues[0];
    return {
      status: 400,
      body: { error: { code: "invalid_input", message: first?.message ?? "Invalid input." } },
      headers: {},
    };
  }
  console.error(err);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong." } }, headers: {} };
}

/** Turns anything thrown into a JSON error response; unknown errors are logged and stay generic. */
export function errorResponse(err: unknown): Response {
  const { status, body, headers } = errorParts(err);
  return Response.json(body, { status, headers });
}

/** For pages: the value, or Next's 404 page when lib/ says the thing does not exist (or is another teacher's). */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
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
