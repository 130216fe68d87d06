// Teacher, article review screen (issue 11): questions students suspended as wrong while reviewing, with their notes.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CardReport } from "@/lib/review/list-card-reports";

export async function CardReports({
  articleId,
  reports,
  language,
}: {
  articleId: string;
  reports: CardReport[];
  language: string;
}) {
  if (reports.length === 0) return null;
  const t = await getTranslations("spaced.teacher");
  return (
    <section aria-labelledby="reports-heading" className="card stack" data-testid="card-reports">
      <h2 id="reports-heading" style={{ margin: 0 }}>
        {t("reportsTitle")}
      </h2>
      <p className="hint">{t("reportsHint")}</p>
      <ul className="stack" style={{ paddingInlineStart: "1.2rem", margin: 0 }}>
        {reports.map((r) => (
          <li key={r.questionId} className="stack" style={{ gap: 4 }}>
            <div>
              <strong lang={language} dir="auto">
                {r.prompt}
              </strong>{" "}
              <span className="badge badge-warn">{t("reportCount", { count: r.count })}</span>
            </div>
            {r.notes.map((note, i) => (
              <blockquote key={i} className="quote" dir="auto" style={{ margin: 0 }}>
                {note}
              </blockquote>
            ))}
            <Link prefetch={false} href={`/teacher/articles/${articleId}?question=${encodeURIComponent(r.questionId)}`}>
              {t("open")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
