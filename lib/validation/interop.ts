// Query and form inputs of the interop routes.
import { z } from "zod";
import { EXPORT_FORMATS } from "@/lib/interop/types";

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `The format must be one of: ${EXPORT_FORMATS.join(", ")}.` }),
  /** Comma-separated question ids (a selection from the review screen); omitted: the whole bank. */
  ids: z
    .string()
    .max(500 * 40)
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean).slice(0, 500) : undefined)),
});

export const ImportModeSchema = z.enum(["preview", "save"], { error: "The mode must be preview or save." });
