// Who is asking, as far as the network can tell: the address at the other end of the TCP connection, or — behind
// TRUST_PROXY reverse proxies — the address the nearest proxies say they received the request from. A client can write
// X-Forwarded-For itself, so only the entries appended by proxies the operator trusts count (issue 8, items 2-3).
//
// Next.js hands route handlers and server actions a web Request without the socket (NextRequest.ip was removed in
// Next 15). So a subscriber to Node's built-in "http.server.request.start" diagnostics channel — which runs for every
// request before Next sees it — works the address out from the socket and writes it into CLIENT_ADDRESS_HEADER,
// replacing whatever the client sent under that name. instrumentation.ts installs it at server start; the app's
// limiters and Better Auth (advanced.ipAddress.ipAddressHeaders) read only that header.
import "server-only";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { isIP, type Socket } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-fahm-client-address";

/** An address in one spelling: IPv4-mapped IPv6 ("::ffff:192.0.2.1") as IPv4, IPv6 lower case; null if not an IP. */
export function canonicalAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let ip = raw.trim();
  // Proxies sometimes append a port: "192.0.2.1:5123", "[2001:db8::1]:5123".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  ip = ip.replace(/%.*$/, ""); // an IPv6 zone ("fe80::1%eth0") names the server's interface, not the client
  const family = isIP(ip);
  if (family === 4) return ip;
  if (family !== 6) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  return ip.toLowerCase();
}

/**
 * The client's address. `trustedHops` reverse proxies stand in front of the app: the socket's peer is the nearest one,
 * and each trusted proxy appended the address it was talking to at the right end of X-Forwarded-For. So the chain is
 * walked from the right, one entry per trusted hop; the left part is whatever the client wrote and is never read.
 * With 0 hops X-Forwarded-For is ignored. A chain shorter than the hops (a request that came round the proxies) gives
 * its left-most entry; an entry that is not an address stops the walk at the last proxy that could be believed.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | null | undefined;
  forwardedFor: string | null | undefined;
  trustedHops: number;
}): string | null {
  let address = canonicalAddress(socketAddress);
  if (!address || trustedHops <= 0) return address;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let hop = 1; hop <= trustedHops && hop <= chain.length; hop++) {
    const reported = canonicalAddress(chain[chain.length - hop]);
    if (!reported) break;
    address = reported;
  }
  return address;
}

/** Expands an IPv6 address to its eight groups of four hex digits. */
function ipv6Groups(ip: string): string[] {
  let text = ip;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0");
  return [...left, ...middle, ...right].map((g) => g.padStart(4, "0"));
}

/**
 * The key a rate limit counts an address under. An IPv6 address counts by its /64 network: one home or phone gets a
 * whole /64, so keying by the full address would hand an attacker 2^64 fresh keys (Better Auth does the same).
 */
export function addressLimitKey(address: string): string {
  return isIP(address) === 6 ? `${ipv6Groups(address).slice(0, 4).join(":")}::/64` : address;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Writes the client's address into the request's headers, replacing any value the client sent under that name. */
function stampClientAddress(request: IncomingMessage, socket: Socket | null | undefined, trustedHops: number) {
  const address = resolveClientAddress({
    socketAddress: socket?.remoteAddress,
    forwardedFor: firstHeader(request.headers["x-forwarded-for"]),
    trustedHops,
  });
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
}

const CHANNEL = "http.server.request.start";
type Stamp = { trustedHops: number; onRequest: (message: unknown) => void };
// One per process, on globalThis: Next evaluates lib/ once per bundle, and the route bundles must see the stamp that
// instrumentation.ts installed.
const globalForStamp = globalThis as unknown as { fahmClientAddressStamp?: Stamp };

/**
 * Subscribes to every HTTP request this process serves (Node publishes on the channel synchronously, before the
 * server's "request" event, so before Next copies the headers). Returns the uninstaller. Installing twice is a no-op.
 */
export function installClientAddressStamp({ trustedHops }: { trustedHops: number }): () => void {
  const existing = globalForStamp.fahmClientAddressStamp;
  if (existing) return () => uninstall(existing);
  const stamp: Stamp = {
    trustedHops,
    onRequest: (message) => {
      const { request, socket } = message as { request: IncomingMessage; socket?: Socket };
      stampClientAddress(request, socket ?? request.socket, trustedHops);
    },
  };
  subscribe(CHANNEL, stamp.onRequest);
  globalForStamp.fahmClientAddressStamp = stamp;
  return () => uninstall(stamp);
}

function uninstall(stamp: Stamp) {
  unsubscribe(CHANNEL, stamp.onRequest);
  if (globalForStamp.fahmClientAddressStamp === stamp) delete globalForStamp.fahmClientAddressStamp;
}

let hasWarned = false;

/**
 * The client's address for this request (from next/headers' headers() or a Request's headers), or null when it cannot
 * be known. Without the stamp in this process the header could have come from the client, so it is not read at all.
 */
export function clientAddressFrom(headers: Pick<Headers, "get">): string | null {
  if (!globalForStamp.fahmClientAddressStamp) {
    if (!hasWarned) {
      hasWarned = true;
      console.warn(
        "fahm: the client-address stamp is not installed (instrumentation.ts); rate limits fall back to the device.",
      );
    }
    return null;
  }
  return canonicalAddress(headers.get(CLIENT_ADDRESS_HEADER));
}
