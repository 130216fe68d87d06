// A button that shows a spinner and its busy label while its action runs (disabled meanwhile unless told otherwise).
// For server and client components alike.
import type { ButtonHTMLAttributes, ReactNode } from "react";

export function BusyButton({
  isBusy,
  label,
  busyLabel = label,
  type = "submit",
  className = "button",
  disabled = isBusy,
  ...rest
}: {
  isBusy: boolean;
  label: ReactNode;
  /** Shown while busy; the label by default. */
  busyLabel?: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children">) {
  return (
    <button type={type} className={className} disabled={disabled} {...rest}>
      {isBusy && <span className="spinner" aria-hidden="true" />}
      {isBusy ? busyLabel : label}
    </button>
  );
}
