// A second app process for the live-game cluster test (scripts/pg-live-cluster.ts, run by `npm run test:pg`): it
// loads the same lib modules against the same PostgreSQL database and does what it is told, one JSON command a line
// on stdin ({ id, op, args }), answering one JSON line on stdout ({ id, value } or { id, error: { status, code } }).
import { createInterface } from "node:readline";
import { controlGame, hostView } from "@/lib/live/host-game";
import { getGame } from "@/lib/live/live-runtime";
import { joinGame, playerView, requirePlayer, submitLiveAnswer } from "@/lib/live/play-game";

type Args = Record<string, string>;
const ops: Record<string, (a: Args) => Promise<unknown>> = {
  join: (a) => joinGame({ pin: a.pin!, name: a.name!, deviceId: a.deviceId! }),
  answer: (a) =>
    submitLiveAnswer({ gameId: a.gameId!, deviceId: a.deviceId!, questionId: a.questionId!, answer: a.answer! }),
  control: (a) =>
    controlGame({ teacherId: a.teacherId!, gameId: a.gameId!, action: a.action as "next" }).then((v) => v.phase),
  view: async (a) => {
    const { game, player } = await requirePlayer(a.gameId!, a.deviceId!);
    const v = playerView(game, player);
    return { phase: v.phase, questionIndex: v.questionIndex, score: v.me.score, result: v.result, rank: v.me.rank };
  },
  host: async (a) => {
    const v = hostView(await getGame(a.gameId!));
    return { phase: v.phase, questionIndex: v.questionIndex, players: v.players.map((p) => p.name).sort() };
  },
};

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const { id, op, args } = JSON.parse(line) as { id: number; op: string; args: Args };
  const run = ops[op] ?? (() => Promise.reject(new Error(`unknown op ${op}`)));
  run(args).then(
    (value) => process.stdout.write(`${JSON.stringify({ id, value })}\n`),
    (err: { status?: number; code?: string; message?: string }) =>
      process.stdout.write(
        `${JSON.stringify({ id, error: { status: err.status ?? 500, code: err.code ?? "internal", message: err.message } })}\n`,
      ),
  );
});
lines.on("close", () => process.exit(0));
process.stdout.write(`${JSON.stringify({ id: 0, value: "ready" })}\n`);
