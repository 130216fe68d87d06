// Layer: shared with the browser (client components import it): nothing server-only in here.
// Better Auth's browser client: sign-up, sign-in and sign-out go through /api/auth (where sign-in is rate-limited).
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
