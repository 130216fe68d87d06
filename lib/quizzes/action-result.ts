// What the teacher's quiz/assignment server actions return to their forms: ok, or an error code the form translates.
import { AppError } from "@/lib/errors";

export type ActionResult = { ok: true; id?: string } | { ok: false; code: string; message: string };

/** Runs a domain call; domain errors become `{ ok: false }` (the form shows them), anything else is rethrown. */
export async function toActionResult(run: () => Promise<{ id?: string } | void>): Promise<ActionResult> {
  try {
    const out = await run();
    return { ok: true, ...(out && out.id ? { id: out.id } : {}) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}
