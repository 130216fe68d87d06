// A teacher creates a class; it gets a fresh join code at once.
import "server-only";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { CLASS_ERROR_MESSAGES, ClassNameSchema, firstIssue } from "@/lib/validation/classes";
import { withFreshJoinCode } from "./join-code";

export async function createClass({ teacherId, name }: { teacherId: string; name: unknown }) {
  const parsed = ClassNameSchema.safeParse({ name });
  if (!parsed.success) {
    const { key, message } = firstIssue(parsed.error.issues, CLASS_ERROR_MESSAGES);
    throw new ValidationError(message, key);
  }
  return withFreshJoinCode((joinCode) =>
    db.class.create({
      data: { ownerId: teacherId, name: parsed.data.name, joinCode },
      select: { id: true, name: true, joinCode: true, createdAt: true },
    }),
  );
}
