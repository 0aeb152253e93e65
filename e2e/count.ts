import { expect, type Locator, type Page } from "@playwright/test";

/** The ids the app makes ("ev-3f2a9c01bd"...): typing one counts as a typed id. */
const ID = /\b(ev|pl|act|doc|fig|cl|dsp|iss|pos|cit)-[0-9a-f]{6,}\b/;

/**
 * Counts what a person does, as the workbench issue measured it: every click, key press, pick, fill and
 * text selection is one interaction; filled text adds its characters; an id typed anywhere is counted apart.
 */
export class Interactions {
  interactions = 0;
  typed = 0;
  typedIds = 0;
  readonly steps: string[] = [];

  private note(what: string) {
    this.interactions++;
    this.steps.push(what);
  }
  async click(target: Locator, what = "click") {
    this.note(what);
    await target.click();
  }
  async fill(target: Locator, text: string, what = "fill") {
    this.note(what);
    this.typed += [...text].length;
    if (ID.test(text)) this.typedIds++;
    await target.fill(text);
  }
  async press(target: Locator, key: string, what = `press ${key}`) {
    this.note(what);
    await target.press(key);
  }
  /** A mouse drag over these words of the text (one interaction), ending in the mouseup the workspace reads. */
  async selectWords(page: Page, words: string) {
    this.note(`select «${words}»`);
    await page.getByTestId("document-text").evaluate((el, w) => {
      const t = el.textContent ?? "";
      const start = t.indexOf(w);
      if (start < 0) throw new Error(`«${w}» is not in the text`);
      const locate = (offset: number): [Node, number] => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (seen + len >= offset) return [n, offset - seen];
          seen += len;
        }
        throw new Error("offset outside the text");
      };
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(start + w.length));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    }, words);
    await expect(page.getByTestId("selection")).toHaveText(`«${words}»`);
  }
  summary() {
    return `${this.interactions} interactions, ${this.typed} typed characters, ${this.typedIds} typed ids`;
  }
}
