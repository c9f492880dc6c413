# Widget ng Caravan, Filipino. Antas: magalang (po/opo).
launcher-open = Buksan ang chat
launcher-close = Isara ang chat
header-title = { $store }
header-subtitle = Karaniwan kaming sumasagot sa loob ng ilang minuto
empty-state = Magtanong po kayo tungkol sa inyong order, pagpapadala, o aming mga produkto.
composer-placeholder = Sumulat ng mensahe…
composer-send = Ipadala
author-you = Kayo
author-bot = Katulong
author-agent = Support team
agent-typing = Nagta-type ang support team…
status-sending = Ipinapadala…
status-sent = Naipadala
status-delivered = Natanggap
status-failed = Hindi naipadala
connection-connecting = Kumokonekta…
connection-offline = Offline po kayo. Ipapadala ang inyong mga mensahe kapag online na kayo ulit.
connection-unavailable = Hindi available ang chat sa ngayon. Nakatago ang inyong mga mensahe at ipapadala kapag bumalik ang serbisyo.
connection-region-unavailable = Hindi maabot ngayon ang serbisyong nag-iingat ng inyong usapan sa inyong rehiyon. Walang ipinapadala sa ibang lugar: naghihintay ang inyong mga mensahe sa device na ito at maihahatid kapag bumalik ito.
chat-unavailable = Hindi available ang chat sa ngayon.
messages-waiting =
    { $count ->
        [one] May { $count } mensaheng naghihintay maipadala.
       *[other] May { $count } na mensaheng naghihintay maipadala.
    }
error-message-too-long =
    { $max ->
        [one] Masyadong mahaba ang mensaheng ito: hanggang { $max } character lang.
       *[other] Masyadong mahaba ang mensaheng ito: hanggang { $max } na character lang.
    }
error-generic = May nangyaring mali. Pakisubukan ulit.
text-mode-on = Text mode: naka-off ang mga larawan, avatar at animation para makatipid ng data.
text-mode-switch-on = Lumipat sa text lang
text-mode-switch-off = Lumipat sa buong chat
lite-mode = Magaan na chat para sa mabagal na koneksyon: text lang.
lite-load-full = I-load ang buong chat
language-menu = Wika
translated-notice = Awtomatikong isinalin
show-original = Ipakita ang orihinal
show-translation = Ipakita ang salin
translation-unavailable = Hindi naisalin: hindi available ang pagsasalin sa ngayon.
privacy-menu = Privacy
privacy-run-by = Ang chat na ito ay pinapatakbo ng { $store }.
privacy-stored = Nakaimbak ang inyong usapan sa: { $region }.
privacy-policy = Patakaran sa privacy
privacy-download = I-download ang aking usapan
privacy-download-text = Nababasang text
privacy-download-json = Data (JSON)
privacy-delete = Burahin ang aking usapan
privacy-delete-confirm = Buburahin na po ba nang tuluyan ang usapang ito? Hindi na ito maibabalik ninyo o ng tindahan.
privacy-delete-yes = Burahin
privacy-delete-no = Huwag burahin
privacy-deleted = Nabura na po ang inyong usapan.
region-eu = Unyong Europeo
region-us = Estados Unidos
region-sa = Timog Amerika
region-in = India
region-apac = Asya-Pasipiko
region-oc = Oceania
region-me = Gitnang Silangan
region-af = Aprika
