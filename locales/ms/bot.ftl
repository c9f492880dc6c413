# Balasan bot, bahasa Melayu. Sapaan: anda (sopan).
bot-greeting = Helo, terima kasih atas mesej anda! Ahli pasukan kami akan membalas di sini sebentar lagi.
season-christmas = Selamat Hari Krismas!
season-lunar-new-year = Selamat Tahun Baru Cina!
season-seollal = Selamat Seollal!
season-tet = Selamat Tahun Baru Tết!
season-songkran = Selamat Hari Songkran!
season-ramadan = Salam Ramadan!
season-eid-al-fitr = Selamat Hari Raya Aidilfitri, maaf zahir dan batin!
season-eid-al-adha = Selamat Hari Raya Aidiladha!
season-diwali = Selamat Hari Deepavali!
template-order-shipped = Pesanan anda telah dihantar. Anda akan menerima nombor penjejakan melalui e-mel.
template-thanks-waiting = Terima kasih kerana menunggu. Kami sedang menyemaknya untuk anda sekarang.
template-anything-else = Adakah apa-apa lagi yang boleh kami bantu?
