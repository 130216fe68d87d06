// Limits on guessing a teacher's password (issue 8, item 3). Like the join-code and PIN limits
// (lib/students/join-rate-limit.ts), a try is counted before it is checked and a right password is given back, so
// only wrong passwords use up a limit and a burst of tries cannot slip past the count. Three counters:
// - one address at one account: strict (a guesser at one account from one place);
// - one address at any account: looser (a sprayer trying one password on many accounts; a school's teachers with
//   typos behind one address still fit);
// - one account from any address: the bound on a guesser with many addresses (NIST SP 800-63B: at most 100
//   consecutive failed attempts on one account). It counts any email typed, registered or not, so a lock tells nobody
//   whether an account exists.
// Right passwords cost nothing, which is also what lets the sign-up form sign in straight after signing up.
import "server-only";
import { addressLimitKey } from "@/lib/client-address";
import { giveBack, take, type LimitRule } from "@/lib/rate-limit";

/** Wrong passwords for one account from one address per 10 minutes. */
export const SIGN_IN_PER_ADDRESS_ACCOUNT: LimitRule = { name: "sign-in-address-account", points: 10, durationSec: 600 };
/** Wrong passwords from one address, whatever the account, per 10 minutes. */
export const SIGN_IN_PER_ADDRESS: LimitRule = { name: "sign-in-address", points: 30, durationSec: 600 };
/** Wrong passwords for one account, from anywhere, per hour. */
export const SIGN_IN_PER_ACCOUNT: LimitRule = { name: "sign-in-account", points: 100, durationSec: 60 * 60 };

/** Who is signing in: the email as typed (compared without case, as Better Auth stores it) and the client address. */
export interface SignInClient {
  email: string;
  address: string | null;
}

export interface TakenSignIn {
  taken: { rule: LimitRule; key: string }[];
}

export type SignInTry = { isAllowed: true; tries: TakenSignIn } | { isAllowed: false; retryAfterSec: number };

export const accountKey = (email: string) => email.trim().toLowerCase();

function counters({ email, address }: SignInClient): { rule: LimitRule; key: string }[] {
  const account = accountKey(email);
  // Without a known address (no client-address stamp in this process) all tries share one "unknown" address.
  const from = address ? addressLimitKey(address) : "unknown";
  return [
    { rule: SIGN_IN_PER_ACCOUNT, key: account },
    { rule: SIGN_IN_PER_ADDRESS, key: from },
    { rule: SIGN_IN_PER_ADDRESS_ACCOUNT, key: `${from}|${account}` },
  ];
}

/** Counts one sign-in try on every counter; refused (and nothing kept) when any of them is used up. */
export async function takeSignInTry(client: SignInClient): Promise<SignInTry> {
  const taken: TakenSignIn["taken"] = [];
  for (const { rule, key } of counters(client)) {
    const result = await take(rule, key);
    if (!result.isAllowed) {
      await giveBackSignInTry({ taken }); // a refused try tested no password: it costs no other counter
      return { isAllowed: false, retryAfterSec: result.retryAfterSec };
    }
    taken.push({ rule, key });
  }
  return { isAllowed: true, tries: { taken } };
}

/** The password was right: its try is given back on every counter. */
export async function giveBackSignInTry(tries: TakenSignIn): Promise<void> {
  for (const { rule, key } of tries.taken) await giveBack(rule, key);
}

/** The counters a try at (email, address) took, to give back after the fact (Better Auth's after-hook). */
export function signInTries(client: SignInClient): TakenSignIn {
  return { taken: counters(client) };
}
