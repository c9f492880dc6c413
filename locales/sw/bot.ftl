# Majibu ya roboti, Kiswahili. Mtindo: wa heshima.
bot-greeting = Habari, na asante kwa ujumbe wako! Mmoja wa timu yetu atakujibu hapa hivi punde.
season-christmas = Heri ya Krismasi!
season-lunar-new-year = Heri ya Mwaka Mpya wa Kichina!
season-seollal = Heri ya Seollal!
season-tet = Heri ya Tết!
season-songkran = Heri ya Songkran!
season-ramadan = Ramadhani Karim!
season-eid-al-fitr = Eid Mubarak! Heri ya Idd el-Fitr!
season-eid-al-adha = Heri ya Idd el-Hajj!
season-diwali = Heri ya Diwali!
template-order-shipped = Agizo lako limesafirishwa. Utapokea namba ya ufuatiliaji kwa barua pepe.
template-thanks-waiting = Asante kwa kusubiri. Tunalishughulikia kwa ajili yako sasa hivi.
template-anything-else = Je, kuna jambo lingine tunaloweza kukusaidia?
