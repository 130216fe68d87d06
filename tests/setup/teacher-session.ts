// A signed-in teacher for tests that call route handlers or server code which asks "who is this?": the request has no
// cookies and Better Auth's getSession answers for `session.userId` (null: signed out). Use in a test file as
//   vi.mock("next/headers", () => import("../../setup/teacher-session"));
//   vi.mock("@/lib/auth", () => import("../../setup/teacher-session"));
//   import { session } from "../../setup/teacher-session";   // then session.userId = teacher.id
// and reset `session.userId = null` in a beforeEach (signOut does it).
export const session = { userId: null as string | null };

export function signOut() {
  session.userId = null;
}

/** next/headers, as the mock of a request with no cookies. */
export const headers = async () => new Headers();
export const cookies = async () => ({ get: () => undefined });

/** @/lib/auth, as the mock: the session of `session.userId`. */
export const auth = {
  api: {
    getSession: async () =>
      session.userId ? { user: { id: session.userId, name: "T", email: "t@example.com" } } : null,
  },
};
