# Respuestas del bot, español de Latinoamérica. Registro: usted.
bot-greeting = ¡Hola! Gracias por su mensaje. Una persona de nuestro equipo le responderá aquí en unos momentos.
season-christmas = ¡Feliz Navidad!
season-lunar-new-year = ¡Feliz Año Nuevo Lunar!
season-seollal = ¡Feliz Seollal!
season-tet = ¡Feliz Tết!
season-songkran = ¡Feliz Songkran!
season-ramadan = ¡Ramadán Kareem!
season-eid-al-fitr = ¡Eid Mubarak!
season-eid-al-adha = ¡Feliz Eid al-Adha!
season-diwali = ¡Feliz Diwali!
template-order-shipped = Su pedido fue enviado. Recibirá el número de rastreo por correo electrónico.
template-thanks-waiting = Gracias por esperar. Lo estamos revisando en este momento.
template-anything-else = ¿Hay algo más en lo que podamos ayudarle?
