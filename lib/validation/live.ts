// Layer: shared with the browser (client components import it): nothing server-only in here.
// Inputs of live games (issue 10), shared by the forms and the route handlers.
import { z } from "zod";
import { LIVE_ACTIONS } from "@/lib/live/game-machine";
import { SCORING_MODES } from "@/lib/live/scoring";

export const LIVE_QUESTION_SEC = { min: 5, max: 240, default: 20 } as const;
export const LIVE_NAME_MAX = 30;
const LIVE_EXTRA_TIME_PERCENTS = [0, 25, 50, 100] as const;

export const CreateLiveGameSchema = z.object({
  quizId: z.string().min(1).max(64),
  questionSec: z.coerce.number().int().min(LIVE_QUESTION_SEC.min).max(LIVE_QUESTION_SEC.max),
  scoring: z.enum(SCORING_MODES as [string, ...string[]]),
  streakBonus: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export const LiveControlSchema = z.object({ action: z.enum(LIVE_ACTIONS as [string, ...string[]]) });

export const LivePlayerPatchSchema = z.object({
  extraTimePercent: z
    .number()
    .int()
    .refine((v) => (LIVE_EXTRA_TIME_PERCENTS as readonly number[]).includes(v), "Choose 0, 25, 50 or 100%."),
});

const LivePinSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "The game PIN is 6 digits.");

const LiveNameSchema = z
  .string()
  .transform((v) => v.normalize("NFC").replace(/\s+/gu, " ").trim())
  .pipe(z.string().min(1, "Type your name.").max(LIVE_NAME_MAX, `A name is at most ${LIVE_NAME_MAX} characters.`));

/** A guest types a name; a student of the teacher's class on this device plays under their roster name instead. */
export const LiveJoinSchema = z
  .object({
    pin: z
      .string()
      .transform((v) => v.replace(/\s+/g, ""))
      .pipe(LivePinSchema),
    studentId: z.string().min(1).max(64).optional(),
    name: z.string().optional(),
  })
  .transform((v, ctx): { pin: string; studentId: string } | { pin: string; name: string } => {
    if (v.studentId) return { pin: v.pin, studentId: v.studentId };
    const name = LiveNameSchema.safeParse(v.name ?? "");
    if (name.success) return { pin: v.pin, name: name.data };
    ctx.addIssue({ code: "custom", message: name.error.issues[0]?.message ?? "Type your name.", path: ["name"] });
    return z.NEVER;
  });

export const LivePongSchema = z.object({ pingId: z.string().min(1).max(64) });
