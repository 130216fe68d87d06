// Several app processes sharing live games on PostgreSQL (issue 10): after a process commits a change to a game (a
// move of the game, a join, an answer), it says so on the channel `fahm_live` with pg_notify; every other process
// that has the game in memory reloads it from the database, in place, and tells its own streams. The database stays
// the record: moves are conditional updates (two processes cannot both apply one), and an answer is stored only if
// its question is still open at commit time (play-game.ts). Nothing to run besides PostgreSQL itself.
// On SQLite (one process by design) this is off: announce() does nothing and nothing listens.
import "server-only";
import pg from "pg";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-provider";

const CHANNEL = "fahm_live";

interface ClusterState {
  /** This process, so it ignores its own announcements. */
  instance: string;
  client: pg.Client | null;
  isStarting: boolean;
  onChange: ((gameId: string) => void) | null;
  onReconnect: (() => void) | null;
}

const g = globalThis as unknown as { fahmLiveCluster?: ClusterState };
const cluster: ClusterState = (g.fahmLiveCluster ??= {
  instance: crypto.randomUUID(),
  client: null,
  isStarting: false,
  onChange: null,
  onReconnect: null,
});

/** True when several processes may share games: PostgreSQL, unless LIVE_CLUSTER=off. */
export function isClustered(env: NodeJS.ProcessEnv = process.env) {
  return databaseProvider(env) === "postgresql" && env.LIVE_CLUSTER !== "off";
}

/** Tells the other processes that a game changed (call after the change is committed). */
export async function announce(gameId: string) {
  if (!isClustered()) return;
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${`${cluster.instance}:${gameId}`})`;
}

/**
 * Starts listening (once per process). `onChange` runs for each game another process changed; `onReconnect` after a
 * dropped listening connection came back (announcements may have been missed meanwhile).
 */
export function listen(onChange: (gameId: string) => void, onReconnect: () => void) {
  cluster.onChange = onChange;
  cluster.onReconnect = onReconnect;
  if (!isClustered() || cluster.client || cluster.isStarting) return;
  void connect(false);
}

async function connect(isReconnect: boolean) {
  cluster.isStarting = true;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const retry = () => {
    if (cluster.client === client) cluster.client = null;
    client.removeAllListeners();
    void client.end().catch(() => undefined);
    setTimeout(() => void connect(true), 1000).unref();
  };
  try {
    client.on("notification", (n) => {
      const [from, gameId] = (n.payload ?? "").split(":");
      if (from && gameId && from !== cluster.instance) cluster.onChange?.(gameId);
    });
    client.on("error", retry);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    cluster.client = client;
    cluster.isStarting = false;
    if (isReconnect) cluster.onReconnect?.();
  } catch (err) {
    console.error("live: cannot listen on PostgreSQL, retrying", err);
    retry();
  }
}

/** For tests: stop listening. */
export async function stopListening() {
  const client = cluster.client;
  cluster.client = null;
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => undefined);
  }
}
