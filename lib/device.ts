// An anonymous device id in an httpOnly cookie: it owns the device's practice attempts, so nobody else can read them.
import "server-only";
import { cookies, headers } from "next/headers";
import { DEVICE_COOKIE, validDeviceId } from "@/lib/device-cookie";
import { isHttpsRequest } from "@/lib/http/forwarded";
const ONE_YEAR = 60 * 60 * 24 * 365;

export async function getDeviceId(): Promise<string | null> {
  return validDeviceId((await cookies()).get(DEVICE_COOKIE)?.value);
}

/** Only in a server action or route handler (it may set the cookie). */
export async function ensureDeviceId(): Promise<string> {
  const existing = await getDeviceId();
  if (existing) return existing;
  const id = crypto.randomUUID();
  const isHttps = isHttpsRequest(await headers());
  (await cookies()).set(DEVICE_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps,
    path: "/",
    maxAge: ONE_YEAR,
  });
  return id;
}
