// Teacher accounts through Better Auth: email + password (scrypt, a memory-hard KDF), httpOnly SameSite=Lax session
// cookies (Secure over https), rate-limited sign-in. Students never have accounts (see lib/students).
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-provider";
import { env } from "@/lib/env";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";


const baseURL = env.BETTER_AUTH_URL;
const port = new URL(baseURL).port || String(env.PORT);
const trustedOrigins = [
  baseURL,
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
  ...env.TRUSTED_ORIGINS.split(",").map((s) => s.trim()).filter(Boolean),
];

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
  rateLimit: {
    enabled: true,
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 10 },
      "/sign-up/email": { window: 60, max: 10 },
    },
  },
  advanced: {
    cookiePrefix: "fahm",
    useSecureCookies: baseURL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
