"use server";
// Teacher article actions: deleting one (a plain form; refused while a quiz uses it or anyone answered it).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteTeacherArticle } from "@/lib/articles/delete-teacher-article";
import { requireTeacherPage } from "@/lib/authz";
import { formText, runFormAction } from "@/lib/http/form-action";

export async function deleteTeacherArticleAction(formData: FormData) {
  const articleId = formText(formData, "articleId", 64);
  const page = `/teacher/articles/${encodeURIComponent(articleId)}`;
  const teacher = await requireTeacherPage(page);
  // In use (409 articleInUse) or not theirs (404): back to the article with ?error= for it to say why.
  await runFormAction(page, () => deleteTeacherArticle({ teacherId: teacher.id, articleId }));
  revalidatePath("/teacher/articles");
  redirect("/teacher/articles?done=deleted");
}
