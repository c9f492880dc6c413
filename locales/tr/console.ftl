# Caravan temsilci konsolu, Türkçe. Hitap: siz. locales/en/console.ftl ile aynı mesajlar ve
# değişkenler (core/tests/locales_complete.rs denetler).
# Temsilciler bu metinleri gün boyu okur: kısa, sade, iş aracı dili.
console-title = Caravan konsolu
title-unread =
    { $count ->
        [one] ({ $count }) Caravan konsolu
       *[other] ({ $count }) Caravan konsolu
    }
store-label = Mağaza
login-heading = Giriş
login-email = E-posta
login-password = Şifre
login-submit = Giriş yap
login-failed = E-posta veya şifre hatalı.
login-limited = Çok fazla deneme yapıldı. Lütfen birkaç dakika sonra tekrar deneyin.
invite-heading = Hoş geldiniz, { $name }
invite-explain = { $email } için bir şifre belirleyin: en az 12 karakter.
invite-submit = Şifreyi belirle ve giriş yap
invite-gone = Bu davet bağlantısının süresi dolmuş veya bağlantı zaten kullanılmış. Yöneticinizden yeni bir bağlantı isteyin.
password-too-short = Şifre en az 12 karakter olmalıdır.
sign-out = Çıkış yap
ui-language = Konsol dili
error-network = Sunucuya ulaşılamıyor. Yeniden deneniyor…
error-other = Bir sorun oluştu: { $detail }
inbox-heading = Gelen kutusu
filter-status = Durum
filter-language = Dil
filter-country = Ülke
filter-region = Bölge
filter-any = Tümü
filter-unread = Yalnızca okunmamışlar
filter-mine = Bana atananlar
status-bot = Botta
status-waiting = Temsilci bekliyor
status-open = Açık
status-closed = Kapalı
inbox-empty = Bu filtrelere uyan konuşma yok.
region-unreachable = { $region } bölgesine şu anda ulaşılamıyor.
waiting-minutes =
    { $minutes ->
        [one] { $minutes } dakikadır bekliyor
       *[other] { $minutes } dakikadır bekliyor
    }
unread-count =
    { $count ->
        [one] { $count } okunmamış
       *[other] { $count } okunmamış
    }
shopper-local-time = Müşterinin saati: { $time }
trigger-asked = Bir kişiyle görüşmek istedi
trigger-misses = Bot anlamadı
trigger-repeated = Aynı şeyi yeniden sordu
trigger-frustrated = Sinirli
trigger-vip = VIP müşteri
trigger-lookups = Çok fazla sipariş sorgusu
back-to-inbox = Gelen kutusuna dön
summary-heading = Devir özeti
summary-intents = Sorduğu konular
summary-mood = Ruh hâli
summary-order = Sipariş
summary-email = Yanıt için bırakılan e-posta
mood-calm = Sakin
mood-tense = Gergin
mood-upset = Sinirli
author-shopper = Müşteri
author-bot = Bot
author-agent = Temsilci
written-in = Orijinal dil: { $language }
show-original = Orijinali göster
show-translation = Çeviriyi göster
reveal = Verileri göster
revealed = Size maskesiz gösteriliyor; bu işlem denetim kaydına yazıldı.
reveal-not-allowed = Rolünüz kişisel verileri göstermeye izin vermiyor.
composer-placeholder = Yanıtınızı yazın…
composer-send = Gönder
composer-preview = Müşterinin okuyacağı metin:
composer-preview-same = Müşteri sizin dilinizde okuyor: çeviri gerekmiyor.
note-toggle = Özel not (yalnızca ekibiniz görür)
note-placeholder = Ekibiniz için bir not yazın…
note-save = Notu kaydet
note-by = Notu yazan: { $name }
shopper-typing = Müşteri yazıyor…
canned-label = Hazır yanıtlar
actions-label = Konuşma işlemleri
assigned-to = Atanan kişi: { $name }
assign-me = Bana ata
hand-back = Bota geri devret
close-conversation = Kapat
conversation-closed = Bu konuşma kapatıldı.
rating-given = Puan: 5 üzerinden { $stars }
rating-comment = Yorum: { $comment }
shortcuts = Tuşlar: j ve k gelen kutusunda gezinir, Enter açar, r yanıtlar, Esc geri döner.
assign-to = Ata…
assignee-writes = { $language } yazıyor
assignee-on-shift = vardiyada
assignee-off-shift = vardiya dışında
notify-toggle = Yeni devirler için ses ve bildirim
notify-blocked = Bu tarayıcı konsolun bildirimlerini engelliyor; yalnızca ses çalınır.
notify-title = Bir müşteri temsilci bekliyor
notify-body = { $language } yazıyor. Yanıtlamak için konsolu açın.
team-heading = Ekip
team-admins-only = Ekip sayfasını yalnızca mağazanın yöneticileri açabilir.
member-name = Ad
member-email = E-posta
member-role = Rol
member-languages = Yazdığı diller (ilki konsolunun dili)
member-regions = Gördüğü bölgeler
member-teams = Çalışma saatlerine uyduğu ekipler
member-state = Hesap
member-active = Etkin
member-invited = Davet edildi
member-disabled = Devre dışı
member-edit = Değiştir
member-revoke = Her yerden çıkış yaptır
member-disable = Devre dışı bırak
member-reinstate = Yeniden etkinleştir
member-can-reveal = Kişisel verileri gösterebilir
member-save = Değişiklikleri kaydet
member-change-heading = Kişi bilgilerini değiştir
role-admin = Yönetici
role-agent = Temsilci
invite-create-heading = Bir kişiyi davet et
invite-create = Davet bağlantısı oluştur
invite-link-made = Bu bağlantıyı davet ettiğiniz kişiye gönderin. Bağlantı 7 gün boyunca yalnızca bir kez çalışır.
audit-heading = Denetim kaydı
audit-refresh = Yeniden yükle
audit-when = Ne zaman
audit-who = Kim
audit-what = Ne
audit-target = İlgili
audit-reveal = Kişisel verileri gösterdi
audit-invite = Davet etti
audit-update = Kişi bilgilerini değiştirdi
audit-revoke = Bir kişinin her yerden çıkışını yaptırdı
audit-disable = Bir hesabı devre dışı bıraktı
audit-reinstate = Bir hesabı yeniden etkinleştirdi
canned-id = Kimlik (a-z, 0-9 ve -)
canned-title = Başlık
canned-locale = Metnin dili
canned-text = Metin
canned-variables = Temsilcinin adı için { $name }, müşterinin doğruladığı sipariş numarası için { $order } yazın.
canned-save = Metni kaydet
canned-delete = Kaldır
channel-socket = Web sohbeti, canlı bağlantı
channel-polling = Web sohbeti, yavaş ağ modu: yanıtları kısa tutun
