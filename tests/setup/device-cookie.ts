// A student's device for tests that call route handlers or server code which reads the device cookie through
// next/headers. Use in a test file as
//   vi.mock("next/headers", () => import("../setup/device-cookie"));
//   import { cookieJar } from "../setup/device-cookie";   // then cookieJar.device = DEVICE (null: no cookie)
import { DEVICE_COOKIE } from "@/lib/device-cookie";

export const cookieJar = { device: null as string | null };

/** next/headers, as the mock of a request that carries only the device cookie of `cookieJar.device`. */
export const cookies = async () => ({
  get: (name: string) => (name === DEVICE_COOKIE && cookieJar.device ? { name, value: cookieJar.device } : undefined),
});
export const headers = async () => new Headers();
