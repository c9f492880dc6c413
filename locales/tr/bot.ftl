# Bot yanıtları, Türkçe. Hitap: siz.
bot-greeting = Merhaba, mesajınız için teşekkür ederiz! Ekibimizden biri size kısa süre içinde buradan yanıt verecek.
season-christmas = Mutlu Noeller!
season-lunar-new-year = Ay Yeni Yılınız kutlu olsun!
season-seollal = Seollal'iniz kutlu olsun!
season-tet = Tết bayramınız kutlu olsun!
season-songkran = Songkran'ınız kutlu olsun!
season-ramadan = Hayırlı Ramazanlar!
season-eid-al-fitr = Ramazan Bayramınız mübarek olsun!
season-eid-al-adha = Kurban Bayramınız mübarek olsun!
season-diwali = Diwali'niz kutlu olsun!
template-order-shipped = Siparişiniz kargoya verildi. Takip numarası e-posta ile gönderilecek.
template-thanks-waiting = Beklediğiniz için teşekkür ederiz. Şu anda sizin için kontrol ediyoruz.
template-anything-else = Size yardımcı olabileceğimiz başka bir konu var mı?
