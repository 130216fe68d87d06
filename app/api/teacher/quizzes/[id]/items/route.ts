// A quiz's questions, in order: PUT { questionIds } (the builder's save, as JSON). The questions may come from any of
// the teacher's own articles in the quiz's language; another teacher's question is a 404 (lib/quizzes/set-quiz-items).
import { requireTeacher } from "@/lib/authz";
import { readJson, withErrors } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";
import { setQuizItems } from "@/lib/quizzes/set-quiz-items";

export const PUT = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await ctx.params;
  const body = (await readJson(req)) as { questionIds?: unknown } | null;
  return Response.json(await setQuizItems({ teacherId: teacher.id, quizId: id, questionIds: body?.questionIds }));
});

export const { GET, POST, PATCH, DELETE } = methodsNotAllowed(["PUT"]);
