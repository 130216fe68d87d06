// Query and form inputs of the interop routes.
import "server-only";
import { z } from "zod";
import { EXPORT_FORMATS } from "@/lib/interop/types";
import { TITLE_MAX } from "./article";
import { isWellFormedText } from "./text";

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `The format must be one of: ${EXPORT_FORMATS.join(", ")}.` }),
  /** Comma-separated question ids (a selection from the review screen); omitted: the whole bank. */
  ids: z
    .string()
    .max(500 * 40)
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean).slice(0, 500) : undefined)),
});

const ImportModeSchema = z.enum(["preview", "save"], { error: "The mode must be preview or save." });

/**
 * Where an article's import puts the questions whose evidence is not in that article: "set" (the default: a
 * new question set, with no article) or "here" (this article, flagged "no evidence").
 */
const UnmatchedSchema = z.enum(["set", "here"], { error: "unmatched must be set or here." }).default("set");

/** The name of the question set an import creates; empty: taken from the file's name. */
const SetTitleSchema = z
  .string()
  .trim()
  .max(TITLE_MAX, { error: `The question set's name is too long (at most ${TITLE_MAX} characters).` })
  .refine(isWellFormedText, { error: "The question set's name contains a broken character. Retype it." })
  .optional();

export const ImportFormSchema = z.object({
  mode: ImportModeSchema.default("preview"),
  unmatched: UnmatchedSchema,
  setTitle: SetTitleSchema,
});
export type ImportForm = z.infer<typeof ImportFormSchema>;
