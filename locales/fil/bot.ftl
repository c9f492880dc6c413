# Mga sagot ng bot, Filipino. Antas: magalang (po/opo).
bot-greeting = Magandang araw po, at salamat sa inyong mensahe! Sasagutin po kayo rito ng isa sa aming team sa lalong madaling panahon.
season-christmas = Maligayang Pasko po!
season-lunar-new-year = Manigong Bagong Taong Lunar po!
season-seollal = Maligayang Seollal po!
season-tet = Maligayang Tết po!
season-songkran = Maligayang Songkran po!
season-ramadan = Ramadan Kareem po!
season-eid-al-fitr = Eid Mubarak po!
season-eid-al-adha = Pinagpalang Eid al-Adha po!
season-diwali = Maligayang Diwali po!
template-order-shipped = Naipadala na po ang inyong order. Matatanggap ninyo ang tracking number sa email.
template-thanks-waiting = Salamat po sa paghihintay. Sinusuri na po namin ito para sa inyo.
template-anything-else = May iba pa po ba kaming maitutulong?
