"use client";
// Deleting one's own paste takes two presses: "Delete" shows what goes with it, then "Yes, delete it" posts the form.
import { useState } from "react";

export function DeleteArticleButton({
  articleId,
  action,
  labels,
}: {
  articleId: string;
  action: (formData: FormData) => Promise<void>;
  labels: { delete: string; confirm: string; yes: string; cancel: string };
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
        {labels.delete}
      </button>
    );
  }
  return (
    <form action={action} className="row" role="group" aria-label={labels.delete}>
      <input type="hidden" name="articleId" value={articleId} />
      <span role="alert">{labels.confirm}</span>
      <button type="submit" className="button button-danger">
        {labels.yes}
      </button>
      <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
        {labels.cancel}
      </button>
    </form>
  );
}
