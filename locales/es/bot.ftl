# Respuestas del bot, español (España). Registro: usted.
bot-greeting = ¡Hola! Gracias por su mensaje. Una persona de nuestro equipo le responderá aquí en breve.
season-christmas = ¡Feliz Navidad!
season-lunar-new-year = ¡Feliz Año Nuevo Lunar!
season-seollal = ¡Feliz Seollal!
season-tet = ¡Feliz Tết!
season-songkran = ¡Feliz Songkran!
season-ramadan = ¡Ramadán Kareem!
season-eid-al-fitr = ¡Eid Mubarak!
season-eid-al-adha = ¡Feliz Eid al-Adha!
season-diwali = ¡Feliz Diwali!
template-order-shipped = Su pedido ha sido enviado. Recibirá el número de seguimiento por correo electrónico.
template-thanks-waiting = Gracias por esperar. Lo estamos comprobando ahora mismo.
template-anything-else = ¿Podemos ayudarle en algo más?
