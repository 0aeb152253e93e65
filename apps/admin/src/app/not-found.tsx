import Link from "next/link";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";

export default function NotFound() {
  return (
    <div className="panel">
      <h1>
        <Bi text={m.notFoundTitle} />
      </h1>
      <p>
        <Link href="/">
          <Bi text={m.navEvents} />
        </Link>
      </p>
    </div>
  );
}
