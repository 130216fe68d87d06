// One app instance's share of the shared-limiter proof in `npm run test:pg` (scripts/test-pg.sh): takes `tries` tries
// at one rule and key through lib/rate-limit.ts and prints how many were allowed, as JSON. test-pg.sh starts two of
// these at once against the same PostgreSQL database: if the counters were per process, both would be allowed
// `points` tries; shared in the database, the two together are allowed exactly `points`.
// Usage: tsx --conditions=react-server scripts/pg-limits.ts <key> <tries> [points]
import { LIMIT_TABLE, closeLimitStore, take } from "@/lib/rate-limit";
import { databaseProvider } from "@/lib/db-provider";

const [key = "proof", triesArg = "8", pointsArg = "10"] = process.argv.slice(2);
if (databaseProvider() !== "postgresql") throw new Error("pg-limits: DATABASE_PROVIDER must be postgresql");
const rule = { name: "pg-proof", points: Number(pointsArg), durationSec: 600 };
let allowed = 0;
let refused = 0;
try {
  for (let i = 0; i < Number(triesArg); i++) {
    if ((await take(rule, key)).isAllowed) allowed++;
    else refused++;
  }
} finally {
  await closeLimitStore();
}
console.log(JSON.stringify({ pid: process.pid, table: LIMIT_TABLE, allowed, refused }));
