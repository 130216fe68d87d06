// The teacher's accommodation form (one student, one assignment), shared by the form and lib/. Messages are i18n keys
// under results.accommodations.errors.
import "server-only";
import { z } from "zod";

/** The shares of the time limit a teacher picks from (50: one and a half times the time). */
export const EXTRA_TIME_PERCENTS = [0, 25, 50, 100] as const;
export const EXTRA_TIME_MIN_MAX = 120;
export const EXTRA_ATTEMPTS_MAX = 5;

const whole = (max: number, error: string) =>
  z.coerce.number({ error }).int({ error }).min(0, { error }).max(max, { error });

export const AccommodationSchema = z.object({
  studentId: z.string({ error: "studentRequired" }).min(1, { error: "studentRequired" }).max(64),
  extraTimePercent: z.coerce
    .number({ error: "percentInvalid" })
    .refine((n) => (EXTRA_TIME_PERCENTS as readonly number[]).includes(n), { error: "percentInvalid" }),
  extraTimeMin: whole(EXTRA_TIME_MIN_MAX, "minutesRange"),
  extraAttempts: whole(EXTRA_ATTEMPTS_MAX, "attemptsRange"),
});
export type AccommodationInput = z.infer<typeof AccommodationSchema>;
