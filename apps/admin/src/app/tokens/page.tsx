import { notFound } from "next/navigation";
import { api, currentLocale, requireUser } from "@/lib/api";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { ColumnHeads } from "@/components/ColumnHeads";
import { NewTokenForm } from "@/components/tokens/NewTokenForm";
import { RevokeToken } from "@/components/tokens/RevokeToken";

export const dynamic = "force-dynamic";

const STATUS: Record<"active" | "expired" | "revoked", BiText> = { active: m.tokenActive, expired: m.tokenExpired, revoked: m.tokenRevoked };

/** Admins only (the API refuses others, and refuses every token): API tokens, made, listed and revoked here. */
export default async function TokensPage() {
  const me = await requireUser();
  if (me.role !== "admin") notFound();
  const locale = await currentLocale();
  const client = await api();
  const [tokens, users] = await Promise.all([client.tokens.list.query(), client.users.list.query()]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale, { year: "numeric", month: "short", day: "numeric" });
  return (
    <div className="panel panel--wide">
      <h1>
        <Bi text={m.tokensHeading} />
      </h1>
      <p className="hint">
        <Bi text={m.tokensIntro} block />
      </p>
      <NewTokenForm users={users.map((u) => ({ id: u.id, email: u.email, role: u.role }))} me={me.id} />
      <div className="table-wrap tokens-list">
        <table className="data" data-testid="tokens-table">
          <caption>
            <Bi text={m.tokensCaption} />
          </caption>
          <thead>
            <tr>
              <ColumnHeads columns={[m.tokenName, m.tokenPrefix, m.tokenUser, m.tokenScope, m.colStatus, m.expiresAt, m.lastUsed]} />
              <th scope="col">
                <span className="visually-hidden">
                  <Bi text={m.revokeToken} />
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.length === 0 ? (
              <tr>
                <td colSpan={8}>
                  <Bi text={m.noTokens} />
                </td>
              </tr>
            ) : null}
            {tokens.map((t) => (
              <tr key={t.id} data-token={t.id} data-prefix={t.prefix} data-status={t.status}>
                <th scope="row">
                  <bdi>{t.name}</bdi>
                </th>
                <td>
                  <code dir="ltr">{t.prefix}…</code>
                </td>
                <td>
                  <bdi dir="ltr">{t.userEmail}</bdi> · {t.userRole}
                </td>
                <td>
                  <Bi text={t.scopes.includes("write") ? m.scopeWrite : m.scopeRead} />
                </td>
                <td>
                  <span className={`status status--token-${t.status}`}>
                    <Bi text={STATUS[t.status]} />
                  </span>
                  {t.revokedAt ? (
                    <>
                      {" "}
                      <time className="hint nowrap" dateTime={t.revokedAt}>
                        {date(t.revokedAt)}
                      </time>
                    </>
                  ) : null}
                </td>
                <td className="nowrap">
                  <time dateTime={t.expiresAt}>{date(t.expiresAt)}</time>
                </td>
                <td className="nowrap">
                  {t.lastUsedAt ? <time dateTime={t.lastUsedAt}>{new Date(t.lastUsedAt).toLocaleString(locale)}</time> : <Bi text={m.neverUsed} />}
                </td>
                <td>
                  <RevokeToken id={t.id} name={t.name} prefix={t.prefix} active={t.status === "active"} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
