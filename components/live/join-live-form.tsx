"use client";
// /play: the game PIN and a name. A phone that already joined this game gets its own player back (same name, score).
// A device that joined one of the teacher's classes plays under the student's roster name, without typing it; a
// guest (or a student on a shared tablet choosing "someone else") types a name.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LIVE_NAME_MAX } from "@/lib/validation/live";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface DeviceStudent {
  id: string;
  name: string;
  className: string;
}

const GUEST = "guest";

export function JoinLiveForm({ initialPin, students }: { initialPin: string; students: DeviceStudent[] }) {
  const t = useTranslations("live");
  const router = useRouter();
  const [playAs, setPlayAs] = useState<string>(students[0]?.id ?? GUEST);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setIsBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/live/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(
          playAs === GUEST
            ? { pin: String(form.get("pin") ?? ""), name: String(form.get("name") ?? "") }
            : { pin: String(form.get("pin") ?? ""), studentId: playAs },
        ),
      });
      const body = (await res.json()) as { gameId: string } | { error: { code: string; message: string } };
      if ("error" in body) {
        const known = [
          "not_found",
          "game_ended",
          "name_taken",
          "forbidden",
          "not_in_class",
          "invalid_input",
          "tooManyAttempts",
        ];
        setError(known.includes(body.error.code) ? t(`join.errors.${body.error.code}`) : body.error.message);
        setIsBusy(false);
        return;
      }
      router.push(`/play/${body.gameId}`);
    } catch {
      setError(t("join.errors.offline"));
      setIsBusy(false);
    }
  }

  return (
    <form className="stack live-join-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="live-pin">{t("join.pinLabel")}</label>
        <input
          id="live-pin"
          name="pin"
          className="pin-input"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={initialPin}
          maxLength={7}
          required
          dir="ltr"
        />
      </div>
      {students.length > 0 && (
        <fieldset className="live-play-as">
          <legend>{t("join.playAs")}</legend>
          {students.map((s) => (
            <label key={s.id} className="check">
              <input
                type="radio"
                name="playAs"
                value={s.id}
                checked={playAs === s.id}
                onChange={() => setPlayAs(s.id)}
              />
              <span>
                <bdi>{s.name}</bdi>{" "}
                <span className="muted">
                  (<bdi>{s.className}</bdi>)
                </span>
              </span>
            </label>
          ))}
          <label className="check">
            <input
              type="radio"
              name="playAs"
              value={GUEST}
              checked={playAs === GUEST}
              onChange={() => setPlayAs(GUEST)}
            />
            <span>{t("join.asGuest")}</span>
          </label>
          {playAs !== GUEST && <p className="hint">{t("join.rosterHint")}</p>}
        </fieldset>
      )}
      {playAs === GUEST && (
        <div className="field">
          <label htmlFor="live-name">{t("join.nameLabel")}</label>
          <input id="live-name" name="name" autoComplete="nickname" maxLength={LIVE_NAME_MAX} required />
        </div>
      )}
      <ErrorAlert>{error}</ErrorAlert>
      <button type="submit" className="button live-big-button" disabled={isBusy}>
        {isBusy ? t("join.joining") : t("join.submit")}
      </button>
    </form>
  );
}
