// Layer: shared with the browser (client components import it): nothing server-only in here.
// Join codes: 6 characters a class can read off a projector and type without confusing 0/O, 1/I/L.
// No database here (the form normalises with it too); the retry helper takes the write as a function.
import { customAlphabet } from "nanoid";

/** Digits 2-9 and capitals without 0, O, 1, I, L. nanoid draws from crypto.getRandomValues (no Math.random). */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_RE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export const generateJoinCode: () => string = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

/** What a student types ("abc-234", " ABC 234 ", full-width letters) → the stored form ("ABC234"). */
export function normaliseJoinCode(input: string): string {
  return input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_.]+/g, "");
}

export function isJoinCodeShape(code: string): boolean {
  return JOIN_CODE_RE.test(code);
}

/** "ABC234" → "ABC 234": easier to read aloud and off a screen. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function isJoinCodeCollision(err: unknown): boolean {
  if (typeof err !== "object" || err === null || (err as { code?: unknown }).code !== "P2002") return false;
  const meta = (err as { meta?: { target?: unknown; driverAdapterError?: unknown } }).meta;
  // The driver adapter reports the constraint in different places depending on the version: look at all of them.
  return JSON.stringify(meta ?? {}).includes("joinCode") || String((err as Error).message).includes("joinCode");
}

/**
 * Runs `write` with a fresh code, retrying with another one when the unique index says it is taken
 * (31^6 ≈ 890 million codes, so a retry is rare; five in a row means something else is wrong).
 */
export async function withFreshJoinCode<T>(
  write: (code: string) => Promise<T>,
  generate: () => string = generateJoinCode,
  tries = 5,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await write(generate());
    } catch (err) {
      if (i >= tries || !isJoinCodeCollision(err)) throw err;
    }
  }
}
