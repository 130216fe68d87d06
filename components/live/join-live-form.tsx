"use client";
// /play: the game PIN and a name. A phone that already joined this game gets its own player back (same name, score).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LIVE_NAME_MAX } from "@/lib/validation/live";

export function JoinLiveForm({ initialPin }: { initialPin: string }) {
  const t = useTranslations("live");
  const router = useRouter();
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
        body: JSON.stringify({ pin: String(form.get("pin") ?? ""), name: String(form.get("name") ?? "") }),
      });
      const body = (await res.json()) as { gameId: string } | { error: { code: string; message: string } };
      if ("error" in body) {
        const known = ["not_found", "game_ended", "name_taken", "forbidden", "invalid_input", "tooManyAttempts"];
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
      <div className="field">
        <label htmlFor="live-name">{t("join.nameLabel")}</label>
        <input id="live-name" name="name" autoComplete="nickname" maxLength={LIVE_NAME_MAX} required />
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button live-big-button" disabled={isBusy}>
        {isBusy ? t("join.joining") : t("join.submit")}
      </button>
    </form>
  );
}
