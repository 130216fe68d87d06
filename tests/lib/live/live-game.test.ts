// A live game through the app's own modules against a temporary database: joining, answering, pacing, and every
// kind of bad input refused with a 4xx and no change to scores.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { controlGame, createLiveGame, hostView, removePlayer, setPlayerExtraTime } from "@/lib/live/host-game";
import { forgetLiveGames, getGame, registry, topicOf } from "@/lib/live/live-runtime";
import { getLiveResults, getLiveResultsCsv, listTeacherLiveGames } from "@/lib/live/live-results";
import {
  joinGame,
  playerView,
  recordPong,
  newPing,
  requirePlayer,
  studentsOnDevice,
  submitLiveAnswer,
} from "@/lib/live/play-game";
import { makeArticle, makeTeacher } from "../../setup/factories";

async function makeGame(opts: { scoring?: "accuracy" | "speed"; streakBonus?: boolean; count?: number } = {}) {
  const teacher = await makeTeacher();
  const specs = Array.from({ length: opts.count ?? 3 }, (_, i) => ({
    prompt: `Q${i + 1}?`,
    choices: ["A", "B", "C"],
    answer: "A",
  }));
  const { article, questions } = await makeArticle(teacher.id, specs);
  const quiz = await db.quiz.create({ data: { ownerId: teacher.id, articleId: article.id, title: "Live quiz" } });
  for (const [i, q] of questions.entries())
    await db.quizItem.create({ data: { quizId: quiz.id, questionId: q.id, position: i } });
  const game = await createLiveGame({
    teacherId: teacher.id,
    quizId: quiz.id,
    questionSec: 20,
    scoring: opts.scoring ?? "accuracy",
    streakBonus: opts.streakBonus ?? false,
  });
  const control = (action: Parameters<typeof controlGame>[0]["action"]) =>
    controlGame({ teacherId: teacher.id, gameId: game.id, action });
  return { teacher, quiz, questions, game, control };
}

const scores = async (gameId: string) =>
  Object.fromEntries(
    (await db.livePlayer.findMany({ where: { gameId }, select: { name: true, score: true } })).map((p) => [
      p.name,
      p.score,
    ]),
  );

async function expectRefused(p: Promise<unknown>, status: number, code: string) {
  await expect(p).rejects.toMatchObject({ status, code });
}

beforeEach(() => forgetLiveGames());
afterEach(() => {
  forgetLiveGames();
  vi.useRealTimers();
});

describe("live game", () => {
  it("plays a 3-question game to the podium; the phone never sees a key while the question is open", async () => {
    const { game, control, questions } = await makeGame({ streakBonus: true });
    expect(game.pin).toMatch(/^\d{6}$/);
    const sara = await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-sara" });
    const omar = await joinGame({ pin: game.pin, name: "Omar", deviceId: "dev-omar" });
    await control("start");
    const rt = await getGame(game.id);
    const view = playerView(rt, rt.players.get(sara.playerId)!);
    expect(view.phase).toBe("question");
    expect(JSON.stringify(view)).not.toMatch(/"answer"|evidence/);
    expect(view.reveal).toBeNull();

    for (const [i, q] of questions.entries()) {
      await submitLiveAnswer({ gameId: game.id, deviceId: "dev-sara", questionId: q.id, answer: "A" });
      // Omar answers wrong on the first question, right on the others; the last answer closes the question
      await submitLiveAnswer({ gameId: game.id, deviceId: "dev-omar", questionId: q.id, answer: i === 0 ? "B" : "A" });
      expect(rt.state.phase).toBe("reveal");
      const revealed = playerView(rt, rt.players.get(omar.playerId)!);
      expect(revealed.reveal?.answer).toBe("A");
      expect(revealed.result?.isCorrect).toBe(i !== 0);
      expect(hostView(rt).reveal?.distribution.map((d) => d.count)).toEqual(i === 0 ? [1, 1, 0] : [2, 0, 0]);
      await control("next");
    }
    expect(rt.state.phase).toBe("podium");
    // streak bonus: Sara 1000 + 1100 + 1200, Omar 0 + 1000 + 1100
    expect(await scores(game.id)).toEqual({ Sara: 3300, Omar: 2100 });
    expect(hostView(rt).top.map((t) => [t.name, t.rank])).toEqual([
      ["Sara", 1],
      ["Omar", 2],
    ]);
    expect(await db.liveAnswer.count({ where: { gameId: game.id } })).toBe(6);
    expect((await db.liveGame.findUniqueOrThrow({ where: { id: game.id } })).endedAt).not.toBeNull();
  });

  it("a rejoin on the same device keeps name, score and streak, even after the server forgets the game", async () => {
    const { game, control, questions } = await makeGame({ streakBonus: true });
    const first = await joinGame({ pin: game.pin, name: "Layla", deviceId: "dev-l" });
    await joinGame({ pin: game.pin, name: "Other", deviceId: "dev-o" });
    await control("start");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-l", questionId: questions[0]!.id, answer: "A" });
    forgetLiveGames(); // a restart: everything comes back from the database
    const again = await joinGame({ pin: game.pin, name: "A new name", deviceId: "dev-l" });
    expect(again).toMatchObject({ playerId: first.playerId, name: "Layla", isRejoin: true });
    const { game: rt, player } = await requirePlayer(game.id, "dev-l");
    expect(player).toMatchObject({ score: 1000, streak: 1 });
    expect(playerView(rt, player)).toMatchObject({ phase: "question", hasAnswered: true });
  });

  it("refuses bad input with a clear 4xx and leaves scores as they were", async () => {
    const { game, control, questions, teacher } = await makeGame();
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-a" });
    const bob = await joinGame({ pin: game.pin, name: "Bob", deviceId: "dev-b" });
    await joinGame({ pin: game.pin, name: "Third", deviceId: "dev-c" });

    await expectRefused(joinGame({ pin: "000000", name: "X", deviceId: "dev-x" }), 404, "not_found");
    await expectRefused(joinGame({ pin: game.pin, name: "sara", deviceId: "dev-x" }), 409, "name_taken");
    // an answer before the game starts
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" }),
      409,
      "question_closed",
    );
    await control("start");
    // an answer for another question than the one on screen, and for a question not in the game
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[1]!.id, answer: "A" }),
      409,
      "wrong_question",
    );
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: "nope", answer: "A" }),
      404,
      "not_found",
    );
    // not a choice; not a player
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "Z" }),
      400,
      "invalid_answer",
    );
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "stranger", questionId: questions[0]!.id, answer: "A" }),
      404,
      "not_found",
    );
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" });
    // the same answer again is a replay; a different one is refused
    await expect(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" }),
    ).resolves.toMatchObject({ isAccepted: true });
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "B" }),
      409,
      "already_answered",
    );
    // a removed player reconnecting or answering (Third has not answered, so the question stays open)
    await removePlayer({ teacherId: teacher.id, gameId: game.id, playerId: bob.playerId });
    expect((await getGame(game.id)).state.phase).toBe("question");
    await expectRefused(joinGame({ pin: game.pin, name: "Bob", deviceId: "dev-b" }), 403, "forbidden");
    await expectRefused(requirePlayer(game.id, "dev-b"), 403, "forbidden");
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-b", questionId: questions[0]!.id, answer: "A" }),
      403,
      "forbidden",
    );
    // an answer after the question closed
    await control("skip");
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-c", questionId: questions[0]!.id, answer: "A" }),
      409,
      "question_closed",
    );
    // illegal transitions
    await expectRefused(control("pause"), 409, "illegal_transition");
    await expectRefused(control("start"), 409, "illegal_transition");
    // another teacher's game is not found
    const stranger = await makeTeacher({ name: "Other" });
    await expectRefused(controlGame({ teacherId: stranger.id, gameId: game.id, action: "next" }), 404, "not_found");
    await control("end");
    await expectRefused(joinGame({ pin: game.pin, name: "Late", deviceId: "dev-late" }), 410, "game_ended");
    await expectRefused(control("next"), 409, "illegal_transition");
    expect(await scores(game.id)).toEqual({ Sara: 1000, Bob: 0, Third: 0 });
    expect(await db.liveAnswer.count({ where: { gameId: game.id } })).toBe(1);
  });

  it("a phone resending an answer the server already stored (its acknowledgement lost) is counted once", async () => {
    const { game, control, questions } = await makeGame({ count: 2 });
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-a" });
    await joinGame({ pin: game.pin, name: "Omar", deviceId: "dev-b" });
    await control("start");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" });
    // the server restarts (memory lost) and the phone, back online after a reload, sends its stored copy
    forgetLiveGames();
    await expect(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" }),
    ).resolves.toMatchObject({ isAccepted: true });
    await control("close");
    await control("next");
    // the next question is open: a late copy of the first answer is still accepted (it was stored), a changed one not
    await expect(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" }),
    ).resolves.toMatchObject({ isAccepted: true });
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "B" }),
      409,
      "already_answered",
    );
    // Omar never answered question 1: an answer to it now is refused, not stored
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-b", questionId: questions[0]!.id, answer: "A" }),
      409,
      "wrong_question",
    );
    expect(await db.liveAnswer.count({ where: { gameId: game.id } })).toBe(1);
    expect(await scores(game.id)).toEqual({ Sara: 1000, Omar: 0 });
  });

  it("a student of the teacher's class plays under their roster name, recognised by their device", async () => {
    const { game, control, questions, teacher } = await makeGame({ count: 1 });
    const cls = await db.class.create({ data: { ownerId: teacher.id, name: "5B" } });
    const sara = await db.student.create({
      data: { classId: cls.id, displayName: "Sara", pin: "1234", devices: { create: { deviceId: "dev-sara" } } },
    });
    const other = await makeTeacher({ name: "Other" });
    const otherClass = await db.class.create({ data: { ownerId: other.id, name: "6C" } });
    const omar = await db.student.create({
      data: { classId: otherClass.id, displayName: "Omar", pin: "5678", devices: { create: { deviceId: "dev-omar" } } },
    });
    // /play offers the device its own students only
    expect(await studentsOnDevice("dev-sara")).toEqual([{ id: sara.id, name: "Sara", className: "5B" }]);
    expect(await studentsOnDevice("dev-nobody")).toEqual([]);

    // a guest typed "Sara" first: the class student keeps her roster name, made distinct
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-guest" });
    const joined = await joinGame({ pin: game.pin, studentId: sara.id, deviceId: "dev-sara" });
    expect(joined.name).toBe("Sara (2)");
    expect((await db.livePlayer.findUniqueOrThrow({ where: { id: joined.playerId } })).studentId).toBe(sara.id);
    // another teacher's student, and a device that is not the student's, are refused
    await expectRefused(joinGame({ pin: game.pin, studentId: omar.id, deviceId: "dev-omar" }), 403, "not_in_class");
    await expectRefused(joinGame({ pin: game.pin, studentId: sara.id, deviceId: "dev-x" }), 403, "not_in_class");
    expect((await getGame(game.id)).players.size).toBe(2);

    await control("start");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-sara", questionId: questions[0]!.id, answer: "A" });
    // her phone dies; she resumes on a tablet linked to her (class PIN) and gets her player and score back
    await db.studentDevice.create({ data: { studentId: sara.id, deviceId: "dev-tablet" } });
    const again = await joinGame({ pin: game.pin, studentId: sara.id, deviceId: "dev-tablet" });
    expect(again).toMatchObject({ playerId: joined.playerId, name: "Sara (2)", isRejoin: true });
    const { player } = await requirePlayer(game.id, "dev-tablet");
    expect(player.score).toBe(1000);
    await expectRefused(requirePlayer(game.id, "dev-sara"), 404, "not_found");
    // the guest answers too; the results name the class student
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-guest", questionId: questions[0]!.id, answer: "B" });
    await control("next");
    const results = await getLiveResults({ teacherId: teacher.id, gameId: game.id });
    expect(results.players.map((p) => [p.name, p.studentId])).toEqual([
      ["Sara (2)", sara.id],
      ["Sara", null],
    ]);
    // the chart: one player got the question right, one did not
    expect(results.distribution).toEqual([
      { score: 0, count: 1 },
      { score: 1, count: 1 },
    ]);
    // the results list beside the assignments: this teacher's game only, with its class students counted
    expect(await listTeacherLiveGames({ teacherId: teacher.id })).toMatchObject([
      { id: game.id, isFinished: true, players: 2, classStudents: 1 },
    ]);
    expect(await listTeacherLiveGames({ teacherId: other.id })).toEqual([]);
  });

  it("a move another process made first is refused here (409) and this copy of the game catches up", async () => {
    const { game, control, questions } = await makeGame({ count: 2 });
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-a" });
    await control("start");
    const rt = await getGame(game.id);
    // another app process (PostgreSQL, several instances) closed the question: only the database knows
    await db.liveGame.update({ where: { id: game.id }, data: { phase: "reveal" } });
    await expectRefused(control("skip"), 409, "illegal_transition");
    expect(rt.state.phase).toBe("reveal");
    await expectRefused(
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" }),
      409,
      "question_closed",
    );
    await control("next");
    expect((await db.liveGame.findUniqueOrThrow({ where: { id: game.id } })).questionIndex).toBe(1);
  });

  it("speed scoring uses the server's clock less the player's round trip, and an accommodation gives more time", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(1_000_000);
    const { game, control, questions, teacher } = await makeGame({ scoring: "speed" });
    const fast = await joinGame({ pin: game.pin, name: "Fast", deviceId: "dev-f" });
    const slow = await joinGame({ pin: game.pin, name: "Slow", deviceId: "dev-s" });
    const acc = await joinGame({ pin: game.pin, name: "Acc", deviceId: "dev-acc" });
    await setPlayerExtraTime({ teacherId: teacher.id, gameId: game.id, playerId: acc.playerId, extraTimePercent: 100 });
    const rt = await getGame(game.id);
    // the slow phone's round trip: 800 ms
    const ping = newPing(rt, rt.players.get(slow.playerId)!);
    vi.setSystemTime(1_000_800);
    await recordPong({ gameId: game.id, deviceId: "dev-s", pingId: ping });
    vi.setSystemTime(1_010_000);
    await control("start");
    expect(hostView(rt).remainingMs).toBe(20_000); // the projector counts the base 20 s
    expect(playerView(rt, rt.players.get(acc.playerId)!).remainingMs).toBe(40_000);
    const opened = 1_010_000;
    // both think for 10 s; the slow phone's answer arrives 800 ms later
    await submitLiveAnswer({
      gameId: game.id,
      deviceId: "dev-f",
      questionId: questions[0]!.id,
      answer: "A",
      receivedAt: opened + 10_000,
    });
    await submitLiveAnswer({
      gameId: game.id,
      deviceId: "dev-s",
      questionId: questions[0]!.id,
      answer: "A",
      receivedAt: opened + 10_800,
    });
    // the accommodated player answers after the others' time ran out but within their own 40 s
    vi.setSystemTime(opened + 30_000);
    await submitLiveAnswer({
      gameId: game.id,
      deviceId: "dev-acc",
      questionId: questions[0]!.id,
      answer: "A",
      receivedAt: opened + 30_000,
    });
    expect(await scores(game.id)).toEqual({ Fast: 750, Slow: 750, Acc: 625 });
    void fast;
  });

  it("closes the question when its time runs out, pause stops the clock, and a missed question breaks the streak", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(5_000_000);
    const { game, control, questions } = await makeGame({ streakBonus: true });
    const a = await joinGame({ pin: game.pin, name: "A", deviceId: "dev-1" });
    await joinGame({ pin: game.pin, name: "B", deviceId: "dev-2" });
    await control("start");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-1", questionId: questions[0]!.id, answer: "A" });
    const rt = await getGame(game.id);
    await control("pause");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(rt.state.phase).toBe("question"); // paused: the clock stopped
    await control("resume");
    await vi.advanceTimersByTimeAsync(21_000);
    expect(rt.state.phase).toBe("reveal");
    await control("next");
    await vi.advanceTimersByTimeAsync(21_000); // nobody answers question 2
    expect(rt.state.phase).toBe("reveal");
    expect(rt.players.get(a.playerId)!.streak).toBe(0);
    expect((await db.livePlayer.findUniqueOrThrow({ where: { id: a.playerId } })).streak).toBe(0);
  });

  it("removing the last player who had not answered closes the question", async () => {
    const { game, control, questions, teacher } = await makeGame();
    await joinGame({ pin: game.pin, name: "A", deviceId: "dev-a" });
    const slow = await joinGame({ pin: game.pin, name: "Away", deviceId: "dev-away" });
    await control("start");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-a", questionId: questions[0]!.id, answer: "A" });
    expect((await getGame(game.id)).state.phase).toBe("question");
    await removePlayer({ teacherId: teacher.id, gameId: game.id, playerId: slow.playerId });
    expect((await getGame(game.id)).state.phase).toBe("reveal");
  });

  it("limits PIN guessing per device; a right PIN is not counted", async () => {
    const { game } = await makeGame();
    for (let i = 0; i < 9; i++)
      await expectRefused(joinGame({ pin: "000000", name: "G", deviceId: "dev-guess" }), 404, "not_found");
    await joinGame({ pin: game.pin, name: "Guesser", deviceId: "dev-guess" }); // the right one is given back
    await expectRefused(joinGame({ pin: "000000", name: "G", deviceId: "dev-guess" }), 404, "not_found");
    await expectRefused(joinGame({ pin: game.pin, name: "G", deviceId: "dev-guess" }), 429, "tooManyAttempts");
    await expect(joinGame({ pin: game.pin, name: "Other", deviceId: "dev-other" })).resolves.toMatchObject({
      isRejoin: false,
    });
  });

  it("stores a finished game for the teacher: results with every answer, and a CSV row per player and question", async () => {
    const { game, control, questions, teacher } = await makeGame({ count: 2 });
    await joinGame({ pin: game.pin, name: "=cmd()", deviceId: "dev-evil" });
    await joinGame({ pin: game.pin, name: "سارة", deviceId: "dev-s" });
    await control("start");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-s", questionId: questions[0]!.id, answer: "A" });
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-evil", questionId: questions[0]!.id, answer: "C" });
    await control("next");
    await submitLiveAnswer({ gameId: game.id, deviceId: "dev-s", questionId: questions[1]!.id, answer: "B" });
    await control("end"); // ended while question 2 was open: what was answered stays
    const r = await getLiveResults({ teacherId: teacher.id, gameId: game.id });
    expect(r.players.map((p) => [p.name, p.score, p.rank])).toEqual([
      ["سارة", 1000, 1],
      ["=cmd()", 0, 2],
    ]);
    expect(r.players[0]!.cells.map((c) => c?.given ?? null)).toEqual(["A", "B"]);
    expect(r.players[1]!.cells.map((c) => c?.given ?? null)).toEqual(["C", null]);
    expect(r.questions.map((q) => [q.answered, q.right])).toEqual([
      [2, 1],
      [1, 0],
    ]);
    expect(r.questions[0]!.counts).toEqual([
      { choice: "A", count: 1 },
      { choice: "B", count: 0 },
      { choice: "C", count: 1 },
    ]);
    const labels = {
      player: "player",
      rank: "rank",
      total: "total",
      question: "q",
      prompt: "prompt",
      answer: "answer",
      correct: "correct",
      points: "points",
      seconds: "s",
    };
    const csv = await getLiveResultsCsv({ teacherId: teacher.id, gameId: game.id, labels });
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(1 + 2 * 2);
    expect(lines[1]).toMatch(/^سارة,1,1000,1,Q1\?,A,1,1000,/);
    expect(lines.some((l) => l.startsWith("'=cmd()"))).toBe(true); // no spreadsheet formula from a student's name
    const stranger = await makeTeacher({ name: "Other" });
    await expectRefused(getLiveResults({ teacherId: stranger.id, gameId: game.id }), 404, "not_found");
  });

  it("announces changes on the game's topic", async () => {
    const { game, control } = await makeGame();
    const seen: string[] = [];
    const off = registry.bus.subscribe(topicOf(game.id), (s) => seen.push(s.kind));
    await joinGame({ pin: game.pin, name: "Z", deviceId: "dev-z" });
    await control("start");
    off();
    expect(seen).toEqual(["roster", "state"]);
  });
});
