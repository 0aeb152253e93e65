// wawoff2 ships no types: the WOFF2 <-> TrueType conversion the share cards use (src/lib/card.ts).
declare module "wawoff2" {
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  export function compress(ttf: Uint8Array): Promise<Uint8Array>;
}
