"use client";
// Questions a format could not carry, or a file's questions that cannot be imported, each with its reason.
import { useTranslations } from "next-intl";
import type { Skipped } from "@/lib/interop/types";

export function SkippedList({ items, testId }: { items: Skipped[]; testId?: string }) {
  const t = useTranslations("interop");
  const tReview = useTranslations("review.errors");
  const reason = (s: Skipped) => {
    if (s.code === "invalid" && typeof s.detail?.reason === "string" && tReview.has(s.detail.reason))
      return tReview(s.detail.reason);
    return t(`reasons.${s.code}`, { max: 0, type: "", column: "", text: "", ...s.detail });
  };
  return (
    <ul className="stack skipped-list" data-testid={testId}>
      {items.map((s) => (
        <li key={`${s.n}-${s.code}`}>
          <strong>{t("questionN", { n: s.n })}</strong>{" "}
          <bdi dir="auto">{s.prompt.length > 80 ? `${s.prompt.slice(0, 79)}…` : s.prompt}</bdi> — {reason(s)}
        </li>
      ))}
    </ul>
  );
}
