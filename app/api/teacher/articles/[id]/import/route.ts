// POST a question file (multipart: file, mode=preview|save) into one of the teacher's articles. preview saves nothing;
// save writes the previewed importable questions. A file that cannot be read is a 400 with a readable message (and
// its line and column when the format has lines).
import { requireTeacher } from "@/lib/authz";
import { ValidationError, withErrors } from "@/lib/errors";
import { previewImport, saveImport } from "@/lib/interop/import-questions";
import { IMPORT_MAX_BYTES, InteropFileError } from "@/lib/interop/types";
import { ImportModeSchema } from "@/lib/validation/interop";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope around a file of the largest size accepted. */
const BODY_MAX = IMPORT_MAX_BYTES + 64 * 1024;

export const POST = withErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await params;
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > BODY_MAX)
    throw new InteropFileError("too_large", `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`, {
      max: IMPORT_MAX_BYTES / 1024 / 1024,
    });
  const form = await req.formData().catch(() => {
    throw new ValidationError("Send the file as multipart/form-data.", "invalid_form");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new ValidationError("Choose a file to import.", "no_file");
  if (file.size > IMPORT_MAX_BYTES)
    throw new InteropFileError("too_large", `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`, {
      max: IMPORT_MAX_BYTES / 1024 / 1024,
    });
  const mode = ImportModeSchema.parse(form.get("mode") ?? "preview");
  const input = {
    teacherId: teacher.id,
    articleId: id,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
  if (mode === "preview") return Response.json({ preview: await previewImport(input) });
  const result = await saveImport(input);
  return Response.json({ preview: result, saved: result.saved }, { status: result.saved > 0 ? 201 : 200 });
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
