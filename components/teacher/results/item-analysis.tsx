// Per question: facility, discrimination, the answers given (the key marked), and a "needs review" flag linking
// back to the review screen.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { dirOf } from "@/lib/i18n/config";
import type { AssignmentResults } from "@/lib/results/assignment-results";
import { MIN_ATTEMPTS_FOR_REVIEW } from "@/lib/results/stats";

export async function ItemAnalysisList({ results, language }: { results: AssignmentResults; language: string }) {
  const [t, tq, format] = await Promise.all([
    getTranslations("results.items"),
    getTranslations("article.type"),
    getFormatter(),
  ]);
  const dir = dirOf(language);
  const num = (x: number | null, style: "percent" | "decimal") =>
    x == null
      ? t("undefined")
      : format.number(
          x,
          style === "percent"
            ? { style: "percent", maximumFractionDigits: 0 }
            : { maximumFractionDigits: 2, minimumFractionDigits: 2 },
        );
  const choiceText = (type: string, c: string) =>
    type === "true_false" ? (c === "true" ? t("true") : c === "false" ? t("false") : c) : c;

  return (
    <div className="stack">
      <p className="hint">{t("intro")}</p>
      {results.summary.finished < MIN_ATTEMPTS_FOR_REVIEW && (
        <p className="hint">{t("minAttempts", { min: MIN_ATTEMPTS_FOR_REVIEW })}</p>
      )}
      <ol className="question-list item-analysis">
        {results.items.map((item, i) => {
          const col = results.columns[i]!;
          return (
            <li
              key={item.rootId}
              className={`card stack${item.needsReview ? " needs-review" : ""}`}
              data-testid="item-analysis"
            >
              <div className="row">
                <strong>{t("question", { n: item.n })}</strong>
                <span className="badge">{tq.has(col.type) ? tq(col.type) : col.type}</span>
                {item.needsReview && <span className="badge badge-warn">{t("needsReview")}</span>}
              </div>
              <p lang={language} dir={dir}>
                {col.prompt}
              </p>
              <dl className="item-stats">
                <div>
                  <dt>{t("facility")}</dt>
                  <dd>{num(item.facility, "percent")}</dd>
                </div>
                <div>
                  <dt>{t("discrimination")}</dt>
                  <dd>{num(item.discrimination, "decimal")}</dd>
                </div>
              </dl>
              <p>
                {t("rightCount", { right: item.rightCount, total: item.attempts })}
                {item.partialCount > 0 && <> · {t("partialCount", { count: item.partialCount })}</>}
              </p>
              {item.choiceCounts && item.attempts > 0 && (
                <div>
                  <p className="hint">{t("choices")}</p>
                  <ul className="choice-counts">
                    {item.choiceCounts.map((c) => (
                      <li key={c.choice} className={c.isKey ? "is-key" : undefined}>
                        <span lang={language} dir={dir}>
                          {choiceText(col.type, c.choice)}
                        </span>
                        {c.isKey && <span className="badge"> {t("key")}</span>}: <strong>{c.count}</strong>
                      </li>
                    ))}
                    {item.otherCount > 0 && (
                      <li>
                        {t("other")}: <strong>{item.otherCount}</strong>
                      </li>
                    )}
                    {item.blankCount > 0 && (
                      <li>
                        {t("blank")}: <strong>{item.blankCount}</strong>
                      </li>
                    )}
                  </ul>
                </div>
              )}
              <p>
                <Link prefetch={false} href={item.reviewHref}>
                  {t("review")}
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
