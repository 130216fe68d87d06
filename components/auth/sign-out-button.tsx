"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  const [isBusy, setIsBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-ghost"
      disabled={isBusy}
      onClick={async () => {
        setIsBusy(true);
        await authClient.signOut().catch(() => undefined);
        router.push("/");
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
