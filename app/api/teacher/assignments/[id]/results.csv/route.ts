// GET the results table of an assignment as CSV (UTF-8 with BOM), for the signed-in teacher who owns it.
import { requireTeacher } from "@/lib/authz";
import { CSV_TYPE, downloadResponse } from "@/lib/download";
import { withErrors } from "@/lib/errors";
import { getExportLabels } from "@/lib/results/export-labels";
import { getResultsCsv } from "@/lib/results/results-csv";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const csv = await getResultsCsv({
    teacherId: teacher.id,
    assignmentId: (await params).id,
    labels: await getExportLabels(),
  });
  return downloadResponse(csv.body, { contentType: CSV_TYPE, contentDisposition: csv.contentDisposition });
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
