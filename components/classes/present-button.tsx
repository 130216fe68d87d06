"use client";
// Shows the join panel full screen, for a projector. Escape (the browser's own key) leaves it.
export function PresentButton({ targetId, label }: { targetId: string; label: string }) {
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      onClick={() => {
        const el = document.getElementById(targetId);
        if (el?.requestFullscreen) el.requestFullscreen().catch(() => undefined);
      }}
    >
      {label}
    </button>
  );
}
