import { describe, expect, it } from "vitest";
import {
  IllegalTransitionError,
  canAnswer,
  initialState,
  isPaused,
  transition,
  type LiveAction,
  type LiveState,
} from "@/lib/live/game-machine";

const T = 20_000;

function play(actions: LiveAction[], count = 3): LiveState {
  let now = 1_000;
  return actions.reduce((s, a) => transition(s, a, (now += 1_000), T), initialState(count));
}

describe("live game state machine", () => {
  it("goes lobby → question → reveal → … → podium for a 3-question game", () => {
    let s = initialState(3);
    const seen: string[] = [s.phase];
    for (const a of ["start", "close", "next", "close", "next", "close", "next"] as const) {
      s = transition(s, a, 5_000, T);
      seen.push(`${s.phase}${s.phase === "question" ? s.questionIndex : ""}`);
    }
    expect(seen).toEqual(["lobby", "question0", "reveal", "question1", "reveal", "question2", "reveal", "podium"]);
  });

  it("sets the countdown when a question opens", () => {
    const s = transition(initialState(2), "start", 10_000, T);
    expect(s.openedAt).toBe(10_000);
    expect(s.deadlineAt).toBe(30_000);
  });

  it.each<[LiveAction[], LiveAction]>([
    [[], "next"],
    [[], "close"],
    [[], "pause"],
    [["start"], "start"],
    [["start"], "next"],
    [["start"], "resume"],
    [["start", "pause"], "pause"],
    [["start", "close"], "close"],
    [["start", "close"], "pause"],
    [["end"], "end"],
    [["end"], "start"],
    [["start", "close", "next", "close", "next", "close", "next"], "next"],
  ])("after %j refuses %s and leaves the state as it was", (before, action) => {
    const s = play(before);
    const copy = structuredClone(s);
    expect(() => transition(s, action, 99_000, T)).toThrow(IllegalTransitionError);
    expect(s).toEqual(copy);
  });

  it("refuses with HTTP 409 and a code", () => {
    try {
      transition(initialState(1), "next", 0);
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ status: 409, code: "illegal_transition" });
    }
  });

  it("pause stops the clock and resume gives back exactly the time that was left", () => {
    let s = transition(initialState(1), "start", 0, T); // deadline 20 s
    s = transition(s, "pause", 5_000);
    expect(isPaused(s)).toBe(true);
    expect(s.deadlineAt).toBeNull();
    expect(s.pausedRemainingMs).toBe(15_000);
    s = transition(s, "resume", 65_000);
    expect(isPaused(s)).toBe(false);
    expect(s.deadlineAt).toBe(80_000);
    expect(s.pausedMs).toBe(60_000);
  });

  it("close shows the reveal early; skip moves on without a reveal and marks the question skipped", () => {
    expect(play(["start", "close"]).phase).toBe("reveal");
    const skipped = play(["start", "skip"]);
    expect(skipped).toMatchObject({ phase: "question", questionIndex: 1, skipped: [0] });
    expect(skipped.deadlineAt).toBe(skipped.openedAt! + T);
    // skipping the last question goes to the podium; a paused question can be skipped; a reveal cannot
    expect(play(["start", "close", "next", "pause", "skip", "skip"])).toMatchObject({
      phase: "podium",
      skipped: [1, 2],
    });
    expect(() => play(["start", "close", "skip"])).toThrow(IllegalTransitionError);
    expect(play(["start", "close"]).skipped).toEqual([]);
  });

  it("end goes to the podium from anywhere but the podium", () => {
    expect(play(["end"]).phase).toBe("podium");
    expect(play(["start", "end"]).phase).toBe("podium");
    expect(play(["start", "close", "end"]).phase).toBe("podium");
  });

  it("a game without questions starts straight on the podium", () => {
    expect(transition(initialState(0), "start", 0).phase).toBe("podium");
  });

  it("takes answers only for the open question, not while paused", () => {
    const s = play(["start", "close", "next"]);
    expect(canAnswer(s, 1)).toBe("ok");
    expect(canAnswer(s, 0)).toBe("wrong_question");
    expect(canAnswer(transition(s, "pause", 99_000), 1)).toBe("paused");
    expect(canAnswer(transition(s, "close", 99_000), 1)).toBe("not_open");
    expect(canAnswer(initialState(3), 0)).toBe("not_open");
  });
});
