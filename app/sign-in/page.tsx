import { AuthPage, authMetadata, type AuthPageProps } from "@/components/auth/auth-page";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return authMetadata("sign-in");
}

export default function SignInPage({ searchParams }: AuthPageProps) {
  return <AuthPage mode="sign-in" searchParams={searchParams} />;
}
