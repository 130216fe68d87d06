import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScoreChart } from "@/components/teacher/results/score-chart";
import { requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { getLiveResults } from "@/lib/live/live-results";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("live"))("results.title") };
}

export default async function LiveResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacherPage(`/teacher/live/${id}/results`);
  const r = await orNotFound(getLiveResults({ teacherId: teacher.id, gameId: id }));
  const [t, locale] = await Promise.all([getTranslations("live"), getLocale()]);
  const lang = r.quiz.language;
  const show = (g: string | string[]) => (Array.isArray(g) ? g.join(" → ") : g === "true" || g === "false" ? t(g) : g);
  return (
    <ClientMessages namespaces={["results.chart"]}>
      <div className="stack">
        <p className="row">
          <Link prefetch={false} href="/teacher/assignments">
            {t("results.backToList")}
          </Link>
          <Link prefetch={false} href={`/teacher/quizzes/${r.quiz.id}`}>
            {t("results.backToQuiz")}
          </Link>
          {r.game.phase !== "podium" && (
            <Link prefetch={false} href={`/teacher/live/${r.game.id}`}>
              {t("results.backToGame")}
            </Link>
          )}
        </p>
        <h1 dir="auto">{t("results.heading", { quiz: r.quiz.title })}</h1>
        <p className="muted">
          {t("results.summary", { players: r.players.length, questions: r.questions.length })} ·{" "}
          {t(`scoring.${r.game.scoring}`)}
          {r.game.streakBonus ? ` · ${t("scoring.streak")}` : ""} ·{" "}
          {r.game.phase === "podium" ? t("results.finished") : t("results.running")}
        </p>
        <p>
          <a
            className="button button-secondary button-small"
            href={`/api/teacher/live/${r.game.id}/results.csv`}
            download
          >
            {t("results.csv")}
          </a>
        </p>
        {r.players.length > 0 && r.questions.some((q) => !q.isSkipped) && (
          <section aria-labelledby="live-chart-heading">
            <h2 id="live-chart-heading">{t("results.chartHeading")}</h2>
            <ScoreChart
              distribution={r.distribution}
              max={r.questions.filter((q) => !q.isSkipped).length}
              isRtl={dirOf(locale) === "rtl"}
            />
          </section>
        )}
        <section aria-labelledby="live-players-heading">
          <h2 id="live-players-heading">{t("results.players")}</h2>
          {r.players.length === 0 ? (
            <p className="muted">{t("results.noPlayers")}</p>
          ) : (
            <div className="results-scroll">
              <table className="table" data-testid="live-results">
                <thead>
                  <tr>
                    <th scope="col">{t("csv.rank")}</th>
                    <th scope="col">{t("csv.player")}</th>
                    <th scope="col">{t("csv.total")}</th>
                    {r.questions.map((q) => (
                      <th key={q.id} scope="col" title={q.prompt}>
                        {t("results.q", { n: q.n })}
                        {q.isSkipped && (
                          <>
                            {" "}
                            <span className="badge">{t("results.skipped")}</span>
                          </>
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.players.map((p) => (
                    <tr key={p.id}>
                      <td>{p.rank}</td>
                      <th scope="row">
                        <bdi>{p.name}</bdi> {p.studentId && <span className="badge">{t("results.classStudent")}</span>}
                      </th>
                      <td>{p.score}</td>
                      {p.cells.map((c, i) => (
                        <td
                          key={r.questions[i]!.id}
                          className={
                            c && !r.questions[i]!.isSkipped ? (c.isCorrect ? "result-right" : "result-wrong") : "muted"
                          }
                        >
                          {c ? (
                            <>
                              {c.isCorrect ? "✓" : "✗"} <bdi lang={lang}>{show(c.given)}</bdi>{" "}
                              <span className="muted">({c.points})</span>
                            </>
                          ) : (
                            t("results.blank")
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="live-items-heading">
          <h2 id="live-items-heading">{t("results.items")}</h2>
          <ol className="stack">
            {r.questions.map((q) => (
              <li key={q.id} className="card">
                <p lang={lang} dir={dirOf(lang)}>
                  <strong>{q.prompt}</strong>
                </p>
                {q.isSkipped && (
                  <p className="muted" data-testid="skipped-question">
                    <span className="badge">{t("results.skipped")}</span> {t("results.skippedNote")}
                  </p>
                )}
                <p>
                  {t("results.itemLine", {
                    right: q.right,
                    answered: q.answered,
                    percent: q.answered ? Math.round((q.right / q.answered) * 100) : 0,
                  })}{" "}
                  · {t("host.rightAnswer")} <bdi lang={lang}>{show(q.answer)}</bdi>
                </p>
                {q.counts.length > 0 && (
                  <ul className="choice-counts">
                    {q.counts.map((c) => (
                      <li key={c.choice}>
                        <bdi lang={lang}>{show(c.choice)}</bdi>: {c.count}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </ClientMessages>
  );
}
