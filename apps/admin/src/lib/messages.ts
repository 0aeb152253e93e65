/** Admin texts: Arabic is shown first; the English stays beside it for editors who work in English. */
export interface Bi {
  ar: string;
  en: string;
}

export const m = {
  siteName: { ar: "وقائع — لوحة التحرير", en: "Waqai editors" },
  skipToContent: { ar: "انتقل إلى المحتوى", en: "Skip to content" },
  mainNav: { ar: "التنقل الرئيسي", en: "Main navigation" },
  navEvents: { ar: "الأحداث", en: "Events" },
  navSignIn: { ar: "تسجيل الدخول", en: "Sign in" },
  eventsHeading: { ar: "الأحداث", en: "Events" },
  readOnlyNotice: {
    ar: "عرض للقراءة فقط: يظهر هنا ما نُشر من الأحداث. التحرير والمسودات يأتيان مع حسابات المحررين.",
    en: "Read-only: this lists published events. Editing and drafts arrive with editor accounts.",
  },
  colId: { ar: "المعرّف", en: "ID" },
  colType: { ar: "النوع", en: "Type" },
  colTitle: { ar: "العنوان", en: "Title" },
  colDate: { ar: "التاريخ", en: "Date" },
  colStatus: { ar: "الحالة", en: "Status" },
  eventsEmpty: { ar: "لا توجد أحداث منشورة بعد.", en: "No published events yet." },
  eventsCaption: { ar: "الأحداث المنشورة بترتيب وقوعها", en: "Published events in time order" },
  nextPage: { ar: "الصفحة التالية", en: "Next page" },
  firstPage: { ar: "الصفحة الأولى", en: "First page" },
  pagination: { ar: "التنقل بين الصفحات", en: "Pagination" },
  signInHeading: { ar: "تسجيل دخول المحررين", en: "Editor sign-in" },
  email: { ar: "البريد الإلكتروني", en: "Email" },
  password: { ar: "كلمة المرور", en: "Password" },
  submit: { ar: "تسجيل الدخول", en: "Sign in" },
  submitting: { ar: "جارٍ الإرسال…", en: "Sending…" },
  missingFields: {
    ar: "أدخل البريد الإلكتروني وكلمة المرور.",
    en: "Enter your email and password.",
  },
  accountsDisabled: {
    ar: "حسابات المحررين غير مفعّلة في هذا الإصدار بعد. لم يُسجَّل دخولك ولم تُنشأ أي جلسة.",
    en: "Editor accounts are not enabled in this build yet. You have not been signed in and no session was created.",
  },
  notFoundTitle: { ar: "الصفحة غير موجودة", en: "Page not found" },
  errorTitle: { ar: "تعذّر تحميل الصفحة", en: "The page could not be loaded" },
  errorBody: { ar: "لم نتمكن من الوصول إلى خادم البيانات.", en: "We could not reach the data server." },
  retry: { ar: "إعادة المحاولة", en: "Try again" },
} satisfies Record<string, Bi>;
