// Who is asking (issue 8, item 2), written as the attack: a client that writes a new X-Forwarded-For (or our own
// header) on every guess. The guesses go through a real HTTP server with the stamp installed, as under `next start`.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addressLimitKey,
  canonicalAddress,
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  installClientAddressStamp,
  resolveClientAddress,
} from "@/lib/client-address";
import { createClass } from "@/lib/classes/create-class";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { joinClass } from "@/lib/students/join-class";
import { TRIES_PER_ADDRESS } from "@/lib/students/join-rate-limit";

describe("resolveClientAddress", () => {
  const socketAddress = "::ffff:10.0.0.2"; // the nearest proxy, or the client itself

  it("ignores X-Forwarded-For with TRUST_PROXY=0: the socket's peer is the client", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "203.0.113.7", trustedHops: 0 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "192.0.2.1", forwardedFor: null, trustedHops: 0 })).toBe("192.0.2.1");
  });

  it("with TRUST_PROXY=1 takes the right-most entry (the one the proxy appended), never the client's left part", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "1.1.1.1, 203.0.113.7", trustedHops: 1 })).toBe(
      "203.0.113.7",
    );
    expect(resolveClientAddress({ socketAddress, forwardedFor: "203.0.113.7", trustedHops: 1 })).toBe("203.0.113.7");
  });

  it("with TRUST_PROXY=2 walks one more hop from the right", () => {
    const forwardedFor = "6.6.6.6, 203.0.113.7, 10.0.0.1";
    expect(resolveClientAddress({ socketAddress, forwardedFor, trustedHops: 2 })).toBe("203.0.113.7");
  });

  it("stops at what it can believe: a short chain gives its left-most entry, garbage stops the walk", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "203.0.113.7", trustedHops: 3 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ socketAddress, forwardedFor: null, trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress, forwardedFor: "unknown", trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress, forwardedFor: "203.0.113.7, <script>", trustedHops: 2 })).toBe(
      "10.0.0.2",
    );
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "203.0.113.7", trustedHops: 1 })).toBeNull();
  });

  it("spells addresses one way, and counts IPv6 by its /64", () => {
    expect(canonicalAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(canonicalAddress("192.0.2.1:5123")).toBe("192.0.2.1");
    expect(canonicalAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(canonicalAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(canonicalAddress("999.1.1.1")).toBeNull();
    expect(canonicalAddress("")).toBeNull();
    expect(addressLimitKey("2001:db8:1:2:3:4:5:6")).toBe("2001:0db8:0001:0002::/64");
    expect(addressLimitKey("2001:db8:1:2::ffff")).toBe("2001:0db8:0001:0002::/64");
    expect(addressLimitKey("::1")).toBe("0000:0000:0000:0000::/64");
    expect(addressLimitKey("64:ff9b::192.0.2.1")).toBe("0064:ff9b:0000:0000::/64");
    expect(addressLimitKey("192.0.2.1")).toBe("192.0.2.1");
  });

  it("does not read the header at all when the stamp is not installed (the client could have written it)", () => {
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.1" }))).toBeNull();
  });
});

// ---- through a real server ----

/** Like Next: the handler sees req.headers as a web Headers, never the socket. */
function webHeaders(req: http.IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === "string") h.set(k, v);
    else if (Array.isArray(v)) for (const x of v) h.append(k, x);
  }
  return h;
}

/** POST /join {code, displayName}: a join with a fresh device each time (the cookie-dropping guesser). */
async function startJoinServer() {
  const server = http.createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const { code, displayName } = JSON.parse(body) as { code: string; displayName: string };
    const address = clientAddressFrom(webHeaders(req));
    try {
      const joined = await joinClass({ code, displayName, deviceId: crypto.randomUUID(), address });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ...joined, address }));
    } catch (err) {
      const e = err as AppError;
      res.writeHead(e.status ?? 500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: e.code, message: e.message }, address }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/join`;
  const post = async (payload: object, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: "POST", body: JSON.stringify(payload), headers });
    return { status: res.status, body: (await res.json()) as { error?: { code: string }; address: string | null } };
  };
  return { server, post };
}

let code: string;

beforeEach(async () => {
  await db.class.deleteMany();
  await db.user.deleteMany();
  await db.user.create({ data: { id: "teacher-a", name: "Ana", email: "ana@example.com" } });
  code = (await createClass({ teacherId: "teacher-a", name: "7A" })).joinCode!;
});

describe("TRUST_PROXY=0: X-Forwarded-For is the client's word and is not believed", () => {
  let uninstall: () => void;
  let joinServer: Awaited<ReturnType<typeof startJoinServer>>;
  beforeAll(async () => {
    uninstall = installClientAddressStamp({ trustedHops: 0 });
    joinServer = await startJoinServer();
  });
  afterAll(() => {
    joinServer.server.close();
    uninstall();
  });

  it("a new X-Forwarded-For (and a forged address header) per guess does not reset the limit", async () => {
    for (let i = 0; i < TRIES_PER_ADDRESS.points; i++) {
      const res = await joinServer.post(
        { code: "ZZZZZZ", displayName: "X" },
        { "x-forwarded-for": `198.51.100.${i}`, [CLIENT_ADDRESS_HEADER]: `192.0.2.${i}` },
      );
      expect(res).toMatchObject({ status: 400, body: { error: { code: "codeWrong" }, address: "127.0.0.1" } });
    }
    const next = await joinServer.post(
      { code, displayName: "X" },
      { "x-forwarded-for": "203.0.113.200", [CLIENT_ADDRESS_HEADER]: "203.0.113.201" },
    );
    expect(next).toMatchObject({ status: 429, body: { error: { code: "tooManyAttempts" } } });
  });
});

describe("TRUST_PROXY=1: one proxy in front, the right-most X-Forwarded-For entry is the client", () => {
  let uninstall: () => void;
  let joinServer: Awaited<ReturnType<typeof startJoinServer>>;
  beforeAll(async () => {
    uninstall = installClientAddressStamp({ trustedHops: 1 });
    joinServer = await startJoinServer();
  });
  afterAll(() => {
    joinServer.server.close();
    uninstall();
  });

  it("a guesser who varies the left part of the chain is still one client; the next client is another", async () => {
    for (let i = 0; i < TRIES_PER_ADDRESS.points; i++) {
      const res = await joinServer.post(
        { code: "ZZZZZZ", displayName: "X" },
        { "x-forwarded-for": `10.9.${i}.1, 203.0.113.7` },
      );
      expect(res).toMatchObject({ status: 400, body: { address: "203.0.113.7" } });
    }
    const spoofer = await joinServer.post({ code, displayName: "X" }, { "x-forwarded-for": "1.2.3.4, 203.0.113.7" });
    expect(spoofer.status).toBe(429);
    const classmate = await joinServer.post({ code, displayName: "Sara" }, { "x-forwarded-for": "203.0.113.8" });
    expect(classmate).toMatchObject({ status: 200, body: { address: "203.0.113.8" } });
  });
});
