// The event streams of a live game: the projector's (its whole view on every change, the answered count as it
// climbs) and each phone's (its own view on every change; round-trip pings; "removed" when the teacher removes it).
import "server-only";
import { hostView } from "./host-game";
import {
  phonesTopicOf,
  playerTopicOf,
  registry,
  topicOf,
  type LiveGameRt,
  type LivePlayerRt,
  type LiveSignal,
} from "./live-runtime";
import { newPing, playerView } from "./play-game";
import type { Send } from "./sse";

// Round-trip probes: one on connecting, one a few seconds later, then one a minute (each costs a POST back; a probe
// every 15 s from 1,000 phones was 67 requests a second of the server's time).
const FIRST_PINGS_MS = [3_000, 8_000];
const PING_EVERY_MS = 60_000;
const HEARTBEAT_MS = 15_000;
const COALESCE_MS = 150;

export function streamHost(game: LiveGameRt, send: Send, close: () => void) {
  game.hostConnections++;
  send("view", hostView(game));
  // names joining are coalesced (a class joining at once is one update, not hundreds); the answered count comes
  // coalesced already (signalAnswered)
  let pending: ReturnType<typeof setTimeout> | null = null;
  const off = registry.bus.subscribe(topicOf(game.id), (signal: LiveSignal) => {
    if (signal.kind === "answered") {
      send("answered", { count: game.answers.size });
    } else if (signal.kind === "state") {
      send("view", hostView(game));
    } else {
      pending ??= setTimeout(() => {
        pending = null;
        send("view", hostView(game));
      }, COALESCE_MS);
    }
  });
  const beat = setInterval(() => send("heartbeat", { at: Date.now() }), HEARTBEAT_MS);
  void close;
  return () => {
    game.hostConnections--;
    clearInterval(beat);
    if (pending) clearTimeout(pending);
    off();
  };
}

export function streamPlayer(game: LiveGameRt, player: LivePlayerRt, send: Send, close: () => void) {
  const wasConnected = player.connections > 0;
  player.connections++;
  // a player who (re)connects during a question is sent it now: their time counts from here, within the game's clock
  if (game.state.phase === "question" && player.sentAt == null) player.sentAt = Date.now();
  const ping = () => send("ping", { id: newPing(game, player) });
  send("view", playerView(game, player));
  ping();
  // phones hear state changes, and what concerns this phone alone; not the joins and answers of the whole room
  // (2,000 joins would be 2,000 × 2,000 calls)
  const offState = registry.bus.subscribe(phonesTopicOf(game.id), () => send("view", playerView(game, player)));
  const offOwn = registry.bus.subscribe(playerTopicOf(game.id, player.id), (signal: LiveSignal) => {
    if (signal.kind === "removed") {
      send("removed", {});
      close();
    } else send("view", playerView(game, player));
  });
  const early = FIRST_PINGS_MS.map((ms) => setTimeout(ping, ms));
  const timer = setInterval(ping, PING_EVERY_MS);
  // keeps the connection (and any proxy) from idling out between pings
  const beat = setInterval(() => send("heartbeat", {}), HEARTBEAT_MS);
  if (!wasConnected) registry.bus.publish(topicOf(game.id), { kind: "roster" });
  return () => {
    player.connections--;
    early.forEach(clearTimeout);
    clearInterval(timer);
    clearInterval(beat);
    offState();
    offOwn();
    if (player.connections === 0) registry.bus.publish(topicOf(game.id), { kind: "roster" });
  };
}
