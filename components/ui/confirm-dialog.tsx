"use client";
// An in-app confirmation instead of window.confirm() (issue 12): a modal <dialog> (the browser traps focus in it,
// Escape cancels, the page behind is inert), labelled by its question, with focus on "Cancel" so Enter never destroys
// by accident; focus returns to the button that asked. `const [confirm, dialog] = useConfirm()`, render `dialog`,
// then `if (!(await confirm({ message, confirmLabel }))) return;`.
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

interface Ask {
  message: string;
  confirmLabel: string;
}

export function useConfirm(): [(ask: Ask) => Promise<boolean>, React.ReactNode] {
  const t = useTranslations("common");
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const resolveRef = useRef<((ok: boolean) => void) | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);

  function confirm(next: Ask) {
    resolveRef.current?.(false);
    setAsk(next);
    // The dialog is always in the page; showModal remembers the focused element and gives focus back on close.
    requestAnimationFrame(() => {
      const dialog = dialogRef.current;
      if (dialog && !dialog.open) dialog.showModal();
    });
    return new Promise<boolean>((resolve) => {
      resolveRef.current = resolve;
    });
  }

  function finish(ok: boolean) {
    dialogRef.current?.close();
    resolveRef.current?.(ok);
    resolveRef.current = null;
  }

  const dialog = (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={`${id}-q`} onClose={() => finish(false)}>
      <p id={`${id}-q`}>{ask?.message}</p>
      <div className="row">
        <button type="button" className="button button-danger" onClick={() => finish(true)}>
          {ask?.confirmLabel}
        </button>
        <button type="button" className="button button-secondary" autoFocus onClick={() => finish(false)}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
  return [confirm, dialog];
}
