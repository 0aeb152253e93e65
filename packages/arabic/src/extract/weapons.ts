// Weapons named in the text, mapped to the schema's Weapon enum.
import type { Weapon } from "./types";
import { NameTrie, scanNames } from "../lexicon/matcher";
import type { Token } from "../text/tokens";

const LEXICON: Record<Weapon, string[]> = {
  aircraft: ["الطائرات", "طائرات حربية", "الطائرات الحربية", "الطيران الحربي", "الطيران", "المقاتلات", "طائرات", "الطيران المروحي", "المروحيات"],
  air_to_surface_missile: ["صواريخ جو أرض", "صواريخ جو - أرض", "صواريخ موجهة"],
  thermobaric: ["الصواريخ الفراغية", "صواريخ فراغية", "القنابل الفراغية", "قنابل فراغية"],
  bunker_buster: ["القنابل الارتجاجية", "قنابل ارتجاجية", "القنابل الخارقة للتحصينات", "قنابل خارقة للتحصينات"],
  barrel_bomb: ["البراميل المتفجرة", "براميل متفجرة", "برميلا متفجرا", "برميل متفجر"],
  artillery: ["المدفعية", "قذائف الهاون", "قذائف هاون", "قذائف مدفعية", "قذائف صاروخية", "راجمات الصواريخ", "المدافع", "قصف مدفعي"],
  small_arms: ["الأسلحة الخفيفة", "الرشاشات", "الرصاص", "رصاص القناصة", "أسلحة خفيفة"],
  chemical_agent: [
    "غاز السارين",
    "السارين",
    "غاز الكلور",
    "الكلور",
    "غازات سامة",
    "مواد سامة",
    "مواد كيماوية",
    "الأسلحة الكيماوية",
    "أسلحة كيماوية",
    "كسلاح كيماوي",
  ],
  other: ["سيارة مفخخة", "عبوة ناسفة"],
};

const trie = new NameTrie();
for (const [weapon, names] of Object.entries(LEXICON)) for (const n of names) trie.add({ id: weapon, surface: n, via: "name" });

export interface WeaponMention {
  weapon: Weapon;
  start: number;
  end: number;
  words: string;
}

export function findWeapons(text: string, tokens: Token[]): WeaponMention[] {
  return scanNames(text, trie, { accept: ({ names }) => ({ name: names[0]!, confidence: 0.8 }) }, tokens).map((m) => ({
    weapon: m.id as Weapon,
    start: m.start,
    end: m.end,
    words: m.words,
  }));
}
