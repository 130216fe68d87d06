// Teacher accounts through Better Auth: email + password (scrypt, a memory-hard KDF), httpOnly SameSite=Lax session
// cookies (Secure over https), rate-limited sign-in and sign-up. Students never have accounts (see lib/students).
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-provider";
import { env } from "@/lib/env";
import { betterAuthRateLimitStorage } from "@/lib/rate-limit";
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

/** Sign-in tries per client address per minute (right or wrong). */
export const SIGN_IN_LIMIT = { window: 60, max: 10 };
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
    autoSignIn: true,
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  // Counted per client address (below) on the app's limiter store (lib/rate-limit.ts).
  rateLimit: {
    enabled: true,
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": SIGN_IN_LIMIT,
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
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
