# הווידג'ט של Caravan, עברית. משלב: מכובד וניטרלי מגדרית.
launcher-open = פתיחת הצ'אט
launcher-close = סגירת הצ'אט
header-title = { $store }
header-subtitle = בדרך כלל אנחנו עונים תוך כמה דקות
empty-state = אפשר לשאול אותנו כל שאלה על ההזמנה, המשלוח או המוצרים שלנו.
composer-placeholder = כתיבת הודעה…
composer-send = שליחה
author-you = אני
author-bot = עוזר
author-agent = צוות התמיכה
agent-typing = צוות התמיכה מקליד…
status-sending = בשליחה…
status-sent = נשלחה
status-delivered = נמסרה
status-failed = לא נשלחה
connection-connecting = מתחברים…
connection-offline = אין חיבור לאינטרנט. ההודעות יישלחו כשהחיבור יחזור.
connection-unavailable = הצ'אט אינו זמין כרגע. ההודעות נשמרות ויישלחו כשהשירות יחזור.
connection-region-unavailable = אין כרגע גישה לשירות ששומר את השיחה באזור שלך. שום דבר לא נשלח למקום אחר: ההודעות ממתינות במכשיר הזה ויימסרו כשהשירות יחזור.
chat-unavailable = הצ'אט אינו זמין כרגע.
messages-waiting =
    { $count ->
        [one] הודעה אחת ממתינה לשליחה.
        [two] שתי הודעות ממתינות לשליחה.
       *[other] { $count } הודעות ממתינות לשליחה.
    }
error-message-too-long =
    { $max ->
        [one] ההודעה ארוכה מדי: עד תו אחד.
        [two] ההודעה ארוכה מדי: עד שני תווים.
       *[other] ההודעה ארוכה מדי: עד { $max } תווים.
    }
error-generic = משהו השתבש. אפשר לנסות שוב.
text-mode-on = מצב טקסט: תמונות, אווטארים ואנימציות כבויים כדי לחסוך בנתונים.
text-mode-switch-on = מעבר לטקסט בלבד
text-mode-switch-off = מעבר לצ'אט המלא
lite-mode = צ'אט קל לחיבורים איטיים: טקסט בלבד.
lite-load-full = טעינת הצ'אט המלא
language-menu = שפה
translated-notice = תורגם אוטומטית
show-original = הצגת המקור
show-translation = הצגת התרגום
translation-unavailable = לא תורגם: התרגום אינו זמין כרגע.
privacy-menu = פרטיות
privacy-run-by = הצ'אט הזה מופעל על ידי { $store }.
privacy-stored = מקום אחסון השיחה: { $region }.
privacy-policy = מדיניות הפרטיות
privacy-download = הורדת השיחה
privacy-download-text = טקסט קריא
privacy-download-json = נתונים (JSON)
privacy-delete = מחיקת השיחה
privacy-delete-confirm = למחוק את השיחה לצמיתות? לאחר המחיקה אי אפשר לשחזר אותה, וגם החנות לא תוכל.
privacy-delete-yes = מחיקה
privacy-delete-no = השארת השיחה
privacy-deleted = השיחה נמחקה.
region-eu = האיחוד האירופי
region-us = ארצות הברית
region-sa = דרום אמריקה
region-in = הודו
region-apac = אסיה והאוקיינוס השקט
region-oc = אוקיאניה
region-me = המזרח התיכון
region-af = אפריקה
