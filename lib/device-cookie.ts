// The device cookie's name and its one reading rule, without next/headers: lib/device.ts reads it through Next's
// cookies(), the answer fast path (lib/http/fast-answers.ts) from the raw Cookie header with Next's own parser.
import "server-only";
import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies/index.js";

export const DEVICE_COOKIE = "fahm_device";

/** The value if it is a device id (a UUID), else null. */
export function validDeviceId(value: string | undefined): string | null {
  return value && /^[0-9a-f-]{36}$/.test(value) ? value : null;
}

/** The device id in a Cookie request header, parsed exactly as Next's cookies().get() parses it. */
export function deviceIdFromCookieHeader(header: string | undefined): string | null {
  return header ? validDeviceId(parseCookie(header).get(DEVICE_COOKIE)) : null;
}
