"use client";
// Import a question file: choose the file, see the preview (where each question goes — an article whose text holds its
// evidence, or a question set with no article — and what cannot be imported and why), then import. Nothing is saved
// before "Import". Three places use it: an article's review screen, a question set's, and the bank-wide import page.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ImportPreview, PreviewItem } from "@/lib/interop/import-questions";
import { IMPORT_MAX_BYTES } from "@/lib/interop/types";
import { TITLE_MAX } from "@/lib/validation/article";
import { bankUrl } from "../review/api";
import { SkippedList } from "./skipped-list";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

type ApiError = { code: string; message: string; detail?: Record<string, string | number> };
type Placed = { articleId: string; title: string; count: number };

/** Where the file goes: one article (evidence looked for in it), one question set, or the whole bank. */
export type ImportPanelTarget =
  | { kind: "article"; articleId: string; language: string }
  | { kind: "set"; articleId: string; language: string }
  | { kind: "bank" };

export function ImportPanel({
  target,
  onDone,
  isOpen = false,
}: {
  target: ImportPanelTarget;
  onDone?: (message: string) => void;
  /** The bank-wide page shows the panel open. */
  isOpen?: boolean;
}) {
  const t = useTranslations("interop");
  const tType = useTranslations("article.type");
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [unmatched, setUnmatched] = useState<"set" | "here">("set");
  const [setTitle, setSetTitle] = useState("");
  const [done, setDone] = useState<{ message: string; set: { id: string; title: string } | null; placed: Placed[] }>();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const url = target.kind === "bank" ? "/api/teacher/import" : bankUrl(target.articleId, "import");

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
    setDone(undefined);
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    // The preview always shows the new set (when one is needed); the choice counts when saving.
    form.set("unmatched", mode === "save" ? unmatched : "set");
    if (mode === "save") form.set("setTitle", setTitle);
    try {
      const res = await fetch(url, { method: "POST", body: form });
      const data = (await res.json().catch(() => null)) as {
        preview?: ImportPreview;
        saved?: number;
        set?: { id: string; title: string } | null;
        placed?: Placed[];
        error?: ApiError;
      } | null;
      if (!res.ok || !data?.preview) {
        setError(describe(data?.error ?? { code: "unknown", message: "" }));
        if (mode === "preview") setPreview(null);
      } else if (mode === "preview") {
        setPreview(data.preview);
        setSetTitle(data.preview.newSet?.title ?? "");
      } else {
        const message = t("imported", { count: data.saved ?? 0 });
        setPreview(null);
        setFile(null);
        setDone({ message, set: data.set ?? null, placed: data.placed ?? [] });
        onDone?.(message);
      }
    } catch {
      setError(t("errors.network"));
    } finally {
      setIsBusy(false);
    }
  }

  const found = preview?.ready.filter((q) => q.evidence) ?? [];
  const missing = preview?.ready.filter((q) => !q.evidence) ?? [];
  const toNewSet = target.kind === "bank" || (target.kind === "article" && unmatched === "set");
  // Questions with evidence, by the article they go into (one group on an article's screen).
  const byArticle = new Map<string, { title: string; items: PreviewItem[] }>();
  for (const q of found) {
    const key = q.into?.articleId ?? "";
    const group = byArticle.get(key) ?? { title: q.into?.title ?? "", items: [] };
    group.items.push(q);
    byArticle.set(key, group);
  }
  const hint =
    target.kind === "bank" ? "importHintBank" : target.kind === "set" ? "importHintSet" : ("importHint" as const);
  const language = target.kind === "bank" ? undefined : target.language;

  const list = (items: PreviewItem[]) => (
    <ol className="stack">
      {items.map((q) => (
        <li key={q.n}>
          <span className="badge">{tType(q.type)}</span>{" "}
          <bdi lang={language} dir="auto">
            {q.prompt}
          </bdi>
        </li>
      ))}
    </ol>
  );

  return (
    <details className="card import-panel" open={isOpen || undefined}>
      <summary>{t("importTitle")}</summary>
      <div className="stack">
        <p className="hint" id={`${id}-hint`}>
          {t(hint, { max: IMPORT_MAX_BYTES / 1024 / 1024 })}
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
              setDone(undefined);
            }}
          />
          <BusyButton
            isBusy={isBusy}
            label={t("previewButton")}
            className="button button-secondary"
            disabled={!file || isBusy}
          />
        </form>
        <ErrorAlert testId="import-error">{error}</ErrorAlert>
        <div role="status" aria-live="polite">
          {done && target.kind !== "article" && (
            <div className="alert alert-good stack" data-testid="import-done">
              <p>{done.message}</p>
              {done.placed.length > 0 && (
                <ul>
                  {done.placed.map((p) => (
                    <li key={p.articleId}>
                      <Link prefetch={false} href={`/teacher/articles/${p.articleId}`}>
                        <bdi dir="auto">{p.title}</bdi>
                      </Link>
                      {": "}
                      {t("placedCount", { count: p.count })}
                      {done.set?.id === p.articleId && <> ({t("newSetBadge")})</>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {done && target.kind === "article" && done.set && (
            <p className="alert alert-info" data-testid="import-done">
              {t("movedToSet", { count: done.placed.find((p) => p.articleId === done.set?.id)?.count ?? 0 })}{" "}
              <Link prefetch={false} href={`/teacher/articles/${done.set.id}`}>
                <bdi dir="auto">{done.set.title}</bdi>
              </Link>
            </p>
          )}
        </div>
        {preview && (
          <section className="stack" aria-label={t("previewTitle")} data-testid="import-preview">
            <p role="status">
              {target.kind === "article"
                ? t("previewSummary", {
                    ready: preview.ready.length,
                    noEvidence: missing.length,
                    skipped: preview.skipped.length,
                  })
                : t("previewSummaryPlain", { ready: preview.ready.length, skipped: preview.skipped.length })}
            </p>
            {[...byArticle].map(([key, group]) => (
              <div key={key} className="stack">
                <h3>
                  {target.kind === "article" ? (
                    t("readyHeading", { count: group.items.length })
                  ) : (
                    <>
                      {t("intoArticleHeading", { count: group.items.length })} <bdi dir="auto">{group.title}</bdi>
                    </>
                  )}
                </h3>
                {list(group.items)}
              </div>
            ))}
            {missing.length > 0 && (
              <div className="stack" data-testid="import-unmatched">
                <h3>
                  {target.kind === "set"
                    ? t("intoThisSetHeading", { count: missing.length })
                    : toNewSet
                      ? t("intoNewSetHeading", { count: missing.length })
                      : t("noEvidenceHeading", { count: missing.length })}
                </h3>
                {target.kind !== "set" && <p className="hint">{toNewSet ? t("newSetHint") : t("noEvidenceHint")}</p>}
                {target.kind === "article" && (
                  <fieldset className="field">
                    <legend>{t("unmatchedLegend")}</legend>
                    {(["set", "here"] as const).map((v) => (
                      <label key={v} className="row radio-row">
                        <input
                          type="radio"
                          name={`${id}-unmatched`}
                          value={v}
                          checked={unmatched === v}
                          onChange={() => setUnmatched(v)}
                        />
                        {t(v === "set" ? "unmatchedSet" : "unmatchedHere")}
                      </label>
                    ))}
                  </fieldset>
                )}
                {toNewSet && (
                  <div className="field">
                    <label htmlFor={`${id}-set-title`}>{t("setTitleLabel")}</label>
                    <input
                      id={`${id}-set-title`}
                      type="text"
                      value={setTitle}
                      maxLength={TITLE_MAX}
                      onChange={(e) => setSetTitle(e.target.value)}
                      dir="auto"
                    />
                  </div>
                )}
                {list(missing)}
              </div>
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
