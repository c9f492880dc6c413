# תשובות הבוט, עברית. משלב: מכובד וניטרלי מגדרית.
bot-greeting = שלום, ותודה על ההודעה! נציג מהצוות שלנו יענה כאן בקרוב.
season-christmas = חג מולד שמח!
season-lunar-new-year = שנה ירחית חדשה ושמחה!
season-seollal = סולאל שמח!
season-tet = חג טט שמח!
season-songkran = סונגקרן שמח!
season-ramadan = רמדאן כרים!
season-eid-al-fitr = עיד מובארכ!
season-eid-al-adha = עיד אל-אדחא מבורך!
season-diwali = דיוואלי שמח!
template-order-shipped = ההזמנה נשלחה. מספר המעקב יישלח בדוא"ל.
template-thanks-waiting = תודה על ההמתנה. אנחנו בודקים את זה עכשיו.
template-anything-else = אפשר לעזור במשהו נוסף?
