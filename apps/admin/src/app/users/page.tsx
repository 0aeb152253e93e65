import { notFound } from "next/navigation";
import { api, currentLocale, requireUser } from "@/lib/api";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { ColumnHeads } from "@/components/ColumnHeads";
import { NewUserForm } from "@/components/people/NewUserForm";
import { RoleChange } from "@/components/people/RoleChange";
import { PasswordReset } from "@/components/people/PasswordReset";

export const dynamic = "force-dynamic";

/** Admins only (the API refuses others; the page does not even ask): every account with its role. */
export default async function UsersPage() {
  const me = await requireUser();
  if (me.role !== "admin") notFound();
  const locale = await currentLocale();
  const users = await (await api()).users.list.query();
  return (
    <div className="panel">
      <h1>
        <Bi text={m.usersHeading} />
      </h1>
      <table className="data" data-testid="users-table">
        <thead>
          <tr>
            <ColumnHeads columns={[m.email, m.name, m.role, m.createdAt, m.password]} />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-email={u.email}>
              <td>
                <bdi dir="ltr">{u.email}</bdi>
              </td>
              <td>
                <bdi>{u.name}</bdi>
              </td>
              <td>
                <RoleChange userId={u.id} email={u.email} role={u.role} self={u.id === me.id} />
              </td>
              <td>
                <time dateTime={u.createdAt}>{new Date(u.createdAt).toLocaleDateString(locale)}</time>
              </td>
              <td>{u.id === me.id ? null : <PasswordReset userId={u.id} email={u.email} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewUserForm />
    </div>
  );
}
