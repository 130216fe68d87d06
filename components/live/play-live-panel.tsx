// "Play live" on the quiz page: the game's settings (time per question, scoring) and the quiz's past live games.
// A plain form posting to a server action, so it works before the page hydrates.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { startLiveGameAction } from "@/app/teacher/live/actions";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { LIVE_QUESTION_SEC } from "@/lib/validation/live";
import { ErrorAlert } from "@/components/ui/error-alert";

interface Props {
  quizId: string;
  hasItems: boolean;
  games: { id: string; pin: string; phase: string; createdAt: Date; _count: { players: number } }[];
  error: string | null;
}

export async function PlayLivePanel({ quizId, hasItems, games, error }: Props) {
  const t = await getTranslations("live");
  return (
    <section aria-labelledby="live-heading" className="stack">
      <h2 id="live-heading">{t("start.heading")}</h2>
      <p className="muted">{t("start.intro")}</p>
      {error && <ErrorAlert>{error === "no_questions" ? t("start.noQuestions") : t("start.failed")}</ErrorAlert>}
      {!hasItems ? (
        <p className="muted">{t("start.noQuestions")}</p>
      ) : (
        <form action={startLiveGameAction} className="card stack">
          <input type="hidden" name="quizId" value={quizId} />
          <div className="field">
            <label htmlFor="live-seconds">{t("start.seconds")}</label>
            <input
              id="live-seconds"
              name="questionSec"
              type="number"
              min={LIVE_QUESTION_SEC.min}
              max={LIVE_QUESTION_SEC.max}
              defaultValue={LIVE_QUESTION_SEC.default}
              required
            />
          </div>
          <fieldset className="field">
            <legend>{t("start.scoring")}</legend>
            <label className="row">
              <input type="radio" name="scoring" value="accuracy" defaultChecked /> {t("scoring.accuracy")}
            </label>
            <label className="row">
              <input type="radio" name="scoring" value="speed" /> {t("scoring.speed")}
            </label>
            <p className="hint">{t("start.scoringHint")}</p>
          </fieldset>
          <label className="row">
            <input type="checkbox" name="streakBonus" /> {t("scoring.streak")}
          </label>
          <p>
            <button type="submit" className="button">
              {t("start.submit")}
            </button>
          </p>
        </form>
      )}
      {games.length > 0 && (
        <ul className="stack" data-testid="live-games">
          {games.map((g) => (
            <li key={g.id}>
              <LocalDateTime
                iso={g.createdAt.toISOString()}
                serverText={g.createdAt.toISOString().slice(0, 16).replace("T", " ")}
              />{" "}
              · {t("start.gameLine", { pin: g.pin, players: g._count.players })} ·{" "}
              {g.phase === "podium" ? (
                <Link href={`/teacher/live/${g.id}/results`}>{t("start.results")}</Link>
              ) : (
                <Link href={`/teacher/live/${g.id}`}>{t("start.open")}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
