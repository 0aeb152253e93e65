import Link from "next/link";
import { notFound } from "next/navigation";
import { EDITORIAL_STATUS, EventDate, eventTypeLabel } from "@waqai/ui";
import { api, errorCode } from "@/lib/api";
import { m } from "@/lib/messages";
import { Bi } from "./Bi";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" && after.length > 0 ? after : undefined;
  const page = await api()
    .events.list.query({ limit: PAGE_SIZE, cursor, order: "asc" })
    .catch((err: unknown) => {
      if (cursor && errorCode(err) === "BAD_REQUEST") notFound();
      throw err;
    });

  return (
    <div className="panel">
      <h1>
        <Bi text={m.eventsHeading} />
      </h1>
      <p className="notice" role="note">
        <Bi text={m.readOnlyNotice} block />
      </p>
      {page.items.length === 0 ? (
        <p>
          <Bi text={m.eventsEmpty} />
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="events-table">
            <caption className="visually-hidden">{m.eventsCaption.ar}</caption>
            <thead>
              <tr>
                {[m.colId, m.colType, m.colTitle, m.colDate, m.colStatus].map((c) => (
                  <th scope="col" key={c.en}>
                    <Bi text={c} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id} data-event-id={e.id}>
                  <td>
                    <bdi dir="ltr" className="id">
                      {e.id}
                    </bdi>
                  </td>
                  <td className="nowrap">{eventTypeLabel(e.type).ar}</td>
                  <th scope="row">{e.title.ar}</th>
                  <td>
                    <EventDate time={e.time} />
                  </td>
                  <td>
                    <span className={`status status--${e.status}`}>{EDITORIAL_STATUS[e.status].ar}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor || page.nextCursor ? (
        <nav aria-label={m.pagination.ar} className="pager">
          {cursor ? (
            <Link href="/">
              <Bi text={m.firstPage} />
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={`/?after=${encodeURIComponent(page.nextCursor)}`} rel="next">
              <Bi text={m.nextPage} />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
