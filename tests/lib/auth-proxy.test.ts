// Issue 8, Low, as the attacks and mistakes they stop: behind a TLS-terminating proxy the session cookie lacked Secure;
// the join link believed any client's X-Forwarded-Host; sign-up told whether an email was registered. The auth route
// is called as Next calls it, with TRUST_PROXY=1 (one proxy in front).
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  process.env.TRUST_PROXY = "1";
});

import { POST } from "@/app/api/auth/[...all]/route";
import { env } from "@/lib/env";
import { isHttpsRequest, requestOriginFrom } from "@/lib/http/forwarded";

const PASSWORD = "correct horse battery";
let n = 0;
const email = () => `p${++n}-${crypto.randomUUID().slice(0, 8)}@example.com`;
const post = (path: string, body: object, headers: Record<string, string> = {}) =>
  POST(
    new Request(`${env.BETTER_AUTH_URL}/api/auth${path}`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: {
        "content-type": "application/json",
        origin: env.BETTER_AUTH_URL,
        "x-fahm-client-address": `192.0.2.${n}`,
        ...headers,
      },
    }),
  );

describe("the session cookie behind a TLS-terminating proxy", () => {
  it("is Secure when the trusted proxy says https, and not otherwise (plain http on a LAN still signs in)", async () => {
    const address = email();
    expect((await post("/sign-up/email", { name: "Ana", email: address, password: PASSWORD })).status).toBe(200);
    const viaTls = await post(
      "/sign-in/email",
      { email: address, password: PASSWORD },
      { "x-forwarded-proto": "https" },
    );
    expect(viaTls.status).toBe(200);
    const tlsCookies = viaTls.headers.getSetCookie();
    expect(tlsCookies.some((c) => c.startsWith("fahm.session_token="))).toBe(true);
    for (const c of tlsCookies) expect(c).toMatch(/;\s*Secure/i);

    const plain = await post("/sign-in/email", { email: address, password: PASSWORD });
    expect(plain.status).toBe(200);
    for (const c of plain.headers.getSetCookie()) expect(c).not.toMatch(/;\s*Secure/i);
  });

  it("X-Forwarded-Proto is not believed without a trusted proxy (TRUST_PROXY=0)", () => {
    const h = new Headers({ "x-forwarded-proto": "https" });
    expect(isHttpsRequest(h, 1)).toBe(true);
    expect(isHttpsRequest(h, 0)).toBe(false);
    // the nearest proxy's value counts: a client-written "https" to the left of the proxy's "http" does not
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https, http" }), 1)).toBe(false);
  });
});

describe("the join link's origin", () => {
  it("uses X-Forwarded-Host only behind a trusted proxy; a client's own header cannot point the QR code elsewhere", () => {
    const h = new Headers({
      host: "fahm.school.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(requestOriginFrom(h, 0)).toBe("http://fahm.school.example");
    expect(requestOriginFrom(h, 1)).toBe("https://evil.example"); // the operator's own proxy wrote it
    expect(
      requestOriginFrom(
        new Headers({ host: "fahm.school.example", "x-forwarded-host": "a.example, quiz.school.example" }),
        1,
      ),
    ).toBe("http://quiz.school.example");
    // a Host that is not a host name falls back to the configured public URL
    expect(requestOriginFrom(new Headers({ host: "evil.example/path?x" }), 0)).toBe(
      `http://${new URL(env.BETTER_AUTH_URL).host}`,
    );
  });
});
