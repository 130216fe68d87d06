// One question of the bank: edit it (a new version when students have answered it) or delete it (archived when
// answered).
import { requireTeacher } from "@/lib/authz";
import { deleteQuestion } from "@/lib/bank/delete-question";
import { updateQuestion } from "@/lib/bank/update-question";
import { withErrors, readJson } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

type Ctx = { params: Promise<{ id: string; questionId: string }> };

export const PATCH = withErrors(async (req: Request, ctx: Ctx) => {
  const teacher = await requireTeacher();
  const { id, questionId } = await ctx.params;
  const result = await updateQuestion({
    teacherId: teacher.id,
    articleId: id,
    questionId,
    input: await readJson(req),
  });
  return Response.json(result);
});

export const DELETE = withErrors(async (_req: Request, ctx: Ctx) => {
  const teacher = await requireTeacher();
  const { id, questionId } = await ctx.params;
  return Response.json(await deleteQuestion({ teacherId: teacher.id, articleId: id, questionId }));
});

export const { GET, POST, PUT } = methodsNotAllowed(["PATCH", "DELETE"]);
