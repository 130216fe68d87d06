// A live game through the app's own modules against a temporary database: joining, answering, pacing, and every
// kind of bad input refused with a 4xx and no change to scores.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { controlGame, hostView, removePlayer, setPlayerExtraTime } from "@/lib/live/host-game";
import { forgetLiveGames, getGame, phonesTopicOf, playerTopicOf, registry, topicOf } from "@/lib/live/live-runtime";
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
import { makeArticle, makeLiveGame, makeTeacher } from "../../setup/factories";

type Spec = { prompt: string; choices: string[]; answer: string };

async function makeGame(
  opts: { scoring?: "accuracy" | "speed"; streakBonus?: boolean; count?: number; specs?: Spec[] } = {},
) {
  const teacher = await makeTeacher();
  const specs =
    opts.specs ??
    Array.from({ length: opts.count ?? 3 }, (_, i) => ({
      prompt: `Q${i + 1}?`,
      choices: ["A", "B", "C"],
      answer: "A",
    }));
  const { quiz, questions, game } = await makeLiveGame(teacher.id, specs, opts);
  const control = (action: Parameters<typeof controlGame>[0]["action"]) =>
    controlGame({ teacherId: teacher.id, gameId: game.id, action });
  /** A phone's answer to a question of this game. */
  const answer = (deviceId: string, questionId: string, given: string | string[]) =>
    submitLiveAnswer({ gameId: game.id, deviceId, questionId, answer: given });
  return { teacher, quiz, questions, game, control, answer };
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

/** The live results CSV's lines (byte-order mark and line ends removed), with short column labels. */
async function csvLines(teacherId: string, gameId: string) {
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
    skipped: "skipped",
  };
  const csv = await getLiveResultsCsv({ teacherId, gameId, labels });
  return csv.body
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
}

beforeEach(() => forgetLiveGames());
afterEach(() => {
  forgetLiveGames();
  vi.useRealTimers();
});

describe("live game", () => {
  it("plays a 3-question game to the podium; the phone never sees a key while the question is open", async () => {
    const { game, control, questions, answer } = await makeGame({ streakBonus: true });
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
      await answer("dev-sara", q.id, "A");
      // Omar answers wrong on the first question, right on the others; the last answer closes the question
      await answer("dev-omar", q.id, i === 0 ? "B" : "A");
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
    const { game, control, questions, answer } = await makeGame({ streakBonus: true });
    const first = await joinGame({ pin: game.pin, name: "Layla", deviceId: "dev-l" });
    await joinGame({ pin: game.pin, name: "Other", deviceId: "dev-o" });
    await control("start");
    await answer("dev-l", questions[0]!.id, "A");
    forgetLiveGames(); // a restart: everything comes back from the database
    const again = await joinGame({ pin: game.pin, name: "A new name", deviceId: "dev-l" });
    expect(again).toMatchObject({ playerId: first.playerId, name: "Layla", isRejoin: true });
    const { game: rt, player } = await requirePlayer(game.id, "dev-l");
    expect(player).toMatchObject({ score: 1000, streak: 1 });
    expect(playerView(rt, player)).toMatchObject({ phase: "question", hasAnswered: true });
  });

  it("refuses bad input with a clear 4xx and leaves scores as they were", async () => {
    const { game, control, questions, teacher, answer } = await makeGame();
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-a" });
    const bob = await joinGame({ pin: game.pin, name: "Bob", deviceId: "dev-b" });
    await joinGame({ pin: game.pin, name: "Third", deviceId: "dev-c" });

    await expectRefused(joinGame({ pin: "000000", name: "X", deviceId: "dev-x" }), 404, "not_found");
    await expectRefused(joinGame({ pin: game.pin, name: "sara", deviceId: "dev-x" }), 409, "name_taken");
    // an answer before the game starts
    await expectRefused(answer("dev-a", questions[0]!.id, "A"), 409, "question_closed");
    await control("start");
    // an answer for another question than the one on screen, and for a question not in the game
    await expectRefused(answer("dev-a", questions[1]!.id, "A"), 409, "wrong_question");
    await expectRefused(answer("dev-a", "nope", "A"), 404, "not_found");
    // not a choice; not a player
    await expectRefused(answer("dev-a", questions[0]!.id, "Z"), 400, "invalid_answer");
    await expectRefused(answer("stranger", questions[0]!.id, "A"), 404, "not_found");
    await answer("dev-a", questions[0]!.id, "A");
    // the same answer again is a replay; a different one is refused
    await expect(answer("dev-a", questions[0]!.id, "A")).resolves.toMatchObject({ isAccepted: true });
    await expectRefused(answer("dev-a", questions[0]!.id, "B"), 409, "already_answered");
    // a removed player reconnecting or answering (Third has not answered, so the question stays open)
    await removePlayer({ teacherId: teacher.id, gameId: game.id, playerId: bob.playerId });
    expect((await getGame(game.id)).state.phase).toBe("question");
    await expectRefused(joinGame({ pin: game.pin, name: "Bob", deviceId: "dev-b" }), 403, "forbidden");
    await expectRefused(requirePlayer(game.id, "dev-b"), 403, "forbidden");
    await expectRefused(answer("dev-b", questions[0]!.id, "A"), 403, "forbidden");
    // an answer after the question closed
    await control("close");
    await expectRefused(answer("dev-c", questions[0]!.id, "A"), 409, "question_closed");
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

  it("skip moves on without revealing the key: no key in any view, it scores nobody, streaks are as before it", async () => {
    const { game, control, questions, teacher, answer } = await makeGame({
      streakBonus: true,
      specs: [
        { prompt: "Which city?", choices: ["Cairo", "Paris", "Rome"], answer: "Cairo" },
        { prompt: "Which river?", choices: ["Nile", "Amazon", "Danube"], answer: "Nile" },
        { prompt: "Which sea?", choices: ["Red", "Black", "Dead"], answer: "Red" },
        { prompt: "Which desert?", choices: ["Sahara", "Gobi", "Namib"], answer: "Sahara" },
      ],
    });
    const [q1, q2, q3, q4] = questions;
    const sara = await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-s" });
    const omar = await joinGame({ pin: game.pin, name: "Omar", deviceId: "dev-o" });
    const rt = await getGame(game.id);
    // every payload a phone or the projector can get: each player's view and the projector's
    const payloads = () =>
      [hostView(rt), ...[sara, omar].map((p) => playerView(rt, rt.players.get(p.playerId)!))].map((v) =>
        JSON.stringify(v),
      );
    const signals: unknown[] = [];
    registry.bus.subscribe(topicOf(game.id), (sig) => signals.push(sig));

    await control("start");
    await answer("dev-s", q1!.id, "Cairo");
    await answer("dev-o", q1!.id, "Cairo"); // both right: the question closes, streaks are 1
    await control("next");
    // question 2: Sara answers (right, worth 1,100 with her streak); Omar has not; the teacher skips it
    await answer("dev-s", q2!.id, "Nile");
    const afterSkip = await control("skip");
    expect(afterSkip).toMatchObject({ phase: "question", questionIndex: 2, skipped: [1], reveal: null });
    for (const text of [JSON.stringify(afterSkip), ...payloads()]) {
      expect(text).not.toContain("Nile"); // the skipped question's key (and its other choices)
      expect(text).not.toMatch(/"answer"|"evidence"|Some text/);
    }
    expect(signals.filter((x) => (x as { kind: string }).kind === "state").length).toBeGreaterThan(0);
    expect(playerView(rt, rt.players.get(omar.playerId)!)).toMatchObject({ skipped: [1], result: null });
    // it scored nobody: Sara keeps 1,000, both keep a streak of 1 (Omar's not broken by the question he missed)
    expect(await scores(game.id)).toEqual({ Sara: 1000, Omar: 1000 });
    expect([...rt.players.values()].map((p) => [p.name, p.score, p.streak])).toEqual([
      ["Sara", 1000, 1],
      ["Omar", 1000, 1],
    ]);
    // Omar answering the skipped question now is refused and stored nowhere
    await expectRefused(answer("dev-o", q2!.id, "Nile"), 409, "wrong_question");
    // question 3: an answer being saved while the teacher skips is stored but scores 0 too
    const racing = answer("dev-s", q3!.id, "Red");
    while (!rt.answers.has(sara.playerId)) await Promise.resolve();
    await control("skip");
    await expect(racing).resolves.toMatchObject({ isAccepted: true });
    expect(rt.state).toMatchObject({ questionIndex: 3, skipped: [1, 2] });
    expect(await scores(game.id)).toEqual({ Sara: 1000, Omar: 1000 });
    // a restart loses nothing: the skipped questions, the scores and the streaks come back from the database
    forgetLiveGames();
    const again = await getGame(game.id);
    expect(again.state.skipped).toEqual([1, 2]);
    expect([...again.players.values()].map((p) => [p.name, p.score, p.streak])).toEqual([
      ["Sara", 1000, 1],
      ["Omar", 1000, 1],
    ]);
    // question 4 is played: the streak goes on from question 1 (+100 for a second right answer in a row)
    await answer("dev-s", q4!.id, "Sahara");
    await answer("dev-o", q4!.id, "Gobi");
    expect(await scores(game.id)).toEqual({ Sara: 2100, Omar: 1000 });
    await control("next");

    // the results keep what was answered and mark the skipped questions; the CSV too
    const results = await getLiveResults({ teacherId: teacher.id, gameId: game.id });
    expect(results.questions.map((q) => q.isSkipped)).toEqual([false, true, true, false]);
    const saraRow = results.players.find((p) => p.name === "Sara")!;
    expect(saraRow.cells.map((c) => c && [c.given, c.points])).toEqual([
      ["Cairo", 1000],
      ["Nile", 0],
      ["Red", 0],
      ["Sahara", 1100],
    ]);
    // the chart counts the scored questions only (two): Sara got both right, Omar one
    expect(results.distribution).toEqual([
      { score: 0, count: 0 },
      { score: 1, count: 1 },
      { score: 2, count: 1 },
    ]);
    const rows = await csvLines(teacher.id, game.id);
    expect(rows[0]!.endsWith(",skipped")).toBe(true);
    expect(rows.filter((l) => l.startsWith("Sara,")).map((l) => l.split(",").at(-1))).toEqual(["", "1", "1", ""]);
  });

  it("a phone resending an answer the server already stored (its acknowledgement lost) is counted once", async () => {
    const { game, control, questions, answer } = await makeGame({ count: 2 });
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-a" });
    await joinGame({ pin: game.pin, name: "Omar", deviceId: "dev-b" });
    await control("start");
    await answer("dev-a", questions[0]!.id, "A");
    // the server restarts (memory lost) and the phone, back online after a reload, sends its stored copy
    forgetLiveGames();
    await expect(answer("dev-a", questions[0]!.id, "A")).resolves.toMatchObject({ isAccepted: true });
    await control("close");
    await control("next");
    // the next question is open: a late copy of the first answer is still accepted (it was stored), a changed one not
    await expect(answer("dev-a", questions[0]!.id, "A")).resolves.toMatchObject({ isAccepted: true });
    await expectRefused(answer("dev-a", questions[0]!.id, "B"), 409, "already_answered");
    // Omar never answered question 1: an answer to it now is refused, not stored
    await expectRefused(answer("dev-b", questions[0]!.id, "A"), 409, "wrong_question");
    expect(await db.liveAnswer.count({ where: { gameId: game.id } })).toBe(1);
    expect(await scores(game.id)).toEqual({ Sara: 1000, Omar: 0 });
  });

  it("a student of the teacher's class plays under their roster name, recognised by their device", async () => {
    const { game, control, questions, teacher, answer } = await makeGame({ count: 1 });
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
    await answer("dev-sara", questions[0]!.id, "A");
    // her phone dies; she resumes on a tablet linked to her (class PIN) and gets her player and score back
    await db.studentDevice.create({ data: { studentId: sara.id, deviceId: "dev-tablet" } });
    const again = await joinGame({ pin: game.pin, studentId: sara.id, deviceId: "dev-tablet" });
    expect(again).toMatchObject({ playerId: joined.playerId, name: "Sara (2)", isRejoin: true });
    const { player } = await requirePlayer(game.id, "dev-tablet");
    expect(player.score).toBe(1000);
    await expectRefused(requirePlayer(game.id, "dev-sara"), 404, "not_found");
    // the guest answers too; the results name the class student
    await answer("dev-guest", questions[0]!.id, "B");
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

  it("a class student gets the extra time of their accommodation in the game; a guest gets the normal time", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(2_000_000);
    const { game, control, questions, teacher, quiz } = await makeGame({ count: 2 });
    const cls = await db.class.create({ data: { ownerId: teacher.id, name: "5B" } });
    const student = (name: string, deviceId: string) =>
      db.student.create({
        data: { classId: cls.id, displayName: name, pin: "1234", devices: { create: { deviceId } } },
      });
    const [layla, omar, huda] = [
      await student("Layla", "dev-layla"),
      await student("Omar", "dev-omar"),
      await student("Huda", "dev-huda"),
    ];
    // Layla: +50% on an assignment of this quiz (and +25% on another quiz's, set later); Omar: +25% on another
    // quiz's only; Huda: +100% on an assignment the teacher has deleted (no longer counts)
    const thisQuiz = await db.assignment.create({ data: { quizId: quiz.id, classId: cls.id } });
    const { article } = await makeArticle(teacher.id, [{}]);
    const otherQuiz = await db.quiz.create({ data: { ownerId: teacher.id, articleId: article.id, title: "Other" } });
    const other = await db.assignment.create({ data: { quizId: otherQuiz.id, classId: cls.id } });
    const deleted = await db.assignment.create({ data: { quizId: quiz.id, classId: cls.id, deletedAt: new Date() } });
    await db.accommodation.create({ data: { assignmentId: thisQuiz.id, studentId: layla.id, extraTimePercent: 50 } });
    await db.accommodation.create({ data: { assignmentId: other.id, studentId: layla.id, extraTimePercent: 25 } });
    await db.accommodation.create({ data: { assignmentId: other.id, studentId: omar.id, extraTimePercent: 25 } });
    await db.accommodation.create({ data: { assignmentId: deleted.id, studentId: huda.id, extraTimePercent: 100 } });

    const l = await joinGame({ pin: game.pin, studentId: layla.id, deviceId: "dev-layla" });
    const o = await joinGame({ pin: game.pin, studentId: omar.id, deviceId: "dev-omar" });
    const h = await joinGame({ pin: game.pin, studentId: huda.id, deviceId: "dev-huda" });
    await joinGame({ pin: game.pin, name: "Guest", deviceId: "dev-guest" });
    const rt = await getGame(game.id);
    const percentOf = (playerId: string) => hostView(rt).players.find((p) => p.id === playerId)?.extraTimePercent;
    expect([percentOf(l.playerId), percentOf(o.playerId), percentOf(h.playerId)]).toEqual([50, 25, 0]);
    expect(hostView(rt).players.filter((p) => p.isClassStudent)).toHaveLength(3);
    expect(playerView(rt, rt.players.get(l.playerId)!).me.extraTimePercent).toBe(50);
    // saved: a restart keeps it
    forgetLiveGames();
    const again = await getGame(game.id);
    expect(again.players.get(l.playerId)?.extraTimePercent).toBe(50);

    await control("start"); // 20 s each; Layla 30 s, Omar 25 s
    const opened = Date.now();
    expect(playerView(again, again.players.get(l.playerId)!).remainingMs).toBe(30_000);
    const at = (ms: number, deviceId: string) => {
      vi.setSystemTime(opened + ms);
      return submitLiveAnswer({
        gameId: game.id,
        deviceId,
        questionId: questions[0]!.id,
        answer: "A",
        receivedAt: opened + ms,
      });
    };
    // 28 s in: past the guest's 20 s (and the 1 s grace) and Omar's 25 s, within Layla's 30 s
    await expectRefused(at(28_000, "dev-guest"), 409, "question_closed");
    await expectRefused(at(28_000, "dev-omar"), 409, "question_closed");
    await expect(at(28_000, "dev-layla")).resolves.toMatchObject({ isAccepted: true });
    await expectRefused(at(28_500, "dev-huda"), 409, "question_closed");
    expect(await scores(game.id)).toMatchObject({ Layla: 0, Omar: 0, Huda: 0, Guest: 0 }); // saved at the close
    // the game's clock closes the question at Layla's 30 s (setSystemTime moved Date only, not the timers)
    await vi.advanceTimersByTimeAsync(29_000);
    expect(again.state.phase).toBe("question");
    await vi.advanceTimersByTimeAsync(2_000);
    expect(again.state.phase).toBe("reveal");
    expect(await scores(game.id)).toEqual({ Layla: 1000, Omar: 0, Huda: 0, Guest: 0 });
  });

  it("a room of 1,200 players: closing a question saves every streak (no database parameter limit hit)", async () => {
    const { game, control, questions, answer } = await makeGame({ count: 2 });
    await db.livePlayer.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({ gameId: game.id, deviceId: `dev-${i}`, name: `P${i}` })),
    });
    forgetLiveGames();
    await control("start");
    await answer("dev-0", questions[0]!.id, "A");
    await expect(control("close")).resolves.toMatchObject({ phase: "reveal" });
    const saved = await db.livePlayer.groupBy({ by: ["streak"], where: { gameId: game.id }, _count: { _all: true } });
    expect(saved.map((g) => [g.streak, g._count._all])).toEqual([
      [0, 1199],
      [1, 1],
    ]);
    await expect(control("skip")).rejects.toMatchObject({ status: 409 }); // a reveal cannot be skipped
    await control("next");
    await expect(control("skip")).resolves.toMatchObject({ phase: "podium", skipped: [1] });
  });

  it("a move another process made first is refused here (409) and this copy of the game catches up", async () => {
    const { game, control, questions, answer } = await makeGame({ count: 2 });
    await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-a" });
    await control("start");
    const rt = await getGame(game.id);
    // another app process (PostgreSQL, several instances) closed the question: only the database knows
    await db.liveGame.update({ where: { id: game.id }, data: { phase: "reveal" } });
    await expectRefused(control("skip"), 409, "illegal_transition");
    expect(rt.state.phase).toBe("reveal");
    await expectRefused(answer("dev-a", questions[0]!.id, "A"), 409, "question_closed");
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
    const { game, control, questions, answer } = await makeGame({ streakBonus: true });
    const a = await joinGame({ pin: game.pin, name: "A", deviceId: "dev-1" });
    await joinGame({ pin: game.pin, name: "B", deviceId: "dev-2" });
    await control("start");
    await answer("dev-1", questions[0]!.id, "A");
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

  it("every phone's view counts the players in the room, also right after a join or a removal", async () => {
    const { teacher, game } = await makeGame();
    const joined: Awaited<ReturnType<typeof joinGame>>[] = [];
    for (const name of ["Ann", "Ben", "Cal"]) {
      joined.push(await joinGame({ pin: game.pin, name, deviceId: `dev-${name}` }));
      const rt = await getGame(game.id);
      // every phone sees the same count within one pass (the count is shared by the views of one broadcast)
      for (const p of joined) expect(playerView(rt, rt.players.get(p.playerId)!).playerCount).toBe(joined.length);
    }
    await removePlayer({ teacherId: teacher.id, gameId: game.id, playerId: joined[1]!.playerId });
    const rt = await getGame(game.id);
    expect(playerView(rt, rt.players.get(joined[0]!.playerId)!).playerCount).toBe(2);
  });

  it("removing the last player who had not answered closes the question", async () => {
    const { game, control, questions, teacher, answer } = await makeGame();
    await joinGame({ pin: game.pin, name: "A", deviceId: "dev-a" });
    const slow = await joinGame({ pin: game.pin, name: "Away", deviceId: "dev-away" });
    await control("start");
    await answer("dev-a", questions[0]!.id, "A");
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
    const { game, control, questions, teacher, answer } = await makeGame({ count: 2 });
    await joinGame({ pin: game.pin, name: "=cmd()", deviceId: "dev-evil" });
    await joinGame({ pin: game.pin, name: "سارة", deviceId: "dev-s" });
    await control("start");
    await answer("dev-s", questions[0]!.id, "A");
    await answer("dev-evil", questions[0]!.id, "C");
    await control("next");
    await answer("dev-s", questions[1]!.id, "B");
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
    const lines = await csvLines(teacher.id, game.id);
    expect(lines).toHaveLength(1 + 2 * 2);
    expect(lines[1]).toMatch(/^سارة,1,1000,1,Q1\?,A,1,1000,/);
    expect(lines.some((l) => l.startsWith("'=cmd()"))).toBe(true); // no spreadsheet formula from a student's name
    const stranger = await makeTeacher({ name: "Other" });
    await expectRefused(getLiveResults({ teacherId: stranger.id, gameId: game.id }), 404, "not_found");
  });

  it("sends phones only what concerns them, and the projector one answered count for a burst of answers", async () => {
    const { game, control, teacher, questions } = await makeGame();
    const names = ["A", "B", "C", "D"];
    const joined: Awaited<ReturnType<typeof joinGame>>[] = [];
    for (const n of names) joined.push(await joinGame({ pin: game.pin, name: n, deviceId: `dev-${n}` }));
    const projector: string[] = [];
    const phones: string[] = [];
    const own = new Map<string, string[]>(joined.map((j) => [j.playerId, []]));
    registry.bus.subscribe(topicOf(game.id), (s) =>
      projector.push(s.kind === "answered" ? `answered:${s.count}` : s.kind),
    );
    registry.bus.subscribe(phonesTopicOf(game.id), (s) => phones.push(s.kind));
    for (const j of joined)
      registry.bus.subscribe(playerTopicOf(game.id, j.playerId), (s) => own.get(j.playerId)!.push(s.kind));
    await joinGame({ pin: game.pin, name: "Late", deviceId: "dev-late" }); // a join: the projector only
    await control("start");
    // three answers at once: stored, and the projector is told once, with the count of all three
    await Promise.all(
      joined.slice(0, 3).map((j) =>
        submitLiveAnswer({
          gameId: game.id,
          deviceId: `dev-${names[joined.indexOf(j)]}`,
          questionId: questions[0]!.id,
          answer: "A",
        }),
      ),
    );
    await vi.waitFor(() => expect(projector.filter((k) => k.startsWith("answered"))).toEqual(["answered:3"]), {
      timeout: 2000,
    });
    await removePlayer({ teacherId: teacher.id, gameId: game.id, playerId: joined[3]!.playerId });
    expect(phones).toEqual(["state"]); // no joins, answers or removals on every phone ("Late" has not answered)
    expect(own.get(joined[3]!.playerId)).toEqual(["removed"]); // the removed phone is told, alone
    expect(own.get(joined[0]!.playerId)).toEqual([]);
    expect(projector).toEqual(expect.arrayContaining(["roster", "state", "answered:3", "removed"]));
  });

  it("stores an answer once even if the memory lost its claim: the insert itself refuses a second one", async () => {
    const { game, control, questions } = await makeGame();
    const sara = await joinGame({ pin: game.pin, name: "Sara", deviceId: "dev-s" });
    await joinGame({ pin: game.pin, name: "Omar", deviceId: "dev-o" });
    await control("start");
    const answer = (given: string) =>
      submitLiveAnswer({ gameId: game.id, deviceId: "dev-s", questionId: questions[0]!.id, answer: given });
    await answer("A");
    const rt = await getGame(game.id);
    rt.answers.delete(sara.playerId); // as if this process had not seen it (another process stored it, say)
    await expectRefused(answer("B"), 409, "already_answered");
    const rows = await db.liveAnswer.findMany({ where: { gameId: game.id } });
    expect(rows.map((r) => [r.playerId, r.given, r.correct])).toEqual([[sara.playerId, '"A"', true]]);
    expect(rows[0]!.answeredAt).toBeInstanceOf(Date); // written by raw SQL, read back by Prisma
    expect(Number.isNaN(rows[0]!.answeredAt.getTime())).toBe(false);
  });

  it("announces changes on the game's topic", async () => {
    const { game, control, teacher } = await makeGame();
    const seen: string[] = [];
    const off = registry.bus.subscribe(topicOf(game.id), (s) =>
      seen.push(s.kind === "player" ? `player:${s.playerId}` : s.kind),
    );
    const z = await joinGame({ pin: game.pin, name: "Z", deviceId: "dev-z" });
    // extra time given in the lobby reaches that player's phone (phones get no roster updates)
    await setPlayerExtraTime({ teacherId: teacher.id, gameId: game.id, playerId: z.playerId, extraTimePercent: 25 });
    await control("start");
    off();
    expect(seen).toEqual(["roster", "roster", `player:${z.playerId}`, "state"]);
  });
});
