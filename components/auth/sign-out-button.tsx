"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

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
        // loaded on the click: the layout renders this button, and the auth client (~12 KB) stays out of every page's
        // first load (issue 9)
        const { authClient } = await import("@/lib/auth-client");
        await authClient.signOut().catch(() => undefined);
        router.push("/");
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
