// The node:http fast paths (lib/http/fast-answers.ts, fast-live.ts) under test beside the Next route handlers they
// stand in front of. Use in a test file as
//   vi.mock("next/headers", () => import("../setup/fast-path-server"));   // the route reads `device.id` as its cookie
//   import { device, servingOnly } from "../setup/fast-path-server";
//   const fast = servingOnly(serveAnswer);   // beforeAll/afterAll: a server on a free port; requests it passes on
//                                            // to Next get PASSED_ON
//   await fast.post(path, body, deviceId)    // status, JSON and headers of the fast path's answer
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/** The device cookie the mocked next/headers gives the Next route (null: none). */
export const device = { id: null as string | null };

/** next/headers, as the mock: the request carries `device.id` as its device cookie. */
export const cookies = async () => ({
  get: (name: string) => (name === "fahm_device" && device.id ? { name, value: device.id } : undefined),
});
export const headers = async () => new Headers();

/** The status the test server answers with when the fast path passes the request on to Next. */
export const PASSED_ON = 599;

export interface Sent {
  status: number;
  /** The JSON answered; the text "next" when passed on. */
  json: unknown;
  headers: Headers;
}

type Serve = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

/** A node:http server running only `serve` (anything it passes on is answered PASSED_ON), for this test file. */
export function servingOnly(serve: Serve) {
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (!serve(req, res)) res.writeHead(PASSED_ON).end("next");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  return {
    url: (path: string) => `${base}${path}`,
    /** POSTs `body` with the device cookie `deviceId` (after another cookie, as a browser may send it). */
    async post(path: string, body: string, deviceId: string | null): Promise<Sent> {
      const res = await fetch(`${base}${path}`, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          ...(deviceId ? { cookie: `theme=x; fahm_device=${deviceId}` } : {}),
        },
      });
      const text = await res.text();
      return { status: res.status, json: res.status === PASSED_ON ? text : JSON.parse(text), headers: res.headers };
    },
  };
}

/** Calls a Next route handler as Next would, with `deviceId` as the request's device cookie. */
export async function viaRoute(
  route: (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>,
  id: string,
  body: string,
  deviceId: string | null,
): Promise<Sent> {
  device.id = deviceId;
  const res = await route(new Request("http://app/x", { method: "POST", body }), { params: Promise.resolve({ id }) });
  return { status: res.status, json: await res.json(), headers: res.headers };
}
