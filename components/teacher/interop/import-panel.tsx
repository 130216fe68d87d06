"use client";
// Import a question file into this article's bank: choose the file, see the preview (ready with evidence, ready
// without evidence, cannot be imported and why), then import. Nothing is saved before "Import".
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ImportPreview } from "@/lib/interop/import-questions";
import { IMPORT_MAX_BYTES } from "@/lib/interop/types";
import { bankUrl } from "../review/api";
import { SkippedList } from "./skipped-list";

type ApiError = { code: string; message: string; detail?: Record<string, string | number> };

export function ImportPanel({
  articleId,
  language,
  onDone,
}: {
  articleId: string;
  language: string;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("interop");
  const tType = useTranslations("article.type");
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  function describe(e: ApiError): string {
    const d = { line: 0, column: 0, max: IMPORT_MAX_BYTES / 1024 / 1024, ...e.detail };
    return t.has(`errors.${e.code}`) ? t(`errors.${e.code}`, d) : e.message || t("errors.unknown");
  }

  async function send(mode: "preview" | "save") {
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setPreview(null);
      setError(describe({ code: "too_large", message: "" }));
      return;
    }
    setIsBusy(true);
    setError(null);
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    try {
      const res = await fetch(bankUrl(articleId, "import"), { method: "POST", body: form });
      const data = (await res.json().catch(() => null)) as {
        preview?: ImportPreview;
        saved?: number;
        error?: ApiError;
      } | null;
      if (!res.ok || !data?.preview) {
        setPreview(null);
        setError(describe(data?.error ?? { code: "unknown", message: "" }));
      } else if (mode === "preview") setPreview(data.preview);
      else {
        setPreview(null);
        setFile(null);
        onDone(t("imported", { count: data.saved ?? 0 }));
      }
    } catch {
      setError(t("errors.network"));
    } finally {
      setIsBusy(false);
    }
  }

  const withEvidence = preview?.ready.filter((q) => q.evidence) ?? [];
  const without = preview?.ready.filter((q) => !q.evidence) ?? [];

  return (
    <details className="card import-panel">
      <summary>{t("importTitle")}</summary>
      <div className="stack">
        <p className="hint" id={`${id}-hint`}>
          {t("importHint", { max: IMPORT_MAX_BYTES / 1024 / 1024 })}
        </p>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void send("preview");
          }}
        >
          <label htmlFor={`${id}-file`} className="visually-hidden">
            {t("fileLabel")}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xml,.gift,.txt,.csv,.xlsx,.zip"
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setError(null);
            }}
          />
          <button type="submit" className="button button-secondary" disabled={!file || isBusy}>
            {isBusy && <span className="spinner" aria-hidden="true" />}
            {t("previewButton")}
          </button>
        </form>
        {error && (
          <p className="alert alert-error" role="alert" data-testid="import-error">
            {error}
          </p>
        )}
        {preview && (
          <section className="stack" aria-label={t("previewTitle")} data-testid="import-preview">
            <p role="status">
              {t("previewSummary", {
                ready: preview.ready.length,
                noEvidence: without.length,
                skipped: preview.skipped.length,
              })}
            </p>
            {withEvidence.length > 0 && (
              <>
                <h3>{t("readyHeading", { count: withEvidence.length })}</h3>
                <ol className="stack">
                  {withEvidence.map((q) => (
                    <li key={q.n}>
                      <span className="badge">{tType(q.type)}</span>{" "}
                      <bdi lang={language} dir="auto">
                        {q.prompt}
                      </bdi>
                    </li>
                  ))}
                </ol>
              </>
            )}
            {without.length > 0 && (
              <>
                <h3>{t("noEvidenceHeading", { count: without.length })}</h3>
                <p className="hint">{t("noEvidenceHint")}</p>
                <ol className="stack">
                  {without.map((q) => (
                    <li key={q.n}>
                      <span className="badge">{tType(q.type)}</span> <bdi dir="auto">{q.prompt}</bdi>
                    </li>
                  ))}
                </ol>
              </>
            )}
            {preview.skipped.length > 0 && (
              <>
                <h3>{t("skippedHeading", { count: preview.skipped.length })}</h3>
                <SkippedList items={preview.skipped} testId="import-skipped" />
              </>
            )}
            <div className="row">
              <button
                type="button"
                className="button"
                onClick={() => void send("save")}
                disabled={isBusy || preview.ready.length === 0}
              >
                {t("importButton", { count: preview.ready.length })}
              </button>
              <button type="button" className="button button-ghost" onClick={() => setPreview(null)} disabled={isBusy}>
                {t("cancel")}
              </button>
            </div>
          </section>
        )}
      </div>
    </details>
  );
}
