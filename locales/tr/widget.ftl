# Caravan widget'ı, Türkçe. Hitap: siz.
launcher-open = Sohbeti aç
launcher-close = Sohbeti kapat
header-title = { $store }
header-subtitle = Genellikle birkaç dakika içinde yanıt veririz
empty-state = Siparişiniz, kargo veya ürünlerimiz hakkında bize dilediğinizi sorun.
composer-placeholder = Bir mesaj yazın…
composer-send = Gönder
author-you = Siz
author-bot = Asistan
author-agent = Destek ekibi
agent-typing = Destek ekibi yazıyor…
status-sending = Gönderiliyor…
status-sent = Gönderildi
status-delivered = İletildi
status-failed = Gönderilemedi
connection-connecting = Bağlanıyor…
connection-offline = Çevrimdışısınız. Mesajlarınız tekrar çevrimiçi olduğunuzda gönderilecek.
connection-unavailable = Sohbet şu anda kullanılamıyor. Mesajlarınız saklanıyor ve hizmet geri geldiğinde gönderilecek.
connection-region-unavailable = Konuşmanızı bölgenizde saklayan hizmete şu anda ulaşılamıyor. Hiçbir şey başka bir yere gönderilmez: mesajlarınız bu cihazda bekliyor ve hizmet geri geldiğinde iletilecek.
chat-unavailable = Sohbet şu anda kullanılamıyor.
messages-waiting =
    { $count ->
        [one] Bir mesaj gönderilmeyi bekliyor.
       *[other] { $count } mesaj gönderilmeyi bekliyor.
    }
error-message-too-long =
    { $max ->
        [one] Bu mesaj çok uzun: en fazla { $max } karakter.
       *[other] Bu mesaj çok uzun: en fazla { $max } karakter.
    }
error-generic = Bir şeyler ters gitti. Lütfen tekrar deneyin.
text-mode-on = Metin modu: veri tasarrufu için resimler, avatarlar ve animasyonlar kapalı.
text-mode-switch-on = Yalnızca metne geç
text-mode-switch-off = Tam sohbete geç
lite-mode = Yavaş bağlantılar için hafif sohbet: yalnızca metin.
lite-load-full = Tam sohbeti yükle
language-menu = Dil
translated-notice = Otomatik olarak çevrildi
show-original = Orijinali göster
show-translation = Çeviriyi göster
translation-unavailable = Çevrilmedi: çeviri şu anda kullanılamıyor.
privacy-menu = Gizlilik
privacy-run-by = Bu sohbet { $store } tarafından yönetilir.
privacy-stored = Konuşmanızın saklandığı yer: { $region }.
privacy-policy = Gizlilik politikası
privacy-download = Konuşmamı indir
privacy-download-text = Okunabilir metin
privacy-download-json = Veri (JSON)
privacy-delete = Konuşmamı sil
privacy-delete-confirm = Bu konuşma kalıcı olarak silinsin mi? Silindikten sonra ne siz ne de mağaza onu geri alabilir.
privacy-delete-yes = Sil
privacy-delete-no = Vazgeç
privacy-deleted = Konuşmanız silindi.
region-eu = Avrupa Birliği
region-us = Amerika Birleşik Devletleri
region-sa = Güney Amerika
region-in = Hindistan
region-apac = Asya-Pasifik
region-oc = Okyanusya
region-me = Orta Doğu
region-af = Afrika
