"use client";
// The article column of the review screen: the text with every question's evidence marked (the active question's
// and the draft's highlighted), and a text selection turned into UTF-16 offsets for a question's evidence.
import type { RefObject } from "react";
import { useMemo } from "react";
import { segmentByEvidence } from "@/components/article/article-view";
import type { TextSpan } from "@/lib/bank/article-sentences";
import { dirOf } from "@/lib/i18n/config";

/** Maps a DOM selection point inside the article body to a UTF-16 offset into the body text. */
function offsetOf(root: HTMLElement, node: Node, offset: number, bodyLength: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = node.parentElement?.dataset.start;
    return start === undefined ? null : Number(start) + offset;
  }
  if (!(node instanceof HTMLElement)) return null;
  if (node === root) {
    const child = root.childNodes[offset];
    return child instanceof HTMLElement && child.dataset.start !== undefined ? Number(child.dataset.start) : bodyLength;
  }
  if (node.dataset.start === undefined) return null;
  return Number(node.dataset.start) + (offset === 0 ? 0 : (node.textContent ?? "").length);
}

/** The selected text inside `root` as offsets into `body`, trimmed of white space; null when nothing is selected. */
function selectedSpan(root: HTMLElement, body: string): TextSpan | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const a = offsetOf(root, range.startContainer, range.startOffset, body.length);
  const b = offsetOf(root, range.endContainer, range.endOffset, body.length);
  if (a === null || b === null) return null;
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(body.length, Math.max(a, b));
  while (start < end && /\s/u.test(body.charAt(start))) start++;
  while (end > start && /\s/u.test(body.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

export function ArticlePane({
  body,
  language,
  spans,
  activeIndex,
  draftIndex,
  bodyRef,
  onSelect,
}: {
  body: string;
  language: string;
  /** Every question's evidence, in bank order, then the draft's (its index is `draftIndex`). */
  spans: TextSpan[];
  activeIndex: number;
  draftIndex: number;
  bodyRef: RefObject<HTMLDivElement | null>;
  onSelect: (span: TextSpan) => void;
}) {
  const segments = useMemo(() => segmentByEvidence(body.length, spans), [body, spans]);

  function captureSelection() {
    const span = bodyRef.current ? selectedSpan(bodyRef.current, body) : null;
    if (span) onSelect(span);
  }

  return (
    <div
      className="card article-body"
      lang={language}
      dir={dirOf(language)}
      ref={bodyRef}
      data-testid="article-body"
      onMouseUp={captureSelection}
      onKeyUp={captureSelection}
    >
      {segments.map((s) => {
        const text = body.slice(s.start, s.end);
        if (s.covers.length === 0)
          return (
            <span key={s.start} data-start={s.start}>
              {text}
            </span>
          );
        const isActive = activeIndex >= 0 && s.covers.includes(activeIndex);
        const isDraft = draftIndex >= 0 && s.covers.includes(draftIndex);
        const cls = [isActive ? "is-active" : "", isDraft ? "is-draft" : ""].filter(Boolean).join(" ");
        return (
          <mark key={s.start} data-start={s.start} data-q={s.covers.join(" ")} className={cls || undefined}>
            {text}
          </mark>
        );
      })}
    </div>
  );
}
