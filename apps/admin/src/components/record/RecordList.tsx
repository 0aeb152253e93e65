import Link from "next/link";
import { EDIT_LIST_SORTS, EditorialStatus, type EditableKind } from "@waqai/schema";
import { EDITORIAL_STATUS } from "@waqai/ui";
import { api, currentLocale, requireUser } from "@/lib/api";
import { KIND_LABEL } from "@/lib/kinds";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { BulkStatus } from "@/components/record/BulkStatus";

const PAGE = 25;
const SORTS = EDIT_LIST_SORTS;
const STATUSES = EditorialStatus.options;
type Sort = (typeof SORTS)[number];
const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

/** Any kind's records in every status: filter by status and text, sort, page, and change status in bulk. */
export async function RecordList({ kind, params }: { kind: EditableKind; params: Record<string, string | string[] | undefined> }) {
  const locale = await currentLocale();
  const me = await requireUser();
  const status = STATUSES.find((s) => s === one(params.status));
  const sort: Sort = SORTS.find((s) => s === one(params.sort)) ?? "updated_desc";
  const q = one(params.q);
  const page = Math.max(0, Number(one(params.page) ?? 0) || 0);
  const client = await api();
  const list = await client.edit[kind].list.query({ status, sort, q, limit: PAGE, offset: page * PAGE });
  const href = (p: number) => `?${new URLSearchParams({ ...(status ? { status } : {}), ...(q ? { q } : {}), sort, page: String(p) })}`;
  return (
    <div className="panel">
      <h1>
        <Bi text={KIND_LABEL[kind]} />
      </h1>
      <nav aria-label={m.navRecords[locale]} className="kinds">
        {(Object.keys(KIND_LABEL) as EditableKind[]).map((k) => (
          <Link key={k} href={k === "event" ? "/" : `/records/${k}`} aria-current={k === kind ? "page" : undefined}>
            <Bi text={KIND_LABEL[k]} />
          </Link>
        ))}
      </nav>
      <form className="filters" method="get">
        <label>
          <Bi text={m.colStatus} />{" "}
          <select name="status" defaultValue={status ?? ""}>
            <option value="">{m.anyStatus[locale]}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {EDITORIAL_STATUS[s][locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <Bi text={m.search} /> <input name="q" defaultValue={q ?? ""} />
        </label>
        <label>
          <Bi text={m.sort} />{" "}
          <select name="sort" defaultValue={sort}>
            <option value="updated_desc">{locale === "ar" ? "الأحدث تعديلاً" : "Newest first"}</option>
            <option value="updated_asc">{locale === "ar" ? "الأقدم تعديلاً" : "Oldest first"}</option>
            <option value="id_asc">{locale === "ar" ? "بالمعرّف" : "By id"}</option>
          </select>
        </label>
        <button className="button" type="submit">
          <Bi text={m.filter} />
        </button>
        {kind !== "document" ? (
          <Link className="button" href={`/records/${kind}/new`}>
            <Bi text={m.newRecord} />
          </Link>
        ) : null}
      </form>
      <BulkStatus kind={kind} items={list.items} role={me.role} />
      <nav aria-label={m.pagination[locale]} className="pager">
        <span>
          {page * PAGE + (list.items.length ? 1 : 0)}–{page * PAGE + list.items.length} /{" "}
          {list.totalCapped ? (locale === "ar" ? `أكثر من ${list.total - 1}` : `more than ${list.total - 1}`) : list.total}
        </span>
        {page > 0 ? <Link href={href(page - 1)}>{m.previous[locale]}</Link> : null}
        {(page + 1) * PAGE < list.total ? (
          <Link href={href(page + 1)} rel="next">
            <Bi text={m.nextPage} />
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
