"use client";
// Opens the browser's print dialog (the page's @media print styles hide the app's chrome).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
