// Limits on anonymous pastes (issue 8, item 6): each one costs a generation, so a device and a client address may only
// paste so many. Every try is counted, before the text is even read: a refused or invalid paste is still a request.
// A client that drops its cookie gets a new device each time, so the address limit is the one that binds it.
import "server-only";
import { addressLimitKey } from "@/lib/client-address";
import { AppError } from "@/lib/errors";
import { giveBack, take, type LimitRule } from "@/lib/rate-limit";

/** Pastes one device may make per minute. */
export const PASTES_PER_DEVICE: LimitRule = { name: "paste-device", points: 10, durationSec: 60 };
/** Pastes one client address may make per 10 minutes: room for a class of 30 behind one school address, each twice. */
export const PASTES_PER_ADDRESS: LimitRule = { name: "paste-address", points: 60, durationSec: 10 * 60 };

export class TooManyPastesError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "too_many_pastes", "Too many articles pasted from here. Wait a few minutes, then try again.");
  }
}

/** Counts one paste against the device and the address; throws TooManyPastesError when either is used up. */
export async function takePasteTry({ deviceId, address }: { deviceId: string; address: string | null }): Promise<void> {
  const device = await take(PASTES_PER_DEVICE, deviceId);
  if (!device.isAllowed) throw new TooManyPastesError(device.retryAfterSec);
  if (!address) return;
  const byAddress = await take(PASTES_PER_ADDRESS, addressLimitKey(address));
  if (!byAddress.isAllowed) {
    // A paste refused by the address limit made nothing: it costs the device nothing.
    await giveBack(PASTES_PER_DEVICE, deviceId);
    throw new TooManyPastesError(byAddress.retryAfterSec);
  }
}
