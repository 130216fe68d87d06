// GET a live game's answers as CSV (one row per player and question), for the teacher who hosted it.
import { getTranslations } from "next-intl/server";
import { requireTeacher } from "@/lib/authz";
import { CSV_TYPE, downloadResponse } from "@/lib/download";
import { withErrors } from "@/lib/errors";
import { getLiveResultsCsv } from "@/lib/live/live-results";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const t = await getTranslations("live.csv");
  const csv = await getLiveResultsCsv({
    teacherId: teacher.id,
    gameId: (await params).id,
    labels: {
      player: t("player"),
      rank: t("rank"),
      total: t("total"),
      question: t("question"),
      prompt: t("prompt"),
      answer: t("answer"),
      correct: t("correct"),
      points: t("points"),
      seconds: t("seconds"),
      skipped: t("skipped"),
    },
  });
  return downloadResponse(csv.body, { contentType: CSV_TYPE, contentDisposition: csv.contentDisposition });
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
