# Konsol agen Caravan, bahasa Indonesia. Sapaan: Anda. Pesan dan variabel sama dengan
# locales/en/console.ftl (diperiksa oleh core/tests/locales_complete.rs).
# Agen membaca teks ini sepanjang hari: singkat, jelas, gaya alat kerja.
console-title = Konsol Caravan
title-unread =
    { $count ->
       *[other] ({ $count }) Konsol Caravan
    }
store-label = Toko
login-heading = Masuk
login-email = Email
login-password = Kata sandi
login-submit = Masuk
login-failed = Email atau kata sandi salah.
login-limited = Terlalu banyak percobaan. Silakan coba lagi dalam beberapa menit.
invite-heading = Selamat datang, { $name }
invite-explain = Pilih kata sandi untuk { $email }: minimal 12 karakter.
invite-submit = Atur kata sandi dan masuk
invite-gone = Tautan undangan ini sudah kedaluwarsa atau sudah dipakai. Mintalah tautan baru kepada admin Anda.
password-too-short = Kata sandi harus terdiri dari minimal 12 karakter.
sign-out = Keluar
ui-language = Bahasa konsol
error-network = Server tidak dapat dijangkau. Mencoba lagi…
error-other = Terjadi kesalahan: { $detail }
inbox-heading = Kotak masuk
filter-status = Status
filter-language = Bahasa
filter-country = Negara
filter-region = Wilayah
filter-any = Semua
filter-unread = Hanya yang belum dibaca
filter-mine = Ditugaskan kepada saya
status-bot = Ditangani bot
status-waiting = Menunggu petugas
status-open = Terbuka
status-closed = Ditutup
inbox-empty = Tidak ada percakapan yang cocok dengan filter ini.
region-unreachable = Wilayah { $region } tidak dapat dijangkau saat ini.
waiting-minutes =
    { $minutes ->
       *[other] Menunggu { $minutes } menit
    }
unread-count =
    { $count ->
       *[other] { $count } belum dibaca
    }
shopper-local-time = Waktu pembeli: { $time }
trigger-asked = Meminta bicara dengan petugas
trigger-misses = Bot tidak memahami
trigger-repeated = Menanyakan hal yang sama lagi
trigger-frustrated = Kesal
trigger-vip = Pelanggan VIP
trigger-lookups = Terlalu banyak pencarian pesanan
back-to-inbox = Kembali ke kotak masuk
summary-heading = Ringkasan pengalihan
summary-intents = Menanyakan tentang
summary-mood = Suasana hati
summary-order = Pesanan
summary-email = Email untuk jawaban
mood-calm = Tenang
mood-tense = Tegang
mood-upset = Kesal
author-shopper = Pembeli
author-bot = Bot
author-agent = Agen
written-in = Bahasa asli: { $language }
show-original = Tampilkan teks asli
show-translation = Tampilkan terjemahan
reveal = Tampilkan data
revealed = Ditampilkan tanpa penyamaran untuk Anda; tindakan ini telah dicatat di log audit.
reveal-not-allowed = Peran Anda tidak diizinkan menampilkan data pribadi.
composer-placeholder = Tulis balasan Anda…
composer-send = Kirim
composer-preview = Pembeli akan membaca:
composer-preview-same = Pembeli membaca bahasa Anda: tidak perlu terjemahan.
note-toggle = Catatan pribadi (hanya tim Anda yang dapat melihatnya)
note-placeholder = Tulis catatan untuk tim Anda…
note-save = Simpan catatan
note-by = Catatan dari { $name }
shopper-typing = Pembeli sedang mengetik…
canned-label = Balasan cepat
actions-label = Tindakan percakapan
assigned-to = Ditugaskan kepada { $name }
assign-me = Tugaskan kepada saya
hand-back = Kembalikan ke bot
close-conversation = Tutup
conversation-closed = Percakapan ini sudah ditutup.
rating-given = Penilaian: { $stars } dari 5
rating-comment = Komentar: { $comment }
shortcuts = Tombol: j dan k untuk berpindah di kotak masuk, Enter untuk membuka, r untuk membalas, Esc untuk kembali.
