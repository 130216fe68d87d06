import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinPage } from "@/components/student/join-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("student"))("join.title") };
}

export default function Join() {
  return <JoinPage />;
}
