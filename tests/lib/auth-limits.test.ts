// Teacher sign-in and sign-up limits (issue 8, item 3), written as the attack: a new X-Forwarded-For per wrong password
// was a new limit (30 wrong passwords, no 429), and sign-up had none. Requests go through Better Auth's own handler on
// a real HTTP server with the client-address stamp installed, as under `next start`.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
});

import { toNodeHandler } from "better-auth/node";
import { auth, SIGN_IN_LIMIT, SIGN_UP_LIMIT } from "@/lib/auth";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp } from "@/lib/client-address";
import { env } from "@/lib/env";

const PASSWORD = "correct horse battery";
const ORIGIN = env.BETTER_AUTH_URL;
let n = 0;
const email = () => `t${++n}-${crypto.randomUUID().slice(0, 8)}@example.com`;

async function startAuthServer() {
  const server = http.createServer(toNodeHandler(auth));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/auth`;
  const post = async (path: string, data: object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      body: JSON.stringify(data),
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    });
    return res.status;
  };
  return { server, post };
}

describe("TRUST_PROXY=0", () => {
  let uninstall: () => void;
  let api: Awaited<ReturnType<typeof startAuthServer>>;
  const teacher = email();
  beforeAll(async () => {
    uninstall = installClientAddressStamp({ trustedHops: 0 });
    api = await startAuthServer();
    await auth.api.signUpEmail({ body: { name: "Ana", email: teacher, password: PASSWORD } });
  });
  afterAll(() => {
    api.server.close();
    uninstall();
  });

  it("a new X-Forwarded-For per wrong password does not reset the sign-in limit", async () => {
    for (let i = 0; i < SIGN_IN_LIMIT.max; i++) {
      const status = await api.post(
        "/sign-in/email",
        { email: teacher, password: `wrong ${i}` },
        { "x-forwarded-for": `198.51.100.${i}`, [CLIENT_ADDRESS_HEADER]: `192.0.2.${i}` },
      );
      expect(status).toBe(401);
    }
    // Limited now, whatever the headers say — the right password included.
    expect(
      await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, { "x-forwarded-for": "203.0.113.99" }),
    ).toBe(429);
  });

  it(`sign-up is limited to ${SIGN_UP_LIMIT.max} accounts an hour per address`, async () => {
    for (let i = 0; i < SIGN_UP_LIMIT.max; i++) {
      const status = await api.post(
        "/sign-up/email",
        { name: "Bot", email: email(), password: PASSWORD },
        { "x-forwarded-for": `198.51.100.${i}` },
      );
      expect(status).toBe(200);
    }
    expect(
      await api.post(
        "/sign-up/email",
        { name: "Bot", email: email(), password: PASSWORD },
        { "x-forwarded-for": "203.0.113.98" },
      ),
    ).toBe(429);
  });
});

describe("TRUST_PROXY=1", () => {
  let uninstall: () => void;
  let api: Awaited<ReturnType<typeof startAuthServer>>;
  const teacher = email();
  beforeAll(async () => {
    uninstall = installClientAddressStamp({ trustedHops: 1 });
    api = await startAuthServer();
    await auth.api.signUpEmail({ body: { name: "Ben", email: teacher, password: PASSWORD } });
  });
  afterAll(() => {
    api.server.close();
    uninstall();
  });

  it("counts the address the proxy appended: a spoofed left part does not help, another client is not held up", async () => {
    for (let i = 0; i < SIGN_IN_LIMIT.max; i++) {
      const status = await api.post(
        "/sign-in/email",
        { email: teacher, password: `wrong ${i}` },
        { "x-forwarded-for": `10.${i}.0.1, 203.0.113.7` },
      );
      expect(status).toBe(401);
    }
    expect(
      await api.post(
        "/sign-in/email",
        { email: teacher, password: PASSWORD },
        { "x-forwarded-for": "6.6.6.6, 203.0.113.7" },
      ),
    ).toBe(429);
    expect(
      await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, { "x-forwarded-for": "203.0.113.8" }),
    ).toBe(200);
  });
});
