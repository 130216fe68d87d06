// One line on the quiz list: what students see of their answers in each phase (issue 8, review options), so a teacher
// can tell the quizzes apart without opening each one.
import { useTranslations } from "next-intl";
import { phaseShowsResults, REVIEW_FIELDS, reviewShowOf } from "@/lib/validation/quizzes";

export function ReviewSummary({
  quiz,
}: {
  quiz: { feedback: string; reviewDuring: string; reviewAfterSubmit: string; reviewAfterClose: string };
}) {
  const t = useTranslations("quizzes.settings.review");
  return (
    <p className="hint" data-testid="review-summary">
      {t("summaryLabel")}{" "}
      {REVIEW_FIELDS.map((field, i) => (
        <span key={field}>
          {i > 0 && " · "}
          {`${t(`phases.${field}`)}: ${!phaseShowsResults(quiz.feedback, i) ? t("summary.nothing") : t(`summary.${reviewShowOf(quiz[field])}`)}`}
        </span>
      ))}
    </p>
  );
}
