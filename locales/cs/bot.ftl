# Odpovědi bota, čeština. Rejstřík: vykání.
bot-greeting = Dobrý den a děkujeme za vaši zprávu! Někdo z našeho týmu vám zde brzy odpoví.
season-christmas = Veselé Vánoce!
season-lunar-new-year = Šťastný lunární Nový rok!
season-seollal = Šťastný Seollal!
season-tet = Šťastný Tết!
season-songkran = Šťastný Songkran!
season-ramadan = Ramadán Karím!
season-eid-al-fitr = Íd Mubárak!
season-eid-al-adha = Požehnaný svátek Íd al-Adhá!
season-diwali = Šťastný Diwali!
template-order-shipped = Vaše objednávka byla odeslána. Číslo zásilky obdržíte e-mailem.
template-thanks-waiting = Děkujeme za trpělivost. Právě to pro vás ověřujeme.
template-anything-else = Můžeme vám pomoci ještě s něčím?
