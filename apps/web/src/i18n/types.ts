import type ar from "../../messages/ar.json";
import type { routing } from "./routing";

// Message keys and locales are checked at compile time; en.json is held to ar.json's shape by a test.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof ar;
  }
}
