# ردود الروبوت، العربية (بصيغة رسمية).
bot-greeting = أهلًا وسهلًا، وشكرًا لرسالتكم! سيرد عليكم أحد أعضاء فريقنا هنا قريبًا.
season-christmas = عيد ميلاد مجيد!
season-lunar-new-year = سنة قمرية جديدة سعيدة!
season-seollal = سيولال سعيد!
season-tet = عيد تيت سعيد!
season-songkran = عيد سونغكران سعيد!
season-ramadan = رمضان كريم!
season-eid-al-fitr = عيد فطر مبارك!
season-eid-al-adha = عيد أضحى مبارك!
season-diwali = ديوالي سعيد!
template-order-shipped = تم شحن طلبكم. ستصلكم رسالة بالبريد الإلكتروني تتضمن رقم التتبع.
template-thanks-waiting = شكرًا لانتظاركم. نحن نتحقق من ذلك من أجلكم الآن.
template-anything-else = هل هناك أي شيء آخر يمكننا مساعدتكم فيه؟
