"use client";
// The paste-an-article form: checks input with the same zod schema as the server, then posts to /api/articles.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ArticleInputSchema, BODY_MAX, TITLE_MAX } from "@/lib/validation/article";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

const FILE_MAX_BYTES = 1_000_000;
type FieldErrors = { title?: string; body?: string; form?: string };

function guessDir(text: string): "rtl" | "ltr" | undefined {
  const m = text.match(/[\p{Script=Arabic}\p{Script=Latin}]/u);
  if (!m) return undefined;
  return /\p{Script=Arabic}/u.test(m[0]) ? "rtl" : "ltr";
}

/** `endpoint` and `redirectBase` let the teacher area reuse the form (POST /api/teacher/articles → /teacher/articles/:id). */
export function NewArticleForm({
  endpoint = "/api/articles",
  redirectBase = "/articles",
}: { endpoint?: string; redirectBase?: string } = {}) {
  const t = useTranslations("newArticle");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = useState(false);
  const ids = { title: useId(), body: useId(), bodyHint: useId(), file: useId() };

  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.unknown"));

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = ArticleInputSchema.safeParse({ title, body });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "title" ? "title" : "body";
        next[field] ??= message(issue.message);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setIsSubmitting(true);
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title, body }),
      });
      const data = (await res.json().catch(() => null)) as { id?: string; error?: { code: string } } | null;
      if (res.ok && data?.id) {
        router.push(`${redirectBase}/${data.id}`);
        return;
      }
      const code = data?.error?.code ?? "unknown";
      setErrors(
        code.startsWith("title")
          ? { title: message(code) }
          : code.startsWith("body")
            ? { body: message(code) }
            : { form: message(code) },
      );
    } catch {
      setErrors({ form: message("network") });
    }
    setIsSubmitting(false);
  }

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > FILE_MAX_BYTES) {
      setErrors({ body: message("fileTooBig") });
      return;
    }
    const text = await file.text();
    setBody(text);
    if (!title.trim()) setTitle(file.name.replace(/\.[^.]+$/, ""));
    const check = ArticleInputSchema.shape.body.safeParse(text);
    setErrors(check.success ? {} : { body: message(check.error.issues[0]?.message ?? "unknown") });
  }

  return (
    // method="post": submitted before the script has loaded, the article must not land in the address (a long text
    // makes the request fail); the page just comes back and the form works once hydrated.
    <form className="card stack" method="post" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <ErrorAlert>{errors.form}</ErrorAlert>
      <div className="field">
        <label htmlFor={ids.title}>{t("titleLabel")}</label>
        <input
          id={ids.title}
          type="text"
          name="title"
          value={title}
          maxLength={TITLE_MAX + 50}
          dir={guessDir(title) ?? "auto"}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${ids.title}-error` : undefined}
        />
        <ErrorAlert id={`${ids.title}-error`}>{errors.title}</ErrorAlert>
      </div>
      <div className="field">
        <label htmlFor={ids.body}>{t("bodyLabel")}</label>
        <textarea
          id={ids.body}
          name="body"
          value={body}
          dir={guessDir(body) ?? "auto"}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={`${ids.bodyHint}${errors.body ? ` ${ids.body}-error` : ""}`}
        />
        <div className="row hint" id={ids.bodyHint}>
          <span>{t("bodyHint")}</span>
          <span className="spacer" />
          {/* Not a live region (issue 12): it would speak on every keystroke. The field describes itself with it. */}
          <span data-testid="char-count">{t("characters", { count: body.length, max: BODY_MAX })}</span>
        </div>
        <ErrorAlert id={`${ids.body}-error`}>{errors.body}</ErrorAlert>
      </div>
      <div className="field">
        <label htmlFor={ids.file} className="hint">
          {t("loadFile")}
        </label>
        <input id={ids.file} type="file" accept=".txt,text/plain" onChange={onFile} />
      </div>
      <div className="row">
        <BusyButton isBusy={isSubmitting} label={t("submit")} busyLabel={t("submitting")} />
      </div>
    </form>
  );
}
