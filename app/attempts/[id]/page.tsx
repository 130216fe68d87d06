import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { startPractice } from "@/app/actions";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { QuizProvider } from "@/components/quiz/quiz-provider";
import { getAttemptView } from "@/lib/attempts/attempts";
import { getDeviceId } from "@/lib/device";
import { orNotFound } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PreloadArabicFont } from "@/components/ui/preload-arabic-font";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return orNotFound(getAttemptView({ attemptId: id, deviceId: await getDeviceId() }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Not-found is the page's job: throwing here would be streamed after a 200 status.
  const attempt = await getAttemptView({ attemptId: (await params).id, deviceId: await getDeviceId() }).catch(
    () => null,
  );
  return attempt ? { title: attempt.article.title } : {};
}

export default async function AttemptPage({ params }: Props) {
  const attempt = await load((await params).id);
  const t = await getTranslations("quiz");
  const isAssignment = attempt.rules.isAssignment;
  const practiseAgain = isAssignment ? undefined : (
    <form action={startPractice}>
      <input type="hidden" name="articleId" value={attempt.article.id} />
      <input type="hidden" name="fresh" value="1" />
      <button type="submit" className="button">
        {t("practiseAgain")}
      </button>
    </form>
  );
  return (
    <ClientMessages namespaces={["quiz"]}>
      {attempt.article.language === "ar" && <PreloadArabicFont /> /* its title is the first paint's largest text */}
      <div className="stack">
        <p className="muted" lang={attempt.article.language} dir={dirOf(attempt.article.language)}>
          {attempt.quizTitle ?? attempt.article.title}
        </p>
        <QuizProvider server={attempt}>
          <QuizPlayer
            questions={attempt.questions}
            language={attempt.article.language}
            backHref={isAssignment ? "/my" : `/articles/${attempt.article.id}`}
            backLabel={isAssignment ? t("backToMyWork") : t("backToArticle")}
            practiseAgain={practiseAgain}
          />
        </QuizProvider>
      </div>
    </ClientMessages>
  );
}
