"use client";
// "Export": the bank (or the picked questions) as a download in each question-file format.
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS } from "@/lib/interop/types";
import { bankUrl } from "./api";

export function ExportPanel({ articleId, picked }: { articleId: string; picked: string[] }) {
  const tInterop = useTranslations("interop");
  const ids = picked.length > 0 ? `&ids=${picked.map(encodeURIComponent).join(",")}` : "";
  return (
    <details className="card export-panel">
      <summary>{tInterop("exportTitle")}</summary>
      <p className="hint">
        {picked.length > 0 ? tInterop("exportSelected", { count: picked.length }) : tInterop("exportBankHint")}
      </p>
      <ul className="row export-links" aria-label={tInterop("exportFormats")}>
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <a
              className="button button-secondary button-small"
              href={`${bankUrl(articleId, "export")}?format=${f}${ids}`}
              download
            >
              {tInterop(`format.${f}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
