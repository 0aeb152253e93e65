import "@waqai/ui/styles.css";

// Reached only by URLs the locale proxy does not handle (e.g. a missing file); pages 404 inside [locale].
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <main className="page narrow">
          <h1>الصفحة غير موجودة</h1>
          <p lang="en" dir="ltr">
            Page not found.
          </p>
          <p>
            <a href="/">وقائع</a> · <a href="/en">Waqai</a>
          </p>
        </main>
      </body>
    </html>
  );
}
