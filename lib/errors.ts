// Domain errors, and the one place that maps them to HTTP: `{ error: { code, message } }` with a 4xx status.
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

export interface ErrorBody {
  error: { code: string; message: string };
}

/** Turns anything thrown into a JSON error response; unknown errors are logged and stay generic. */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    return Response.json({ error: { code: err.code, message: err.message } } satisfies ErrorBody, {
      status: err.status,
    });
  }
  if (err instanceof z.ZodError) {
    const first = err.issues[0];
    return Response.json(
      { error: { code: "invalid_input", message: first?.message ?? "Invalid input." } } satisfies ErrorBody,
      { status: 400 },
    );
  }
  console.error(err);
  return Response.json({ error: { code: "internal", message: "Something went wrong." } } satisfies ErrorBody, {
    status: 500,
  });
}

/** Reads a JSON request body, turning malformed JSON into a 400 rather than a 500. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ValidationError("The request body must be JSON.", "invalid_json");
  }
}
