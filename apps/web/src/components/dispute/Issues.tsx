import { CITATION_ROLE, ISSUE_STATUS, ISSUE_TYPE, Localized, POSITION_BASIS, STANCE } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { citationHref } from "@/components/event/Citations";
import { localePath, type Locale } from "@/i18n/routing";
import type { IssueDetail } from "@/lib/api";

type Text = { ar: string; en?: string };

/** The points of contention in the source's order, each with every party's position and its quoted evidence. */
export async function Issues({ issues, actorName, locale }: { issues: IssueDetail[]; actorName: (id: string) => Text; locale: Locale }) {
  const t = await getTranslations("disputes");
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">
        {t("issues")} <span className="muted">({t("issueCount", { count: issues.length })})</span>
      </h2>
      <ol className="issues" data-testid="issues">
        {issues.map((issue) => (
          <li key={issue.id} id={`issue-${issue.id}`} className="issue">
            <h3 className="issue__title">
              <Localized text={issue.title} lang={locale} />
            </h3>
            <p className="issue__meta">
              <span className="badge">{ISSUE_TYPE[issue.issueType][locale]}</span>{" "}
              <span className="badge badge--quiet">
                {t("issueStatus")}: {ISSUE_STATUS[issue.issueStatus][locale]}
              </span>
            </p>
            {issue.positions.length === 0 ? (
              <p className="muted">{t("noPositions")}</p>
            ) : (
              <ul className="positions">
                {issue.positions.map((p) => {
                  const quotes = issue.citations.filter((c) => c.target.kind === "position" && c.target.id === p.id);
                  return (
                    <li key={p.id} className="position">
                      <p className="position__head">
                        <a href={localePath(locale, `/actors/${p.actorId}`)}>
                          <strong>
                            <Localized text={actorName(p.actorId)} lang={locale} />
                          </strong>
                        </a>{" "}
                        <span className="badge badge--quiet">{STANCE[p.stance][locale]}</span>{" "}
                        <span className="muted">
                          {POSITION_BASIS[p.basis][locale]}
                          {p.framedByActorId ? (
                            <>
                              {` — ${t("framedBy")} `}
                              <Localized text={actorName(p.framedByActorId)} lang={locale} />
                            </>
                          ) : null}
                        </span>
                      </p>
                      <p className="position__statement">
                        <Localized text={p.statement} lang={locale} />
                      </p>
                      {quotes.map((c) => (
                        <blockquote key={c.id} className="position__quote" lang="ar" dir="rtl">
                          <a href={citationHref(locale, c)}>«{c.exact}»</a> <span className="visually-hidden">{CITATION_ROLE[c.role][locale]}</span>
                        </blockquote>
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
