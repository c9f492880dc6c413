# Balasan bot, bahasa Indonesia. Sapaan: Anda.
bot-greeting = Halo, terima kasih atas pesan Anda! Anggota tim kami akan segera membalas di sini.
season-christmas = Selamat Natal!
season-lunar-new-year = Selamat Tahun Baru Imlek!
season-seollal = Selamat Seollal!
season-tet = Selamat Tahun Baru Tết!
season-songkran = Selamat Songkran!
season-ramadan = Selamat menunaikan ibadah puasa Ramadan!
season-eid-al-fitr = Selamat Idulfitri, mohon maaf lahir dan batin!
season-eid-al-adha = Selamat Iduladha!
season-diwali = Selamat Hari Diwali!
template-order-shipped = Pesanan Anda sudah dikirim. Nomor resi akan kami kirimkan melalui email.
template-thanks-waiting = Terima kasih sudah menunggu. Kami sedang memeriksanya untuk Anda sekarang.
template-anything-else = Apakah ada hal lain yang bisa kami bantu?
