// Environment, validated once at start-up, with defaults that make the embedded (SQLite, one machine) setup work.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { isLoopbackHttpUrl } from "./review/clock";

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./prisma/dev.db"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The public URL of the app; an https URL turns on Secure cookies. */
  BETTER_AUTH_URL: z.url().optional(),
  /** Signs session cookies. Without it, one is generated once and kept in AUTH_SECRET_FILE. */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** Where a generated secret is kept. Production needs this or BETTER_AUTH_SECRET set (`npm start` sets it). */
  AUTH_SECRET_FILE: z.string().min(1).optional(),
  /** Extra origins allowed to post to the auth endpoints (comma-separated). */
  TRUSTED_ORIGINS: z.string().default(""),
  /**
   * How many reverse proxies stand between the clients and the app. 0: the socket's peer is the client and
   * X-Forwarded-For is ignored (anyone can write it). N: the right-most N entries were appended by proxies you run.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** End-to-end tests only: lets /api/test/clock move the review schedule's "now" (lib/review/clock.ts). */
  FAHM_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
});

const parsed = EnvSchema.parse(process.env);
// Production refuses the test clock: a server whose public URL is anything but loopback http does not start with it.
if (parsed.FAHM_TEST_CLOCK === "1" && !isLoopbackHttpUrl(parsed.BETTER_AUTH_URL ?? `http://localhost:${parsed.PORT}`))
  throw new Error("FAHM_TEST_CLOCK=1 is for end-to-end tests on this machine only; unset it in production.");

/** A stable secret for a single-machine install: created on first use, git-ignored, readable only by the owner. */
function loadOrCreateSecret(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet
  }
  const secret = crypto.randomBytes(32).toString("hex");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Development's default secret file: inside the app folder, so never accepted in production (copies would share it). */
export const DEV_AUTH_SECRET_FILE = path.join("prisma", ".auth-secret");

/**
 * Why a production server must not start, or null. Production signs sessions with BETTER_AUTH_SECRET or with a secret
 * kept in a file the operator named (AUTH_SECRET_FILE, outside the app folder): never with one generated silently into
 * the app folder, which every copy of the folder would share (issue 8, Low). `next build` is exempt (no sessions).
 */
export function missingProductionSecret(vars: Record<string, string | undefined>): string | null {
  if (vars.NODE_ENV !== "production" || vars.NEXT_PHASE === "phase-production-build") return null;
  if (vars.BETTER_AUTH_SECRET || vars.AUTH_SECRET_FILE) return null;
  return [
    "Fahm will not start: no auth secret in production.",
    "Set BETTER_AUTH_SECRET to a random string of at least 32 characters (e.g. `openssl rand -hex 32`),",
    "or AUTH_SECRET_FILE to a file outside the app folder where one is generated and kept (npm start does this).",
  ].join("\n");
}

/** At server start (instrumentation.ts): print why and exit rather than serve with a secret copies would share. */
export function refuseToStartWithoutSecret(vars: Record<string, string | undefined> = process.env): void {
  const problem = missingProductionSecret(vars);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}

export const env = {
  ...parsed,
  BETTER_AUTH_URL: parsed.BETTER_AUTH_URL ?? `http://localhost:${parsed.PORT}`,
  get authSecret(): string {
    const problem = missingProductionSecret(process.env);
    if (problem) throw new Error(problem);
    return parsed.BETTER_AUTH_SECRET ?? loadOrCreateSecret(parsed.AUTH_SECRET_FILE ?? DEV_AUTH_SECRET_FILE);
  },
};
