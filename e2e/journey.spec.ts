import { expect, test, type Page } from "@playwright/test";
import { snap } from "./support";
import { READER_URL, signInUi, signOutUi } from "./session";
import { userOf } from "./users";

const ARTICLE = "أفاد مراسلون اليوم بأن غارات جوية استهدفت بلدة كفرنبودة الصغيرة صباح أمس، وقتل فيها عشرات المدنيين بحسب مصادر محلية.";

/** Selects a substring of the article with a DOM range, as a mouse drag would, starting and ending mid-word. */
async function dragSelect(page: Page, from: string, to: string) {
  await page.getByTestId("document-text").evaluate(
    (el, [a, b]) => {
      const text = el.textContent ?? "";
      const start = text.indexOf(a!) + 1;
      const end = text.indexOf(b!) + b!.length - 1;
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
      range.setEnd(...locate(end));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    },
    [from, to],
  );
}

test("editor imports and annotates an article, creates an event with a citation and a figure; a reviewer publishes it; the reader shows it", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signInUi(page, userOf("editor"));

  // Import: paste the text with its metadata.
  await page.goto("/import");
  await page.getByLabel(/عنوان المقال/).fill("غارات على كفرنبودة");
  await page.getByLabel(/تاريخ النشر/).fill("2017-04-23");
  await page.getByLabel(/^النص/).fill(ARTICLE);
  await snap(page, testInfo, "journey-1-import");
  await page.getByRole("button", { name: /^استيراد/ }).click();
  await expect(page).toHaveURL(/\/annotate\/doc-/);
  const documentId = page.url().split("/").pop()!;

  // Mouse: a drag from inside «غارات» to inside «كفرنبودة» snaps to those whole words.
  await dragSelect(page, "غارات", "كفرنبودة");
  await expect(page.getByTestId("selection")).toHaveText("«غارات جوية استهدفت بلدة كفرنبودة»");
  await page.getByRole("combobox", { name: "event type" }).selectOption("air_strike");
  await page.getByRole("button", { name: /حدث جديد من التحديد/ }).click();
  await expect(page.getByTestId("used-spans").locator("li")).toHaveCount(1);
  const eventId = (await page.getByTestId("used-spans").locator("li bdi").first().textContent())!.trim();
  expect(eventId).toMatch(/^ev-/);

  // Keyboard: move to the first word, then word by word to «أمس», extend, cite it as the event's date.
  const text = page.getByTestId("document-text");
  await text.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("selection")).toHaveText("«أفاد»");
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("selection")).toHaveText("«صباح»");
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(page.getByTestId("selection")).toHaveText("«صباح أمس»");
  await page.keyboard.press("d");
  await page.getByTestId("target-id").selectOption(eventId);
  await text.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("used-spans").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("used-spans")).toContainText("«صباح أمس» → event");
  await expect(page.getByTestId("suggestions")).toContainText("اقتراحات المساعد الآلي");
  await snap(page, testInfo, "journey-2-annotate");

  // The event: add a figure with the words as written, then submit it for review.
  await page.goto(`/records/event/${eventId}`);
  await page.getByLabel("figure kind").selectOption("killed");
  await page.getByLabel("figure words").fill("عشرات");
  await page.getByLabel(/عدد غير محدد/).check();
  await page.getByRole("button", { name: /^إضافة رقم/ }).click();
  await expect(page.getByTestId("record-version")).toHaveText("2");
  await page.getByRole("button", { name: /قيد المراجعة/ }).click();
  // The badge, not the button label: the page reloads once the move is saved.
  await expect(page.getByTestId("status-bar").locator(".status--in_review")).toBeVisible();
  await page.goto(`/records/document/${documentId}`);
  await page.getByRole("button", { name: /قيد المراجعة/ }).click();
  // The badge, not the button label: the page reloads once the move is saved.
  await expect(page.getByTestId("status-bar").locator(".status--in_review")).toBeVisible();
  await snap(page, testInfo, "journey-3-submitted");
  await signOutUi(page);

  // The reviewer publishes both with a bulk change, after its preview.
  await signInUi(page, userOf("reviewer"));
  // The document first: an event is published only once the document it quotes is.
  for (const [path, id] of [["/records/document", documentId], ["/", eventId]] as const) {
    await page.goto(`${path}?status=in_review`);
    await page.getByRole("checkbox", { name: new RegExp(id) }).check();
    await page.getByTestId("bulk-to").selectOption("published");
    await page.getByRole("button", { name: /معاينة تغيير الحالة/ }).click();
    await expect(page.getByTestId("bulk-preview")).toContainText(`${id}: قيد المراجعة ← منشور ✓`);
    await snap(page, testInfo, `journey-4-preview-${id.split("-")[0]}`);
    await page.getByRole("button", { name: /تطبيق على المسموح به/ }).click();
    await expect(page.locator(`tr[data-record-id="${id}"]`)).toHaveCount(0);
  }

  // The reader shows it, with the cited words.
  await page.goto(`${READER_URL}/events/${eventId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("غارات جوية استهدفت بلدة كفرنبودة");
  await expect(page.locator("body")).toContainText("عشرات");
  await snap(page, testInfo, "journey-5-reader");

  // The cached reader home was told to re-render by the publish (on-demand revalidation): no stale page.
  await expect(async () => {
    await page.goto(READER_URL);
    await expect(page.locator("body")).toContainText("غارات جوية استهدفت بلدة كفرنبودة", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
