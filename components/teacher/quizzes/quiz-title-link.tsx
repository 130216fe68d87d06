// A quiz's title in a list: a link to the quiz, or plain text once the quiz is deleted.
import Link from "next/link";

export function QuizTitleLink({ quiz }: { quiz: { id: string; title: string; isDeleted: boolean } }) {
  return quiz.isDeleted ? (
    <bdi dir="auto">{quiz.title}</bdi>
  ) : (
    <Link prefetch={false} href={`/teacher/quizzes/${quiz.id}`} dir="auto">
      {quiz.title}
    </Link>
  );
}
