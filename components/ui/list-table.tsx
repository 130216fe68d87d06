// A scrolling list table of the teacher's results pages: column headings, then a last column of links whose
// heading is read by screen readers only (each link names its row).
import type { ReactNode } from "react";

export function ListTable({
  testId,
  columns,
  linkColumn,
  children,
}: {
  testId: string;
  /** The visible column headings, in order (false: the column is left out). */
  columns: (string | false)[];
  /** The heading of the last column, for screen readers. */
  linkColumn: string;
  /** The rows (`<tr>`). */
  children: ReactNode;
}) {
  return (
    <div className="results-scroll">
      <table className="table card" data-testid={testId}>
        <thead>
          <tr>
            {columns.map(
              (c, i) =>
                c !== false && (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ),
            )}
            <th scope="col">
              <span className="visually-hidden">{linkColumn}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
