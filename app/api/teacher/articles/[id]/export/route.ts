// GET an article's bank (or the questions chosen in the review screen, ?ids=a,b) as a file: ?format=….
import { requireTeacher } from "@/lib/authz";
import { errorResponse } from "@/lib/errors";
import { exportResponse } from "@/lib/interop/download";
import { loadBankExport } from "@/lib/interop/export-questions";
import { ExportQuerySchema } from "@/lib/validation/interop";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const teacher = await requireTeacher();
    const { format, ids } = ExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const src = await loadBankExport({
      teacherId: teacher.id,
      articleId: (await params).id,
      ...(ids ? { questionIds: ids } : {}),
    });
    return await exportResponse(format, src);
  } catch (err) {
    return errorResponse(err);
  }
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
