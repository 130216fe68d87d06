// Teacher accounts through Better Auth: email + password (scrypt, a memory-hard KDF), httpOnly SameSite=Lax session
// cookies (Secure over https), rate-limited sign-in and sign-up. Students never have accounts (see lib/students).
// Sign-up answers a taken email exactly as a new one (no session either way); the auth route then signs the new
// teacher in (app/api/auth/[...all]/route.ts), so whether an email is registered is not told for free (issue 8).
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom } from "@/lib/client-address";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-provider";
import { env } from "@/lib/env";
import { betterAuthRateLimitStorage } from "@/lib/rate-limit";
import { giveBackSignInTry, signInTries, takeSignInTry, type SignInClient } from "@/lib/sign-in-rate-limit";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";

const baseURL = env.BETTER_AUTH_URL;
const port = new URL(baseURL).port || String(env.PORT);
const trustedOrigins = [
  baseURL,
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
  ...env.TRUSTED_ORIGINS.split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

/**
 * Sign-in requests per client address per minute, right or wrong: only a flood guard (each try costs a scrypt hash).
 * Wrong passwords are limited per account and address in lib/sign-in-rate-limit.ts.
 */
const SIGN_IN_FLOOD_LIMIT = { window: 60, max: 60 };
/**
 * New accounts per client address per hour: a staff training behind one school address fits, a script does not.
 * `SIGN_UP_LIMIT_PER_HOUR` raises it (a district signing up many teachers from one address; the e2e suite).
 */
const signUpPerHour = Number.parseInt(process.env.SIGN_UP_LIMIT_PER_HOUR ?? "", 10);
export const SIGN_UP_LIMIT = {
  window: 60 * 60,
  max: Number.isInteger(signUpPerHour) && signUpPerHour > 0 ? signUpPerHour : 30,
};

export const auth = betterAuth({
  appName: "Fahm",
  baseURL,
  secret: env.authSecret,
  trustedOrigins,
  database: prismaAdapter(db, { provider: databaseProvider() }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
    // false: a taken email gets the same 200 as a new one (a stand-in user, the same hashing cost), never "already
    // exists". The auth route signs in after a sign-up; only the password that account really has gets a session.
    autoSignIn: false,
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  // Counted per client address (below) on the app's limiter store (lib/rate-limit.ts).
  rateLimit: {
    enabled: true,
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": SIGN_IN_FLOOD_LIMIT,
      "/sign-up/email": SIGN_UP_LIMIT,
    },
    customStorage: betterAuthRateLimitStorage,
  },
  advanced: {
    // Better Auth's default reads X-Forwarded-For, which the client writes: a new value per guess was a new limit.
    // This header is written by the server from the socket (and TRUST_PROXY hops), replacing any client value.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    cookiePrefix: "fahm",
    useSecureCookies: baseURL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  hooks: {
    // Every try at a password is counted first; a right one is given back (lib/sign-in-rate-limit.ts).
    before: createAuthMiddleware(async (ctx) => {
      const client = signInClientOf(ctx);
      if (!client) return;
      const result = await takeSignInTry(client);
      if (!result.isAllowed) {
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { code: "TOO_MANY_ATTEMPTS", message: "Too many wrong passwords. Wait a few minutes, then try again." },
          { "Retry-After": String(result.retryAfterSec) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      const client = signInClientOf(ctx);
      if (client && !isAPIError(ctx.context.returned)) await giveBackSignInTry(signInTries(client));
    }),
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

/** Who is trying a password, for /sign-in/email with an email in its body; null for every other call. */
function signInClientOf(ctx: {
  path?: string;
  body?: unknown;
  headers?: Headers;
  request?: Request;
}): SignInClient | null {
  if (ctx.path !== "/sign-in/email") return null;
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string") return null; // Better Auth refuses the body; no password is checked
  const headers = ctx.headers ?? ctx.request?.headers;
  return { email, address: headers ? clientAddressFrom(headers) : null };
}
