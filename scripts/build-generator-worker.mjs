// Bundles questions/worker.ts (the generator and its one dependency, compromise) into one plain ES module that a
// worker thread can load at run time, outside Next's bundles: build/generator-worker.mjs. Run by `npm run build`,
// `npm run dev`, the e2e server and Vitest's global setup. `node scripts/build-generator-worker.mjs`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const GENERATOR_WORKER_OUT = path.join(root, "build", "generator-worker.mjs");

export async function buildGeneratorWorker() {
  await build({
    entryPoints: [path.join(root, "questions", "worker.ts")],
    outfile: GENERATOR_WORKER_OUT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // compromise ships CommonJS pieces that call require(); an ES module has no require of its own.
    banner: {
      js: "import { createRequire as __fahmCreateRequire } from 'node:module'; const require = __fahmCreateRequire(import.meta.url);",
    },
  });
  return GENERATOR_WORKER_OUT;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildGeneratorWorker();
  console.log(`generator worker: ${path.relative(root, GENERATOR_WORKER_OUT)}`);
}
