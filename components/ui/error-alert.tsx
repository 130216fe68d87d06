// An error said at once (role="alert") in the alert style, or nothing while there is none. Give it an `id` to link it
// to its field (aria-describedby). For server and client components alike.
import type { ReactNode } from "react";

export function ErrorAlert({
  id,
  testId,
  children,
}: {
  id?: string;
  testId?: string;
  /** The message; nothing is drawn for an empty one. */
  children?: ReactNode;
}) {
  if (children == null || children === false || children === "") return null;
  return (
    <p id={id} className="alert alert-error" role="alert" data-testid={testId}>
      {children}
    </p>
  );
}
