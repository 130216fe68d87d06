"use client";
// Settings: the desired retention FSRS schedules for (higher: more reviews, fewer lapses).
import { useTranslations } from "next-intl";
import { useState } from "react";

const OPTIONS = [0.8, 0.85, 0.9, 0.95] as const;

export function RetentionSetting({ initial }: { initial: number }) {
  const t = useTranslations("spaced.settings");
  const [value, setValue] = useState(String(initial));
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  async function save(e: React.FormEvent) {
    e.preventDefault();
    setState("saving");
    try {
      const res = await fetch("/api/review/settings", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ desiredRetention: Number(value) }),
      });
      setState(res.ok ? "saved" : "error");
    } catch {
      setState("error");
    }
  }
  const options = OPTIONS.some((o) => String(o) === value) ? OPTIONS : [...OPTIONS, Number(value)].sort();
  return (
    <details className="card">
      <summary>{t("title")}</summary>
      <form className="stack" onSubmit={save} style={{ marginBlockStart: "0.75rem" }}>
        <div className="field">
          <label htmlFor="retention">{t("retention")}</label>
          <select id="retention" value={value} onChange={(e) => setValue(e.target.value)}>
            {options.map((o) => (
              <option key={o} value={String(o)}>
                {t("percent", { value: Math.round(o * 100) })}
              </option>
            ))}
          </select>
          <p className="hint">{t("retentionHint")}</p>
        </div>
        <div className="row">
          <button type="submit" className="button button-small" disabled={state === "saving"}>
            {t("save")}
          </button>
          {state === "saved" && <span role="status">{t("saved")}</span>}
          {state === "error" && (
            <span role="alert" className="result-wrong">
              {t("error")}
            </span>
          )}
        </div>
      </form>
    </details>
  );
}
