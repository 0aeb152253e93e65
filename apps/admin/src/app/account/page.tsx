import { requireUser } from "@/lib/api";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { PasswordForm } from "@/components/people/PasswordForm";

export const dynamic = "force-dynamic";

/** The signed-in user's own account: password change (better-auth; other sessions are revoked). */
export default async function AccountPage() {
  const me = await requireUser();
  return (
    <div className="panel">
      <h1>
        <Bi text={m.accountHeading} />
      </h1>
      <p>
        <bdi dir="ltr">{me.email}</bdi> · {me.role}
      </p>
      <PasswordForm />
    </div>
  );
}
