# Botin vastaukset, suomi. Puhuttelu: neutraali ja kohtelias.
bot-greeting = Hei, ja kiitos viestistäsi! Joku tiimistämme vastaa tässä pian.
season-christmas = Hyvää joulua!
season-lunar-new-year = Hyvää kuun uutta vuotta!
season-seollal = Hyvää Seollalia!
season-tet = Hyvää Tết-juhlaa!
season-songkran = Hyvää Songkrania!
season-ramadan = Ramadan Kareem!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Siunattua Eid al-Adhaa!
season-diwali = Hyvää Diwalia!
template-order-shipped = Tilauksesi on lähetetty. Saat seurantanumeron sähköpostitse.
template-thanks-waiting = Kiitos odottamisesta. Tarkistamme asiaa parhaillaan.
template-anything-else = Voimmeko auttaa vielä jossakin muussa?
