import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinPage } from "@/components/student/join-page";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("student"))("join.title") };
}

export default function Join() {
  return (
    <ClientMessages namespaces={["student"]}>
      <JoinPage />
    </ClientMessages>
  );
}
