// Bundles lib/http/fast-answers.ts (the answer route on node:http, issue 9) and lib/http/fast-live.ts (a live game's
// phone routes, issue 10), with the lib code they call, into ES modules that scripts/server.mjs loads beside Next:
// build/fast-answers.mjs and build/fast-live.mjs, plus one chunk of the code both share. npm packages stay external (the same
// copies Next's server loads: Prisma, better-sqlite3, zod, ts-fsrs…). Run by `npm run build`.
// `node scripts/build-fast-answers.mjs`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FAST_ANSWERS_OUT = path.join(root, "build", "fast-answers.mjs");

/** What Next's bundler does for server code: "server-only" is empty, next/navigation its react-server build. */
const serverConditions = {
  name: "server-conditions",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};", loader: "js" }));
    b.onResolve({ filter: /^next\/navigation$/ }, () => ({
      path: "next/dist/client/components/navigation.react-server.js",
      external: true,
    }));
  },
};

/** The live game's phone routes on node:http (issue 10; lib/http/fast-live.ts). */
export const FAST_LIVE_OUT = path.join(root, "build", "fast-live.mjs");

/** Where the code both fast paths share goes (build/fast-shared-<hash>.mjs), loaded once for both. */
const SHARED_PREFIX = "fast-shared-";

export async function buildFastAnswers() {
  const outdir = path.join(root, "build");
  // a shared chunk's name changes with its content: drop the last build's
  fs.mkdirSync(outdir, { recursive: true });
  for (const f of fs.readdirSync(outdir)) if (f.startsWith(SHARED_PREFIX)) fs.rmSync(path.join(outdir, f));
  // one build of both entries, split: the lib code both call (errors, the device cookie, the database client, the
  // request/response plumbing…) is one module in one chunk, not a copy in each bundle
  await build({
    entryPoints: ["fast-answers.ts", "fast-live.ts"].map((e) => path.join(root, "lib", "http", e)),
    outdir,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: `${SHARED_PREFIX}[hash]`,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    plugins: [serverConditions],
    logLevel: "warning",
  });
  return FAST_ANSWERS_OUT;
}
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildFastAnswers();
  console.log(`fast paths: ${path.relative(root, FAST_ANSWERS_OUT)}, ${path.relative(root, FAST_LIVE_OUT)}`);
}
