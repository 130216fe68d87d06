import { AuthPage, authMetadata, type AuthPageProps } from "@/components/auth/auth-page";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return authMetadata("sign-up");
}

export default function SignUpPage({ searchParams }: AuthPageProps) {
  return <AuthPage mode="sign-up" searchParams={searchParams} />;
}
