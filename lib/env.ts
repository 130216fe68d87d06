// Environment, validated once at start-up, with defaults that make the embedded (SQLite, one machine) setup work.
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
  AUTH_SECRET_FILE: z.string().default(path.join("prisma", ".auth-secret")),
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

export const env = {
  ...parsed,
  BETTER_AUTH_URL: parsed.BETTER_AUTH_URL ?? `http://localhost:${parsed.PORT}`,
  get authSecret(): string {
    return parsed.BETTER_AUTH_SECRET ?? loadOrCreateSecret(parsed.AUTH_SECRET_FILE);
  },
};
