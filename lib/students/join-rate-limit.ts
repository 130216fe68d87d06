// Limits on guessing join codes and PINs (issue 8, items 2 and 10). Every try at a code is counted against the device
// (strict: an honest student's typos lock only their own phone, for a minute) and against the client address
// (generous: a whole class shares one school address). A try at a name and PIN is also counted against the class
// (bounds spraying names at one code) and against that name in that class (strict: after PIN_TRIES_PER_NAME wrong
// PINs it is locked until the teacher unlocks it). Tries are counted before they are checked and a right one is
// given back, so only wrong tries use up a limit and many tries sent at once cannot slip past the count.
import "server-only";
import { addressLimitKey } from "@/lib/client-address";
import { AppError } from "@/lib/errors";
import { clear, giveBack, isUsedUp, take, type LimitRule } from "@/lib/rate-limit";
import { nameKey } from "@/lib/validation/classes";

/** Wrong codes or PINs one device may try per minute. */
export const TRIES_PER_DEVICE: LimitRule = { name: "join-device", points: 10, durationSec: 60 };
/** Wrong codes or PINs one client address may try per 10 minutes: room for a class of 30 behind one NAT. */
export const TRIES_PER_ADDRESS: LimitRule = { name: "join-address", points: 100, durationSec: 10 * 60 };
/** Wrong names or PINs tried at one class (one code) per 10 minutes, from anywhere. Pauses only resuming. */
export const PIN_TRIES_PER_CLASS: LimitRule = { name: "pin-class", points: 100, durationSec: 10 * 60 };
/** Wrong PINs for one name in one class before it locks; unlocked by the teacher, or after a week. */
export const PIN_TRIES_PER_NAME: LimitRule = { name: "pin-name", points: 5, durationSec: 7 * 24 * 60 * 60 };

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSec: number) {
    super(429, "tooManyAttempts", "Too many wrong tries. Wait a few minutes, then try again.");
  }
}

/** Said for a name whether or not a student has it, so a lock tells nobody who is in the class. */
export class PinLockedError extends AppError {
  constructor() {
    super(429, "pinLocked", "Too many wrong PINs for this name. Ask your teacher to unlock it.");
  }
}

/** Who is trying: the device cookie, and the client address when it is known (see lib/client-address.ts). */
export interface JoinClient {
  deviceId: string;
  address: string | null;
}

/** The counters one try took, to give back if it turns out right. */
export interface TakenTries {
  taken: { rule: LimitRule; key: string }[];
}

async function takeEach(entries: { rule: LimitRule; key: string; refuse: (retryAfterSec: number) => AppError }[]) {
  const taken: TakenTries["taken"] = [];
  for (const { rule, key, refuse } of entries) {
    const result = await take(rule, key);
    if (!result.isAllowed) {
      // A refused try tested nothing: it costs no other counter.
      await giveBackTries({ taken });
      throw refuse(result.retryAfterSec);
    }
    taken.push({ rule, key });
  }
  return { taken };
}

const tooMany = (retryAfterSec: number) => new TooManyAttemptsError(retryAfterSec);

/** One try at a code: throws TooManyAttemptsError when the device or the address has used up its tries. */
export async function takeCodeTry(client: JoinClient): Promise<TakenTries> {
  return takeEach([
    { rule: TRIES_PER_DEVICE, key: client.deviceId, refuse: tooMany },
    ...(client.address ? [{ rule: TRIES_PER_ADDRESS, key: addressLimitKey(client.address), refuse: tooMany }] : []),
  ]);
}

const nameTarget = (classId: string, displayName: string) => `${classId}:${nameKey(displayName)}`;

/** One try at a name and PIN in a class: throws when the class is paused or the name is locked. */
export async function takePinTry({
  classId,
  displayName,
}: {
  classId: string;
  displayName: string;
}): Promise<TakenTries> {
  return takeEach([
    { rule: PIN_TRIES_PER_CLASS, key: classId, refuse: tooMany },
    { rule: PIN_TRIES_PER_NAME, key: nameTarget(classId, displayName), refuse: () => new PinLockedError() },
  ]);
}

/** A right try: its counts are given back (a right PIN also forgets the name's earlier typos). */
export async function giveBackTries(tries: TakenTries): Promise<void> {
  for (const { rule, key } of tries.taken) {
    if (rule === PIN_TRIES_PER_NAME) await clear(rule, key);
    else await giveBack(rule, key);
  }
}

export async function isPinLocked({
  classId,
  displayName,
}: {
  classId: string;
  displayName: string;
}): Promise<boolean> {
  return isUsedUp(PIN_TRIES_PER_NAME, nameTarget(classId, displayName));
}

/** Lets a name try PINs again (the teacher's "Unlock PIN"; authorization is the caller's job). */
export async function unlockPin({ classId, displayName }: { classId: string; displayName: string }): Promise<void> {
  await clear(PIN_TRIES_PER_NAME, nameTarget(classId, displayName));
}
