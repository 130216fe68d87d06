// Students × questions: ✓ right, ✗ wrong, – blank, a number for part of a point (partial credit), with the seconds spent on each; score and total time per student.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { roundScore } from "@/lib/attempts/answer-credit";
import type { AssignmentResults } from "@/lib/results/assignment-results";
import { formatExtensions } from "./extra-time-text";

const MARK = { right: "✓", wrong: "✗", blank: "–" } as const;

/** A cell's mark: ✓ ✗ –, or the credit of a partly right answer ("0.75"). */
const markOf = (cell: { state: keyof typeof MARK | "partial"; credit: number | null }) =>
  cell.state === "partial" ? String(roundScore(cell.credit ?? 0)) : MARK[cell.state];

function formatSeconds(s: number | null): string {
  if (s == null) return "—";
  const m = Math.floor(s / 60);
  const sec = s % 60;
  return m > 0 ? `${m}:${String(sec).padStart(2, "0")}` : `0:${String(sec).padStart(2, "0")}`;
}

export async function ResultsTable({ results, language }: { results: AssignmentResults; language: string }) {
  const t = await getTranslations("results.table");
  if (results.rows.length === 0) return <p className="muted">{t("noStudents")}</p>;
  // "More time" only where it can happen: a timed quiz (or one that was timed when someone asked).
  const hasMoreTime = results.assignment.quiz.timeLimitSec != null || results.rows.some((r) => r.extensions > 0);
  return (
    <div className="results-scroll" tabIndex={0} role="region" aria-labelledby="results-table-caption">
      <table className="table results-table" data-testid="results-table">
        <caption id="results-table-caption" className="hint">
          {t("caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("student")}</th>
            <th scope="col">{t("score")}</th>
            <th scope="col">{t("time")}</th>
            {hasMoreTime && <th scope="col">{t("moreTime")}</th>}
            {results.columns.map((c) => (
              <th key={c.rootId} scope="col" title={c.prompt} lang={language}>
                {t("question", { n: c.n })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.rows.map((r) => (
            <tr key={r.studentId} className={r.isRemoved ? "is-removed" : undefined}>
              <th scope="row">
                {r.attemptsUsed > 0 ? (
                  <Link
                    prefetch={false}
                    href={`/teacher/assignments/${results.assignment.id}/students/${r.studentId}`}
                    aria-label={t("answersOf", { name: r.name })}
                  >
                    <bdi dir="auto">{r.name}</bdi>
                  </Link>
                ) : (
                  <bdi dir="auto">{r.name}</bdi>
                )}{" "}
                {r.isRemoved && <span className="badge">{t("removed")}</span>}
              </th>
              {r.status === "finished" ? (
                <>
                  <td>
                    {r.score} / {r.total}
                    {r.attemptsUsed > 1 && (
                      <span className="hint"> ({t("attemptOf", { n: r.attemptNumber ?? 1 })})</span>
                    )}
                  </td>
                  <td>{formatSeconds(r.seconds)}</td>
                  {hasMoreTime && <td data-testid="extensions">{formatExtensions(t, r.extensions, r.extendedSec)}</td>}
                  {r.cells.map((cell, i) => (
                    <td key={i} className={`result-cell is-${cell.state}`}>
                      <span aria-hidden="true">{markOf(cell)}</span>
                      <span className="visually-hidden">{t(cell.state, { credit: roundScore(cell.credit ?? 0) })}</span>
                      {cell.isOverridden && (
                        <span className="result-overridden" title={t("overridden")}>
                          *
                        </span>
                      )}
                      {cell.seconds != null && (
                        <span className="result-seconds">{t("seconds", { seconds: cell.seconds })}</span>
                      )}
                    </td>
                  ))}
                </>
              ) : (
                <>
                  <td colSpan={2} className="muted">
                    {t(r.status)}
                  </td>
                  {/* A student still working may already have asked for more time. */}
                  {hasMoreTime && <td data-testid="extensions">{formatExtensions(t, r.extensions, r.extendedSec)}</td>}
                  {results.columns.length > 0 && <td colSpan={results.columns.length} />}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
