"use client";
// The answer control for each question type: radio buttons for choices, a text box, an ordering list, or selects.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Given } from "./store";

export interface PlayerQuestion {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  left?: string[];
}

interface Props {
  question: PlayerQuestion;
  value: Given | undefined;
  isLocked: boolean;
  rightAnswer?: Given;
  onChange: (v: Given) => void;
  labelledBy: string;
}

export function QuestionInput(props: Props) {
  switch (props.question.type) {
    case "short_answer":
      return <ShortAnswer {...props} />;
    case "timeline":
      return <OrderItems {...props} />;
    case "matching":
      return <MatchItems {...props} />;
    default:
      return <ChoiceList {...props} />;
  }
}

function ChoiceList({ question, value, isLocked, rightAnswer, onChange, labelledBy }: Props) {
  const t = useTranslations("quiz");
  const isTrueFalse = question.type === "true_false";
  return (
    <fieldset className="choices" role="radiogroup" aria-labelledby={labelledBy}>
      {question.choices.map((choice) => {
        const isRight = rightAnswer !== undefined && choice === rightAnswer;
        const isWrong = rightAnswer !== undefined && choice === value && !isRight;
        return (
          <label key={choice} className={`choice${isRight ? " is-right" : ""}${isWrong ? " is-wrong" : ""}`}>
            <input
              type="radio"
              name={`q-${question.id}`}
              value={choice}
              checked={value === choice}
              disabled={isLocked}
              onChange={() => onChange(choice)}
            />
            <span>{isTrueFalse && (choice === "true" || choice === "false") ? t(choice) : choice}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

function ShortAnswer({ question, value, isLocked, onChange, labelledBy }: Props) {
  const t = useTranslations("quiz");
  return (
    <input
      type="text"
      aria-labelledby={labelledBy}
      placeholder={t("typeAnswer")}
      value={typeof value === "string" ? value : ""}
      disabled={isLocked}
      maxLength={200}
      dir="auto"
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
      name={`q-${question.id}`}
    />
  );
}

function OrderItems({ question, value, isLocked, onChange }: Props) {
  const t = useTranslations("quiz");
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const order = Array.isArray(value) && value.length === question.choices.length ? value : question.choices;
  // Keyboard users keep their place (issue 12): focus stays on the moved item's button, or on its other button when
  // this one has just become disabled at the top or bottom; the new position is announced.
  const move = (i: number, delta: number) => {
    const next = [...order];
    const j = i + delta;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    flushSync(() => onChange(next));
    const row = listRef.current?.children[j];
    const same = row?.querySelector<HTMLButtonElement>(`button[data-dir="${delta < 0 ? "up" : "down"}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`button[data-dir="${delta < 0 ? "down" : "up"}"]`);
    (same && !same.disabled ? same : other)?.focus();
    setAnnouncement(t("moved", { item: next[j]!, position: j + 1, total: next.length }));
  };
  return (
    <div className="stack">
      <p className="hint">{t("orderHint")}</p>
      <p className="visually-hidden" role="status" data-testid="order-status">
        {announcement}
      </p>
      <ol className="order-list" ref={listRef}>
        {order.map((item, i) => (
          <li key={item}>
            <strong aria-hidden="true">{i + 1}.</strong>
            <span>{item}</span>
            <button
              type="button"
              className="button button-ghost button-small"
              data-dir="up"
              onClick={() => move(i, -1)}
              disabled={isLocked || i === 0}
              aria-label={t("moveUp", { item })}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              data-dir="down"
              onClick={() => move(i, 1)}
              disabled={isLocked || i === order.length - 1}
              aria-label={t("moveDown", { item })}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function MatchItems({ question, value, isLocked, onChange }: Props) {
  const t = useTranslations("quiz");
  const left = question.left ?? [];
  const chosen = Array.isArray(value) ? value : left.map(() => "");
  return (
    <div className="stack">
      <p className="hint">{t("matchHint")}</p>
      {left.map((item, i) => (
        <div className="match-row" key={item}>
          <label htmlFor={`m-${question.id}-${i}`}>{item}</label>
          <select
            id={`m-${question.id}-${i}`}
            value={chosen[i] ?? ""}
            disabled={isLocked}
            onChange={(e) => {
              const next = left.map((_, k) => chosen[k] ?? "");
              next[i] = e.target.value;
              onChange(next);
            }}
          >
            <option value="">{t("choose")}</option>
            {question.choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

/** Whether the student has given a complete answer that can be sent. */
export function isComplete(q: PlayerQuestion, v: Given | undefined): boolean {
  if (v === undefined) return false;
  if (q.type === "timeline") return Array.isArray(v) && v.length === q.choices.length;
  if (q.type === "matching")
    return (
      Array.isArray(v) && v.length === (q.left?.length ?? 0) && v.every((x) => x !== "") && new Set(v).size === v.length
    );
  return typeof v === "string" && v.trim() !== "";
}
