"use client";
// A question's state at a glance: approved, draft or archived, with its version once edited after answers.
import { useTranslations } from "next-intl";
import type { BankQuestion } from "@/lib/bank/bank-question";

export function StatusBadges({
  question,
}: {
  question: Pick<BankQuestion, "status" | "archivedAt" | "version" | "origin">;
}) {
  const t = useTranslations("review");
  const state = question.archivedAt ? "archived" : question.status;
  return (
    <>
      <span className={`badge status-badge status-${state}`}>{t(`status.${state}`)}</span>
      {question.origin === "manual" && <span className="badge">{t("manual")}</span>}
      {question.version > 1 && <span className="badge">{t("version", { n: question.version })}</span>}
    </>
  );
}
