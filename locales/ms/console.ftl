# Konsol ejen Caravan, bahasa Melayu. Sapaan: anda (sopan). Mesej dan pemboleh ubah yang sama
# seperti locales/en/console.ftl (disemak oleh core/tests/locales_complete.rs).
# Ejen membaca teks ini sepanjang hari: ringkas, jelas, gaya alat kerja.
console-title = Konsol Caravan
title-unread =
    { $count ->
       *[other] ({ $count }) Konsol Caravan
    }
store-label = Kedai
login-heading = Log masuk
login-email = E-mel
login-password = Kata laluan
login-submit = Log masuk
login-failed = E-mel atau kata laluan salah.
login-limited = Terlalu banyak percubaan. Sila cuba lagi dalam beberapa minit.
invite-heading = Selamat datang, { $name }
invite-explain = Pilih kata laluan untuk { $email }: sekurang-kurangnya 12 aksara.
invite-submit = Tetapkan kata laluan dan log masuk
invite-gone = Pautan jemputan ini telah tamat tempoh atau sudah digunakan. Minta pautan baharu daripada pentadbir anda.
password-too-short = Kata laluan memerlukan sekurang-kurangnya 12 aksara.
sign-out = Log keluar
ui-language = Bahasa konsol
error-network = Pelayan tidak dapat dihubungi. Mencuba lagi…
error-other = Berlaku ralat: { $detail }
inbox-heading = Peti masuk
filter-status = Status
filter-language = Bahasa
filter-country = Negara
filter-region = Rantau
filter-any = Semua
filter-unread = Belum dibaca sahaja
filter-mine = Ditugaskan kepada saya
status-bot = Dengan bot
status-waiting = Menunggu ejen
status-open = Dibuka
status-closed = Ditutup
inbox-empty = Tiada perbualan yang sepadan dengan penapis ini.
region-unreachable = Rantau { $region } tidak dapat dihubungi sekarang.
waiting-minutes =
    { $minutes ->
       *[other] Menunggu { $minutes } minit
    }
unread-count =
    { $count ->
       *[other] { $count } belum dibaca
    }
shopper-local-time = Waktu pembeli: { $time }
trigger-asked = Meminta untuk bercakap dengan orang
trigger-misses = Bot tidak faham
trigger-repeated = Bertanya perkara yang sama lagi
trigger-frustrated = Kecewa
trigger-vip = Pelanggan VIP
trigger-lookups = Terlalu banyak semakan pesanan
back-to-inbox = Kembali ke peti masuk
summary-heading = Ringkasan serahan
summary-intents = Bertanya tentang
summary-mood = Emosi
summary-order = Pesanan
summary-email = E-mel untuk jawapan
mood-calm = Tenang
mood-tense = Tegang
mood-upset = Kecewa
author-shopper = Pembeli
author-bot = Bot
author-agent = Ejen
written-in = Bahasa asal: { $language }
show-original = Tunjukkan teks asal
show-translation = Tunjukkan terjemahan
reveal = Tunjukkan data
revealed = Ditunjukkan tanpa penyamaran kepada anda; tindakan ini telah direkodkan dalam log audit.
reveal-not-allowed = Peranan anda tidak dibenarkan mendedahkan data peribadi.
composer-placeholder = Tulis balasan anda…
composer-send = Hantar
composer-preview = Pembeli akan membaca:
composer-preview-same = Pembeli membaca bahasa anda: terjemahan tidak diperlukan.
note-toggle = Nota peribadi (hanya pasukan anda yang dapat melihatnya)
note-placeholder = Tulis nota untuk pasukan anda…
note-save = Simpan nota
note-by = Nota daripada { $name }
shopper-typing = Pembeli sedang menaip…
canned-label = Balasan pantas
actions-label = Tindakan perbualan
assigned-to = Ditugaskan kepada { $name }
assign-me = Tugaskan kepada saya
hand-back = Serahkan semula kepada bot
close-conversation = Tutup
conversation-closed = Perbualan ini telah ditutup.
rating-given = Penilaian: { $stars } daripada 5
rating-comment = Ulasan: { $comment }
shortcuts = Kekunci: j dan k untuk bergerak dalam peti masuk, Enter untuk membuka, r untuk membalas, Esc untuk kembali.
