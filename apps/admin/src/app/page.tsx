import { requireUser } from "@/lib/api";
import { RecordList } from "@/components/record/RecordList";

export const dynamic = "force-dynamic";

/** The editors' home: events in every status. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  return <RecordList kind="event" params={await searchParams} />;
}
