// GET an article's bank (or the questions chosen in the review screen, ?ids=a,b) as a file: ?format=….
import { requireTeacher } from "@/lib/authz";
import { withErrors } from "@/lib/errors";
import { exportResponse } from "@/lib/interop/download";
import { loadBankExport } from "@/lib/interop/export-questions";
import { ExportQuerySchema } from "@/lib/validation/interop";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { format, ids } = ExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const src = await loadBankExport({
    teacherId: teacher.id,
    articleId: (await params).id,
    ...(ids ? { questionIds: ids } : {}),
  });
  return exportResponse(format, src);
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
