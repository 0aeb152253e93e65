import type { Metadata } from "next";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { SignInForm } from "@/components/people/SignInForm";

export const metadata: Metadata = { title: m.signInHeading.ar };

export default function SignInPage() {
  return (
    <div className="panel panel--narrow">
      <h1>
        <Bi text={m.signInHeading} />
      </h1>
      <SignInForm />
    </div>
  );
}
