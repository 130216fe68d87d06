// Teacher, class page (issue 11): how many students review, and each article's average mastery. Aggregates only.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ClassReviewStats } from "@/lib/review/class-review-stats";

export async function ClassReviewSection({ stats }: { stats: ClassReviewStats }) {
  const t = await getTranslations("spaced.teacher");
  const format = await getFormatter();
  return (
    <section aria-labelledby="self-review-heading" className="card stack" data-testid="class-review">
      <h2 id="self-review-heading" style={{ margin: 0 }}>
        {t("classTitle")}
      </h2>
      <p className="hint">{t("classHint")}</p>
      {stats.withCards === 0 ? (
        <p>{t("classNone")}</p>
      ) : (
        <>
          <p>
            {t("reviewing", {
              reviewing: stats.reviewingThisWeek,
              students: stats.students,
              withCards: stats.withCards,
            })}
          </p>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("article")}</th>
                  <th scope="col">{t("studentsCol")}</th>
                  <th scope="col">{t("masteryCol")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.articles.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link prefetch={false} href={`/teacher/articles/${a.id}`} dir="auto">
                        {a.title}
                      </Link>
                    </td>
                    <td>{format.number(a.students)}</td>
                    <td>{format.number(a.mastery, { style: "percent", maximumFractionDigits: 0 })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
