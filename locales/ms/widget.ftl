# Widget Caravan, bahasa Melayu. Sapaan: anda (sopan).
launcher-open = Buka sembang
launcher-close = Tutup sembang
header-title = { $store }
header-subtitle = Kami biasanya membalas dalam beberapa minit
empty-state = Tanyalah kami apa sahaja tentang pesanan, penghantaran atau produk kami.
composer-placeholder = Tulis mesej…
composer-send = Hantar
author-you = Anda
author-bot = Pembantu
author-agent = Pasukan sokongan
agent-typing = Pasukan sokongan sedang menaip…
status-sending = Sedang dihantar…
status-sent = Dihantar
status-delivered = Diterima
status-failed = Tidak dihantar
connection-connecting = Menyambung…
connection-offline = Anda di luar talian. Mesej anda akan dihantar apabila anda kembali dalam talian.
connection-unavailable = Sembang tidak tersedia buat masa ini. Mesej anda disimpan dan akan dihantar apabila perkhidmatan kembali.
connection-region-unavailable = Perkhidmatan yang menyimpan perbualan anda di rantau anda tidak dapat dihubungi sekarang. Tiada apa-apa dihantar ke tempat lain: mesej anda menunggu pada peranti ini dan akan dihantar apabila perkhidmatan kembali.
chat-unavailable = Sembang tidak tersedia buat masa ini.
messages-waiting =
    { $count ->
       *[other] { $count } mesej menunggu untuk dihantar.
    }
error-message-too-long =
    { $max ->
       *[other] Mesej ini terlalu panjang: maksimum { $max } aksara.
    }
error-generic = Sesuatu tidak kena. Sila cuba lagi.
text-mode-on = Mod teks: imej, avatar dan animasi dimatikan untuk menjimatkan data.
text-mode-switch-on = Tukar kepada teks sahaja
text-mode-switch-off = Tukar kepada sembang penuh
lite-mode = Sembang ringan untuk sambungan perlahan: teks sahaja.
lite-load-full = Muatkan sembang penuh
language-menu = Bahasa
translated-notice = Diterjemahkan secara automatik
show-original = Lihat teks asal
show-translation = Lihat terjemahan
translation-unavailable = Tidak diterjemahkan: terjemahan tidak tersedia buat masa ini.
privacy-menu = Privasi
privacy-run-by = Sembang ini dikendalikan oleh { $store }.
privacy-stored = Perbualan anda disimpan di: { $region }.
privacy-policy = Dasar privasi
privacy-download = Muat turun perbualan saya
privacy-download-text = Teks boleh dibaca
privacy-download-json = Data (JSON)
privacy-delete = Padam perbualan saya
privacy-delete-confirm = Padam perbualan ini secara kekal? Baik anda mahupun kedai tidak akan dapat memulihkannya.
privacy-delete-yes = Padam
privacy-delete-no = Kekalkan
privacy-deleted = Perbualan anda telah dipadam.
region-eu = Kesatuan Eropah
region-us = Amerika Syarikat
region-sa = Amerika Selatan
region-in = India
region-apac = Asia Pasifik
region-oc = Oceania
region-me = Timur Tengah
region-af = Afrika
