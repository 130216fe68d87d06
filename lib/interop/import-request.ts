// The two import routes (one article's or set's bank, the whole bank) read the same multipart form and answer the
// same way: preview saves nothing; save writes the previewed importable questions. A file that cannot be read is a
// 400/413 with a readable message (and its line and column when the format has lines); nothing is saved.
import "server-only";
import { requireTeacher } from "@/lib/authz";
import { errorResponse, ValidationError } from "@/lib/errors";
import { ImportFormSchema } from "@/lib/validation/interop";
import { previewImport, saveImport, type ImportTarget } from "./import-questions";
import { IMPORT_MAX_BYTES, InteropFileError } from "./types";

/** Room for the multipart envelope around a file of the largest size accepted. */
const BODY_MAX = IMPORT_MAX_BYTES + 64 * 1024;
const MB = IMPORT_MAX_BYTES / 1024 / 1024;

const tooLarge = () => new InteropFileError("too_large", `The file is larger than ${MB} MB.`, { max: MB });

/** A form field as text: absent → undefined; a file where text belongs → a 400. */
function field(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  if (v === null) return undefined;
  if (typeof v !== "string") throw new ValidationError(`The field "${name}" must be text.`, "invalid_form");
  return v;
}

export async function handleImportRequest(req: Request, target: (teacherId: string) => Promise<ImportTarget>) {
  try {
    const teacher = await requireTeacher();
    const length = Number(req.headers.get("content-length") ?? "0");
    if (length > BODY_MAX) throw tooLarge();
    const form = await req.formData().catch(() => {
      throw new ValidationError("Send the file as multipart/form-data.", "invalid_form");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new ValidationError("Choose a file to import.", "no_file");
    if (file.size > IMPORT_MAX_BYTES) throw tooLarge();
    const fields = ImportFormSchema.parse({
      mode: field(form, "mode") || undefined,
      unmatched: field(form, "unmatched") || undefined,
      setTitle: field(form, "setTitle"),
    });
    const input = {
      teacherId: teacher.id,
      target: await target(teacher.id),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      unmatched: fields.unmatched,
      setTitle: fields.setTitle,
    };
    if (fields.mode === "preview") return Response.json({ preview: await previewImport(input) });
    const { set, placed, saved, ...preview } = await saveImport(input);
    return Response.json({ preview, saved, set, placed }, { status: saved > 0 ? 201 : 200 });
  } catch (err) {
    if (err instanceof InteropFileError) {
      return Response.json(
        { error: { code: err.code, message: err.message, detail: err.detail } },
        { status: err.code === "too_large" ? 413 : 400 },
      );
    }
    return errorResponse(err);
  }
}
