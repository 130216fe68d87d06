// GET the results of an assignment as an Excel workbook, for the signed-in teacher who owns it.
import { getLocale } from "next-intl/server";
import { requireTeacher } from "@/lib/authz";
import { downloadResponse } from "@/lib/download";
import { withErrors } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { getExportLabels } from "@/lib/results/export-labels";
import { getResultsXlsx } from "@/lib/results/results-xlsx";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const [labels, locale] = await Promise.all([getExportLabels(), getLocale()]);
  const file = await getResultsXlsx({
    teacherId: teacher.id,
    assignmentId: (await params).id,
    labels,
    isRtl: dirOf(locale) === "rtl",
  });
  return downloadResponse(new Uint8Array(file.body), {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    contentDisposition: file.contentDisposition,
  });
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
