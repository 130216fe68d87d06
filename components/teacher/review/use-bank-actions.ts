"use client";
// The review screen's three API flows (one question's status, delete/archive, bulk approve) and what they leave on
// screen: the busy marker, the polite notice or the error, the picked questions, and a refresh of the page's data.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { BankQuestion } from "@/lib/bank/bank-question";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { bankUrl, callApi } from "./api";

export type QuestionStatus = "approved" | "draft";

export function useBankActions(articleId: string) {
  const t = useTranslations("review");
  const router = useRouter();
  const [isRefreshing, startTransition] = useTransition();
  const [confirm, confirmDialog] = useConfirm();
  const [picked, setPicked] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function refresh(message: string) {
    setError(null);
    setNotice(message);
    startTransition(() => router.refresh());
  }

  function failed(code: string, message: string) {
    setNotice(null);
    setError(t.has(`errors.${code}`) ? t(`errors.${code}`) : message || t("errors.unknown"));
  }

  async function setStatus(q: BankQuestion, status: QuestionStatus) {
    setBusyId(q.id);
    const res = await callApi(bankUrl(articleId, "questions", q.id, "status"), "PUT", { status });
    setBusyId(null);
    if (res.ok) refresh(status === "approved" ? t("approvedOne") : t("unapprovedOne"));
    else failed(res.code, res.message);
  }

  async function remove(q: BankQuestion, n: number) {
    const text = q.responses > 0 ? t("confirmArchive", { n }) : t("confirmDelete", { n });
    if (!(await confirm({ message: text, confirmLabel: t("confirmDeleteButton") }))) return;
    setBusyId(q.id);
    const res = await callApi<{ archived: boolean }>(bankUrl(articleId, "questions", q.id), "DELETE");
    setBusyId(null);
    if (res.ok) {
      setPicked((p) => p.filter((id) => id !== q.id));
      refresh(res.data.archived ? t("archivedOne") : t("deletedOne"));
    } else failed(res.code, res.message);
  }

  async function bulk(status: QuestionStatus, questionIds?: string[]) {
    setBusyId("bulk");
    const res = await callApi<{ count: number }>(bankUrl(articleId, "status"), "POST", {
      status,
      ...(questionIds ? { questionIds } : {}),
    });
    setBusyId(null);
    if (res.ok) {
      setPicked([]);
      refresh(t(status === "approved" ? "approvedMany" : "unapprovedMany", { count: res.data.count }));
    } else failed(res.code, res.message);
  }

  function pick(id: string, on: boolean) {
    setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  }

  return {
    isBusy: busyId !== null,
    isRefreshing,
    confirmDialog,
    picked,
    pick,
    notice,
    error,
    refresh,
    failed,
    setStatus,
    remove,
    bulk,
  };
}
