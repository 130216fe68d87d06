// The signed-in teacher's articles: list them, or paste a new (private) one and generate its questions.
import { requireTeacher } from "@/lib/authz";
import { createTeacherArticle, listTeacherArticles } from "@/lib/bank/teacher-articles";
import { withErrors, readJson } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => {
  const teacher = await requireTeacher();
  return Response.json({ articles: await listTeacherArticles({ teacherId: teacher.id }) });
});

export const POST = withErrors(async (req: Request) => {
  const teacher = await requireTeacher();
  const article = await createTeacherArticle({ teacherId: teacher.id, input: await readJson(req) });
  return Response.json(
    { id: article.id, language: article.language, questions: article._count.questions, notice: article.notice },
    { status: 201 },
  );
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
