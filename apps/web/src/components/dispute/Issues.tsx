import { CITATION_ROLE, ISSUE_STATUS, ISSUE_TYPE, Localized, POSITION_BASIS, STANCE } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { citationHref } from "@/components/event/Citations";
import { localePath, type Locale } from "@/i18n/routing";
import type { IssueDetail } from "@/lib/api";

type Text = { ar: string; en?: string };
export type Side = "a" | "b" | "third_party";
type Position = IssueDetail["positions"][number];

const SIDES: (Side | "none")[] = ["a", "b", "third_party", "none"];

/**
 * The points of contention in the source's order. Under each, the positions grouped by the side of the
 * dispute their holder is on (a minister counts for his state), each with its stance, whose words it is
 * in, and its quoted evidence: a position appears only under the point it is about.
 */
export async function Issues({
  issues,
  actorName,
  sideOf,
  locale,
}: {
  issues: IssueDetail[];
  actorName: (id: string) => Text;
  sideOf: (actorId: string) => Side | undefined;
  locale: Locale;
}) {
  const t = await getTranslations("disputes");
  const position = (issue: IssueDetail, p: Position) => {
    const quotes = issue.citations.filter((c) => c.target.kind === "position" && c.target.id === p.id);
    return (
      <li key={p.id} className="position" data-testid={`position-${p.id}`}>
        <p className="position__head">
          <a href={localePath(locale, `/actors/${p.actorId}`)}>
            <strong>
              <Localized text={actorName(p.actorId)} lang={locale} />
            </strong>
          </a>
          {": "}
          <span className="badge badge--quiet" data-stance={p.stance}>
            {STANCE[p.stance][locale]}
          </span>{" "}
          <span className="muted" data-voice={p.basis}>
            {POSITION_BASIS[p.basis][locale]}
            {p.framedByActorId ? (
              <>
                {` — ${p.basis === "reported" ? t("reportedBy") : t("framedBy")} `}
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
  };
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">
        {t("issues")} <span className="muted">({t("issueCount", { count: issues.length })})</span>
      </h2>
      <ol className="issues" data-testid="issues">
        {issues.map((issue) => (
          <li key={issue.id} id={`issue-${issue.id}`} className="issue" data-testid={`issue-${issue.id}`}>
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
              <div className="issue__sides">
                {SIDES.map((side) => {
                  const held = issue.positions.filter((p) => (sideOf(p.actorId) ?? "none") === side);
                  if (!held.length) return null;
                  const heading = `${issue.id}-side-${side}`;
                  return (
                    <section key={side} className={`issue__side side--${side}`} aria-labelledby={heading} data-side={side}>
                      <h4 id={heading}>{side === "none" ? t("sideNone") : t(`side.${side}`)}</h4>
                      <ul className="positions">{held.map((p) => position(issue, p))}</ul>
                    </section>
                  );
                })}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
