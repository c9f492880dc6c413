# Widget Caravan, bahasa Indonesia. Sapaan: Anda.
launcher-open = Buka chat
launcher-close = Tutup chat
header-title = { $store }
header-subtitle = Kami biasanya membalas dalam beberapa menit
empty-state = Tanyakan apa saja tentang pesanan, pengiriman, atau produk kami.
composer-placeholder = Tulis pesan…
composer-send = Kirim
author-you = Anda
author-bot = Asisten
author-agent = Tim dukungan
agent-typing = Tim dukungan sedang mengetik…
status-sending = Mengirim…
status-sent = Terkirim
status-delivered = Diterima
status-failed = Tidak terkirim
connection-connecting = Menghubungkan…
connection-offline = Anda sedang offline. Pesan Anda akan dikirim saat Anda kembali online.
connection-unavailable = Chat sedang tidak tersedia. Pesan Anda disimpan dan akan dikirim saat layanan kembali.
connection-region-unavailable = Layanan yang menyimpan percakapan Anda di wilayah Anda sedang tidak dapat dijangkau. Tidak ada yang dikirim ke tempat lain: pesan Anda menunggu di perangkat ini dan akan dikirim saat layanan kembali.
chat-unavailable = Chat sedang tidak tersedia.
messages-waiting =
    { $count ->
       *[other] { $count } pesan menunggu untuk dikirim.
    }
error-message-too-long =
    { $max ->
       *[other] Pesan ini terlalu panjang: maksimal { $max } karakter.
    }
error-generic = Terjadi kesalahan. Silakan coba lagi.
text-mode-on = Mode teks: gambar, avatar, dan animasi dimatikan untuk menghemat data.
text-mode-switch-on = Beralih ke teks saja
text-mode-switch-off = Beralih ke chat lengkap
lite-mode = Chat ringan untuk koneksi lambat: hanya teks.
lite-load-full = Muat chat lengkap
language-menu = Bahasa
translated-notice = Diterjemahkan otomatis
show-original = Lihat teks asli
show-translation = Lihat terjemahan
translation-unavailable = Tidak diterjemahkan: terjemahan sedang tidak tersedia.
privacy-menu = Privasi
privacy-run-by = Chat ini dikelola oleh { $store }.
privacy-stored = Percakapan Anda disimpan di: { $region }.
privacy-policy = Kebijakan privasi
privacy-download = Unduh percakapan saya
privacy-download-text = Teks yang mudah dibaca
privacy-download-json = Data (JSON)
privacy-delete = Hapus percakapan saya
privacy-delete-confirm = Hapus percakapan ini secara permanen? Baik Anda maupun toko tidak akan bisa memulihkannya.
privacy-delete-yes = Hapus
privacy-delete-no = Tetap simpan
privacy-deleted = Percakapan Anda telah dihapus.
region-eu = Uni Eropa
region-us = Amerika Serikat
region-sa = Amerika Selatan
region-in = India
region-apac = Asia-Pasifik
region-oc = Oseania
region-me = Timur Tengah
region-af = Afrika
