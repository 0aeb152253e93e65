import Link from "next/link";
import { t } from "@/lib/messages";

export default function NotFound() {
  return (
    <div className="page narrow">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href="/">{t.backToEvents}</Link>
      </p>
    </div>
  );
}
