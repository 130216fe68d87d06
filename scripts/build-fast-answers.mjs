// Bundles lib/http/fast-answers.ts (the answer route on node:http, issue 9) and the lib code it calls into one ES
// module that scripts/server.mjs loads beside Next: build/fast-answers.mjs. npm packages stay external (the same
// copies Next's server loads: Prisma, better-sqlite3, zod, ts-fsrs…). Run by `npm run build`.
// `node scripts/build-fast-answers.mjs`.
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

/** The live game's phone routes on node:http (issue 10; lib/http/fast-live.ts): a bundle of its own, same options. */
export const FAST_LIVE_OUT = path.join(root, "build", "fast-live.mjs");

const bundle = (entry, outfile) =>
  build({
    entryPoints: [path.join(root, "lib", "http", entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    plugins: [serverConditions],
    logLevel: "warning",
  });

export async function buildFastAnswers() {
  await bundle("fast-answers.ts", FAST_ANSWERS_OUT);
  await bundle("fast-live.ts", FAST_LIVE_OUT);
  return FAST_ANSWERS_OUT;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildFastAnswers();
  console.log(`fast paths: ${path.relative(root, FAST_ANSWERS_OUT)}, ${path.relative(root, FAST_LIVE_OUT)}`);
}
