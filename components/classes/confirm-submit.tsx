"use client";
// A destructive button that asks first, in the page (no window.confirm): the first press shows the question with
// "Yes" and "Cancel"; focus moves to the question so keyboard and screen-reader users hear it.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { BusyButton } from "@/components/ui/busy-button";

export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  cancelLabel,
  workingLabel,
  className = "button button-secondary button-small",
}: {
  label: string;
  /** Rich text may isolate a name inside it (`<bdi>`), so a Latin name reads right in an Arabic question. */
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  workingLabel: string;
  className?: string;
}) {
  const [isAsking, setIsAsking] = useState(false);
  const { pending } = useFormStatus();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const hasAsked = useRef(false);

  // Focus follows the question when it opens, and goes back to the button when it is cancelled.
  useEffect(() => {
    if (isAsking) {
      hasAsked.current = true;
      questionRef.current?.focus();
    } else if (hasAsked.current) openerRef.current?.focus();
  }, [isAsking]);

  if (!isAsking) {
    return (
      <button ref={openerRef} type="button" className={className} onClick={() => setIsAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby={id}>
      <p id={id} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="row">
        <BusyButton
          isBusy={pending}
          label={confirmLabel}
          busyLabel={workingLabel}
          className="button button-small button-danger"
        />
        <button
          type="button"
          className="button button-ghost button-small"
          disabled={pending}
          onClick={() => setIsAsking(false)}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
