// GET a quiz's questions as a file: ?format=moodle|gift|qti|kahoot|csv.
import { requireTeacher } from "@/lib/authz";
import { withErrors } from "@/lib/errors";
import { exportResponse } from "@/lib/interop/download";
import { loadQuizExport } from "@/lib/interop/export-questions";
import { ExportQuerySchema } from "@/lib/validation/interop";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { format } = ExportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return exportResponse(format, await loadQuizExport({ teacherId: teacher.id, quizId: (await params).id }));
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
