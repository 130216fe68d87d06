"use client";
// "Export": the bank (or the picked questions) as a download in each question-file format.
import { useTranslations } from "next-intl";
import { ExportLinks } from "../interop/export-links";
import { bankUrl } from "./api";

export function ExportPanel({ articleId, picked }: { articleId: string; picked: string[] }) {
  const tInterop = useTranslations("interop");
  return (
    <details className="card export-panel">
      <summary>{tInterop("exportTitle")}</summary>
      <p className="hint">
        {picked.length > 0 ? tInterop("exportSelected", { count: picked.length }) : tInterop("exportBankHint")}
      </p>
      <ExportLinks
        baseUrl={bankUrl(articleId, "export")}
        extraQuery={picked.length > 0 ? `&ids=${picked.map(encodeURIComponent).join(",")}` : ""}
      />
    </details>
  );
}
