/** A failure said where the action was, and announced to screen readers; nothing when there is none. */
export function ErrorLine({ message, id }: { message: string | null | undefined; id?: string }) {
  return message ? (
    <p className="field-error" role="alert" id={id}>
      {message}
    </p>
  ) : null;
}
