# קונסולת הנציגים של Caravan, עברית. משלב: מכובד וניטרלי מגדרית. אותן הודעות ומשתנים כמו
# ב-locales/en/console.ftl (נבדק ב-core/tests/locales_complete.rs). קצר, פשוט, שפה של כלי עבודה.
console-title = קונסולת Caravan
title-unread =
    { $count ->
        [one] ({ $count }) קונסולת Caravan
       *[other] ({ $count }) קונסולת Caravan
    }
store-label = חנות
login-heading = כניסה
login-email = אימייל
login-password = סיסמה
login-submit = כניסה
login-failed = האימייל או הסיסמה שגויים.
login-limited = יותר מדי ניסיונות. אפשר לנסות שוב בעוד כמה דקות.
invite-heading = ברוכים הבאים, { $name }
invite-explain = יש לבחור סיסמה עבור { $email }: לפחות 12 תווים.
invite-submit = הגדרת סיסמה וכניסה
invite-gone = קישור ההזמנה הזה פג תוקף או שכבר נעשה בו שימוש. אפשר לבקש קישור חדש ממנהל המערכת.
password-too-short = הסיסמה צריכה להכיל לפחות 12 תווים.
sign-out = יציאה
ui-language = שפת הקונסולה
error-network = אין גישה לשרת. מנסים שוב…
error-other = משהו השתבש: { $detail }
inbox-heading = תיבת הפניות
filter-status = סטטוס
filter-language = שפה
filter-country = מדינה
filter-region = אזור
filter-any = הכול
filter-unread = רק שלא נקראו
filter-mine = משויכות אליי
status-bot = אצל הבוט
status-waiting = ממתינה לנציג
status-open = פתוחה
status-closed = סגורה
inbox-empty = אין שיחות שתואמות את המסננים האלה.
region-unreachable = אין כרגע גישה לאזור { $region }.
waiting-minutes =
    { $minutes ->
        [one] בהמתנה כבר דקה
        [two] בהמתנה כבר שתי דקות
       *[other] בהמתנה כבר { $minutes } דקות
    }
unread-count =
    { $count ->
        [one] הודעה אחת שלא נקראה
        [two] שתי הודעות שלא נקראו
       *[other] { $count } הודעות שלא נקראו
    }
shopper-local-time = השעה אצל הלקוח: { $time }
trigger-asked = בקשה לדבר עם נציג
trigger-misses = הבוט לא הבין
trigger-repeated = אותה שאלה שוב
trigger-frustrated = כעס
trigger-vip = לקוח VIP
trigger-lookups = יותר מדי בדיקות הזמנה
back-to-inbox = חזרה לתיבת הפניות
summary-heading = סיכום ההעברה
summary-intents = נושאי הפנייה
summary-mood = מצב רוח
summary-order = הזמנה
summary-email = אימייל לקבלת התשובה
mood-calm = רגוע
mood-tense = מתוח
mood-upset = כועס
author-shopper = לקוח
author-bot = בוט
author-agent = נציג
written-in = שפת המקור: { $language }
show-original = הצגת המקור
show-translation = הצגת התרגום
reveal = חשיפת הנתונים
revealed = מוצג לך בלי מיסוך; הפעולה נרשמה ביומן הביקורת.
reveal-not-allowed = התפקיד שלך לא מאפשר חשיפה של מידע אישי.
composer-placeholder = כתיבת תשובה…
composer-send = שליחה
composer-preview = הלקוח יקרא:
composer-preview-same = הלקוח קורא באותה שפה: אין צורך בתרגום.
note-toggle = הערה פרטית (רק הצוות שלך רואה אותה)
note-placeholder = כתיבת הערה לצוות…
note-save = שמירת ההערה
note-by = הערה מאת { $name }
shopper-typing = הלקוח מקליד…
canned-label = תשובות מוכנות
actions-label = פעולות בשיחה
assigned-to = שיוך: { $name }
assign-me = שיוך אליי
hand-back = החזרה לבוט
close-conversation = סגירה
conversation-closed = השיחה הזאת סגורה.
rating-given = דירוג: { $stars } מתוך 5
rating-comment = תגובה: { $comment }
shortcuts = מקשים: j ו-k למעבר בתיבת הפניות, Enter לפתיחה, r לתשובה, Esc לחזרה.
assign-to = שיוך אל…
assignee-writes = שפת כתיבה: { $language }
assignee-on-shift = במשמרת
assignee-off-shift = לא במשמרת
notify-toggle = צליל והתראה על העברות חדשות
notify-blocked = הדפדפן הזה חוסם התראות מהקונסולה; רק הצליל יושמע.
notify-title = לקוח ממתין לנציג
notify-body = השפה: { $language }. כדי לענות, יש לפתוח את הקונסולה.
team-heading = צוות
team-admins-only = רק מנהלי המערכת של החנות יכולים לפתוח את דף הצוות.
member-name = שם
member-email = אימייל
member-role = תפקיד
member-languages = שפות כתיבה (הראשונה היא שפת הקונסולה)
member-regions = אזורים גלויים
member-teams = צוותים ששעות העבודה שלהם חלות
member-state = חשבון
member-active = פעיל
member-invited = הוזמן
member-disabled = מושבת
member-edit = עריכה
member-revoke = ניתוק מכל המכשירים
member-disable = השבתה
member-reinstate = הפעלה מחדש
member-can-reveal = הרשאה לחשיפת מידע אישי
member-save = שמירת השינויים
member-change-heading = עריכת פרטים
role-admin = מנהל מערכת
role-agent = נציג
invite-create-heading = הזמנת אדם
invite-create = יצירת קישור הזמנה
invite-link-made = יש לשלוח את הקישור הזה לאדם שהוזמן. הוא פועל פעם אחת, למשך 7 ימים.
audit-heading = יומן ביקורת
audit-refresh = טעינה מחדש
audit-when = מתי
audit-who = מי
audit-what = מה
audit-target = לגבי
audit-reveal = חשיפת מידע אישי
audit-invite = הזמנה
audit-update = עריכת פרטים
audit-revoke = ניתוק אדם מכל המכשירים
audit-disable = השבתת חשבון
audit-reinstate = הפעלה מחדש של חשבון
canned-id = מזהה (a-z, 0-9 ומקף)
canned-title = כותרת
canned-locale = שפת הטקסט
canned-text = טקסט
canned-variables = אפשר לכתוב { $name } במקום שם הנציג ו-{ $order } במקום מספר ההזמנה שהלקוח אימת.
canned-save = שמירת הטקסט
canned-delete = הסרה
channel-socket = צ'אט באתר, חיבור רציף
channel-polling = צ'אט באתר, מצב רשת איטית: יש לענות בקצרה
