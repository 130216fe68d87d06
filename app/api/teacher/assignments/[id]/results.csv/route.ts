// GET the results table of an assignment as CSV (UTF-8 with BOM), for the signed-in teacher who owns it.
import { getTranslations } from "next-intl/server";
import { requireTeacher } from "@/lib/authz";
import { errorResponse } from "@/lib/errors";
import { getResultsCsv } from "@/lib/results/results-csv";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const teacher = await requireTeacher();
    const t = await getTranslations("results.csv");
    const csv = await getResultsCsv({
      teacherId: teacher.id,
      assignmentId: (await params).id,
      labels: {
        student: t("student"),
        score: t("score"),
        total: t("total"),
        time: t("time"),
        extensions: t("extensions"),
        extendedSec: t("extendedSec"),
        question: (n, prompt) => t("question", { n, prompt: prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt }),
      },
    });
    return new Response(csv.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": csv.contentDisposition,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
