// Runs the question generator on a pool of worker threads (piscina) with a time budget, so one huge paste never stalls
// the event loop that serves everyone else (issue 8, item 6; issue 9, "Generator: off the request thread"). A task
// that runs past its budget is aborted — piscina ends that worker thread — and the caller gets generation_timeout.
import "server-only";
import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import type { GenerateOptions, GenerateResult } from "@/questions/index";

/** How long one generation may take, from the moment it is asked for (queueing included). */
const GENERATION_BUDGET_MS = 10_000;
/** Generations that may wait for a free thread; past this a paste is refused at once rather than queued. */
const GENERATION_QUEUE_LIMIT = 32;

/**
 * The bundled worker (scripts/build-generator-worker.mjs). Found from the working directory, not from this module's
 * location: Next bundles this file into .next/, where a path relative to it would not exist.
 */
const GENERATOR_WORKER_FILE = path.resolve(
  // turbopackIgnore: a path known only at run time; without it Next would trace the whole project into the build.
  process.env.FAHM_GENERATOR_WORKER ??
    path.join(/* turbopackIgnore: true */ process.cwd(), "build", "generator-worker.mjs"),
);

export class GenerationTimeoutError extends AppError {
  constructor() {
    super(
      503,
      "generation_timeout",
      "Making questions from this text took too long, so nothing was saved. Try a shorter text.",
    );
  }
}

class GeneratorBusyError extends AppError {
  constructor() {
    super(
      503,
      "generator_busy",
      "The server is making questions for many texts right now; nothing was saved. Try again in a minute.",
    );
  }
}

export interface GeneratorPool {
  run(text: string, options?: GenerateOptions): Promise<GenerateResult>;
  destroy(): Promise<void>;
}

export function createGeneratorPool({
  filename = GENERATOR_WORKER_FILE,
  budgetMs = GENERATION_BUDGET_MS,
  maxThreads = Math.max(1, Math.min(4, availableParallelism() - 1)),
  maxQueue = GENERATION_QUEUE_LIMIT,
}: { filename?: string; budgetMs?: number; maxThreads?: number; maxQueue?: number } = {}): GeneratorPool {
  if (!fs.existsSync(/* turbopackIgnore: true */ filename)) {
    throw new Error(`The generator worker ${filename} is missing: run \`node scripts/build-generator-worker.mjs\`.`);
  }
  const pool = new Piscina({
    filename: pathToFileURL(filename).href,
    minThreads: 0,
    maxThreads,
    maxQueue,
    idleTimeout: 5 * 60_000,
  });
  return {
    async run(text, options) {
      try {
        return (await pool.run({ text, options }, { signal: AbortSignal.timeout(budgetMs) })) as GenerateResult;
      } catch (err) {
        if (err instanceof Error && err.name === "AbortError") throw new GenerationTimeoutError();
        if (err instanceof Error && err.message === "Task queue is at limit") throw new GeneratorBusyError();
        throw err;
      }
    },
    destroy: () => pool.destroy(),
  };
}

// One pool per process, on globalThis: Next evaluates lib/ once per server bundle, and several pools would each start
// their own threads.
const globalForPool = globalThis as unknown as { fahmGeneratorPool?: GeneratorPool };

/** The generator, off the request thread: throws GenerationTimeoutError past the budget (nothing is saved then). */
export function runGenerator(text: string, options?: GenerateOptions): Promise<GenerateResult> {
  const pool = (globalForPool.fahmGeneratorPool ??= createGeneratorPool());
  return pool.run(text, options);
}
