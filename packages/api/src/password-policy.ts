import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/**
 * Which passwords may be set (OWASP ASVS 2.1.7: refuse common and easily guessed ones). Length alone let
 * `aaaaaaaaaaaa`, `password1234` and `123456789012` through. zxcvbn-ts matches its lists of common
 * passwords, words and names, and keyboard rows, repeats, sequences, dates and l33t; a password must
 * reach score 3 ("safely unguessable: moderate protection from offline attacks"), and must not be built
 * on the account's own email or name.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MIN_SCORE = 3;

let factory: ZxcvbnFactory | null = null;
// Built on first use: the dictionaries take a moment to load, and most processes never set a password.
const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

export interface PasswordProblem {
  ar: string;
  en: string;
}

/** Why this password may not be set, in both languages, or null when it may. */
export function passwordProblem(password: string, account: { email?: string; name?: string | null } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ar: `يجب ألا تقل كلمة المرور عن ${PASSWORD_MIN_LENGTH} حرفاً.`, en: `must be at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  // The email's local part and the name's words are what an attacker tries first for this account.
  const own = [account.email, account.email?.split("@")[0], ...(account.name ?? "").split(/\s+/)].filter((s): s is string => !!s && s.length >= 3);
  const result = zxcvbn().check(password.slice(0, 256), own);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const hint = result.feedback.warning ? ` (${result.feedback.warning})` : "";
  return {
    ar: "كلمة المرور شائعة أو سهلة التخمين (كلمة معروفة، أو تكرار، أو تسلسل، أو صف من لوحة المفاتيح، أو مبنية على بريدك أو اسمك). اختر عبارة أطول من كلمات لا رابط بينها.",
    en: `is common or easy to guess${hint}: a known word, a repeat, a sequence, a keyboard row, or built on your email or name. Choose a longer phrase of unrelated words.`,
  };
}
