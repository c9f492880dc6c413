# Réponses du bot, français. Registre : vouvoiement.
bot-greeting = Bonjour, et merci pour votre message ! Un membre de notre équipe vous répondra ici très bientôt.
season-christmas = Joyeux Noël !
season-lunar-new-year = Bonne année lunaire !
season-seollal = Joyeux Seollal !
season-tet = Joyeux Tết !
season-songkran = Joyeux Songkran !
season-ramadan = Ramadan Kareem !
season-eid-al-fitr = Aïd Moubarak !
season-eid-al-adha = Bonne fête de l’Aïd al-Adha !
season-diwali = Joyeux Diwali !
template-order-shipped = Votre commande a été expédiée. Vous recevrez le numéro de suivi par e-mail.
template-thanks-waiting = Merci de votre patience. Nous vérifions cela pour vous dès maintenant.
template-anything-else = Pouvons-nous vous aider pour autre chose ?
