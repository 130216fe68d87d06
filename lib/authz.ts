// Who is asking: the signed-in teacher (Better Auth session) for teacher pages, routes and actions.
// Pages redirect to sign-in; route handlers and actions get a 401. Ownership is checked in each domain query
// (`where: { id, ownerId }`), and a resource of another teacher is "not found", never "forbidden".
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { UnauthorizedError } from "@/lib/errors";

export interface Teacher {
  id: string;
  name: string;
  email: string;
}

export async function getTeacher(): Promise<Teacher | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}

/** For pages: the teacher, or a redirect to sign-in that comes back here. */
export async function requireTeacherPage(returnTo: string): Promise<Teacher> {
  const teacher = await getTeacher();
  if (!teacher) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return teacher;
}

/** For route handlers and server actions: the teacher, or a 401. */
export async function requireTeacher(): Promise<Teacher> {
  const teacher = await getTeacher();
  if (!teacher) throw new UnauthorizedError();
  return teacher;
}
