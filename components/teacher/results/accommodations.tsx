// One student's accommodation at an assignment (more time, another attempt): the current ones, and a plain form to
// set one (it works before hydration; the server action returns here with a notice).
import { getTranslations } from "next-intl/server";
import { EXTRA_ATTEMPTS_MAX, EXTRA_TIME_MIN_MAX, EXTRA_TIME_PERCENTS } from "@/lib/validation/accommodations";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface AccommodationRow {
  studentId: string;
  name: string;
  isRemoved: boolean;
  accommodation: { extraTimePercent: number; extraTimeMin: number; extraAttempts: number } | null;
}

export async function Accommodations({
  action,
  assignmentId,
  rows,
  isTimed,
  attemptsAllowed,
  done,
  error,
}: {
  /** The page's server action (components do not import app/). */
  action: (formData: FormData) => Promise<void>;
  assignmentId: string;
  rows: AccommodationRow[];
  isTimed: boolean;
  attemptsAllowed: number;
  done?: string;
  error?: string;
}) {
  const t = await getTranslations("results.accommodations");
  const given = rows.filter((r) => r.accommodation);
  const students = rows.filter((r) => !r.isRemoved);
  const describe = (a: NonNullable<AccommodationRow["accommodation"]>) =>
    [
      a.extraTimePercent > 0 && t("timePercent", { percent: a.extraTimePercent }),
      a.extraTimeMin > 0 && t("timeMin", { minutes: a.extraTimeMin }),
      a.extraAttempts > 0 && t("attempts", { count: a.extraAttempts }),
    ]
      .filter(Boolean)
      .join(" · ");
  const id = "accommodation";
  return (
    <section id="accommodations" aria-labelledby="accommodations-heading" className="card stack">
      <h2 id="accommodations-heading">{t("heading")}</h2>
      <p className="hint">{isTimed ? t("intro") : `${t("intro")} ${t("untimed")}`}</p>
      {error && <ErrorAlert>{t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.unknown")}</ErrorAlert>}
      {!error && done === "accommodation" && (
        <p className="alert alert-good" role="status">
          {t("saved")}
        </p>
      )}
      {given.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ul data-testid="accommodations">
          {given.map((r) => (
            <li key={r.studentId}>
              <bdi>{r.name}</bdi>: {describe(r.accommodation!)}
            </li>
          ))}
        </ul>
      )}
      {students.length > 0 && (
        <form action={action} className="quiz-settings-grid">
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <div className="field">
            <label htmlFor={`${id}-student`}>{t("student")}</label>
            <select id={`${id}-student`} name="studentId" required defaultValue="">
              <option value="" disabled>
                {t("chooseStudent")}
              </option>
              {students.map((s) => (
                <option key={s.studentId} value={s.studentId}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          {isTimed ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-percent`}>{t("extraTime")}</label>
                <select id={`${id}-percent`} name="extraTimePercent" defaultValue="0">
                  {EXTRA_TIME_PERCENTS.map((p) => (
                    <option key={p} value={p}>
                      {p === 0 ? t("percentNone") : t("percent", { percent: p })}
                    </option>
                  ))}
                </select>
              </div>
              <NumberField
                id={`${id}-minutes`}
                name="extraTimeMin"
                label={t("extraMinutes")}
                max={EXTRA_TIME_MIN_MAX}
                hint={t("extraMinutesHint", { max: EXTRA_TIME_MIN_MAX })}
              />
            </>
          ) : (
            <input type="hidden" name="extraTimePercent" value="0" />
          )}
          <NumberField
            id={`${id}-attempts`}
            name="extraAttempts"
            label={t("extraAttempts")}
            max={EXTRA_ATTEMPTS_MAX}
            hint={t("extraAttemptsHint", { max: EXTRA_ATTEMPTS_MAX, allowed: attemptsAllowed })}
          />
          <div className="field">
            <button type="submit" className="button">
              {t("save")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A labelled whole-number field from 0 to `max`, with its hint read out by screen readers. */
function NumberField({
  id,
  name,
  label,
  max,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  max: number;
  hint: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        defaultValue={0}
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
    </div>
  );
}
