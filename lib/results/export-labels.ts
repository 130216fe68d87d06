// The column headings and words of the results exports, in the teacher's interface language.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { ExportLabels } from "@/lib/results/results-export";

export async function getExportLabels(): Promise<ExportLabels> {
  const t = await getTranslations("results.csv");
  const short = (prompt: string) => (prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt);
  return {
    student: t("student"),
    status: t("status"),
    statuses: { finished: t("statusFinished"), in_progress: t("statusInProgress"), not_started: t("statusNotStarted") },
    score: t("score"),
    total: t("total"),
    percentage: t("percentage"),
    started: t("started"),
    submitted: t("submitted"),
    time: t("time"),
    extensions: t("extensions"),
    extendedSec: t("extendedSec"),
    question: (n, prompt) => t("question", { n, prompt: short(prompt) }),
    answer: (n) => t("answer", { n }),
    trueFalse: { true: t("true"), false: t("false") },
  };
}
