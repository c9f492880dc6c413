# Widget Caravan, français. Registre : vouvoiement.
launcher-open = Ouvrir le chat
launcher-close = Fermer le chat
header-title = { $store }
header-subtitle = Nous répondons généralement en quelques minutes
empty-state = Posez-nous vos questions sur votre commande, la livraison ou nos produits.
composer-placeholder = Écrivez un message…
composer-send = Envoyer
author-you = Vous
author-bot = Assistant
author-agent = Service client
agent-typing = Le service client est en train d’écrire…
status-sending = Envoi…
status-sent = Envoyé
status-delivered = Remis
status-failed = Non envoyé
connection-connecting = Connexion…
connection-offline = Vous êtes hors ligne. Vos messages seront envoyés dès votre retour en ligne.
connection-unavailable = Le chat est indisponible pour le moment. Vos messages sont conservés et seront envoyés dès le retour du service.
connection-region-unavailable = Le service qui conserve votre conversation dans votre région est injoignable pour le moment. Rien n’est envoyé ailleurs : vos messages attendent sur cet appareil et seront remis dès son retour.
chat-unavailable = Le chat est indisponible pour le moment.
messages-waiting =
    { $count ->
        [one] { $count } message en attente d’envoi.
       *[other] { $count } messages en attente d’envoi.
    }
error-message-too-long =
    { $max ->
        [one] Ce message est trop long : { $max } caractère au maximum.
       *[other] Ce message est trop long : { $max } caractères au maximum.
    }
error-generic = Une erreur s’est produite. Veuillez réessayer.
text-mode-on = Mode texte : images, avatars et animations désactivés pour économiser les données.
text-mode-switch-on = Passer au texte seul
text-mode-switch-off = Passer au chat complet
lite-mode = Chat léger pour connexions lentes : texte seul.
lite-load-full = Charger le chat complet
language-menu = Langue
translated-notice = Traduit automatiquement
show-original = Voir l’original
show-translation = Voir la traduction
translation-unavailable = Non traduit : la traduction est indisponible pour le moment.
privacy-menu = Confidentialité
privacy-run-by = Ce chat est géré par { $store }.
privacy-stored = Lieu de stockage de votre conversation : { $region }.
privacy-policy = Politique de confidentialité
privacy-download = Télécharger ma conversation
privacy-download-text = Texte lisible
privacy-download-json = Données (JSON)
privacy-delete = Supprimer ma conversation
privacy-delete-confirm = Supprimer définitivement cette conversation ? Ni vous ni la boutique ne pourrez la récupérer.
privacy-delete-yes = Supprimer
privacy-delete-no = Conserver
privacy-deleted = Votre conversation a été supprimée.
region-eu = Union européenne
region-us = États-Unis
region-sa = Amérique du Sud
region-in = Inde
region-apac = Asie-Pacifique
region-oc = Océanie
region-me = Moyen-Orient
region-af = Afrique
