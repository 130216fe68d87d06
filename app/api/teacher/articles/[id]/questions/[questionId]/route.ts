// One question of the bank: edit it (a new version when students have answered it) or delete it (archived when
// answered).
import { requireTeacher } from "@/lib/authz";
import { deleteQuestion } from "@/lib/bank/delete-question";
import { updateQuestion } from "@/lib/bank/update-question";
import { errorResponse, readJson } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

type Ctx = { params: Promise<{ id: string; questionId: string }> };

export async function PATCH(req: Request, ctx: Ctx) {
  try {
    const teacher = await requireTeacher();
    const { id, questionId } = await ctx.params;
    const result = await updateQuestion({
      teacherId: teacher.id,
      articleId: id,
      questionId,
      input: await readJson(req),
    });
    return Response.json(result);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function DELETE(_req: Request, ctx: Ctx) {
  try {
    const teacher = await requireTeacher();
    const { id, questionId } = await ctx.params;
    return Response.json(await deleteQuestion({ teacherId: teacher.id, articleId: id, questionId }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, POST, PUT } = methodsNotAllowed(["PATCH", "DELETE"]);
