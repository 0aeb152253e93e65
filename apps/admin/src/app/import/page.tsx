import { requireUser } from "@/lib/api";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { ImportForm } from "@/components/import/ImportForm";

export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireUser();
  return (
    <div className="panel">
      <h1>
        <Bi text={m.importHeading} />
      </h1>
      <ImportForm />
    </div>
  );
}
