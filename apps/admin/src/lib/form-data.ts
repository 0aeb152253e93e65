/**
 * A text field of a submitted form. FormData values are strings or Files; these forms have no file in
 * a text field, so anything but a string reads as empty rather than as "[object File]".
 */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
