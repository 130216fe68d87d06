// Delete one of the teacher's articles: DELETE. Refused (409 articleInUse) while a quiz uses its questions or anyone
// has answered them (lib/articles/delete-teacher-article.ts); another teacher's article is a 404.
import { deleteTeacherArticle } from "@/lib/articles/delete-teacher-article";
import { requireTeacher } from "@/lib/authz";
import { withErrors } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const DELETE = withErrors(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await ctx.params;
  return Response.json(await deleteTeacherArticle({ teacherId: teacher.id, articleId: id }));
});

export const { GET, POST, PUT, PATCH } = methodsNotAllowed(["DELETE"]);
