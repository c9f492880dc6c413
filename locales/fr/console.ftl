# Console agent Caravan, français. Registre : vouvoiement. Mêmes messages et variables que
# locales/en/console.ftl (vérifié par core/tests/locales_complete.rs).
# Les agents lisent ces textes toute la journée : courts, simples, ton d’un outil de travail.
console-title = Console Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Console Caravan
       *[other] ({ $count }) Console Caravan
    }
store-label = Boutique
login-heading = Connexion
login-email = E-mail
login-password = Mot de passe
login-submit = Se connecter
login-failed = L’e-mail ou le mot de passe est incorrect.
login-limited = Trop de tentatives. Réessayez dans quelques minutes.
invite-heading = Bienvenue, { $name }
invite-explain = Choisissez un mot de passe pour { $email } : au moins 12 caractères.
invite-submit = Définir le mot de passe et se connecter
invite-gone = Ce lien d’invitation a expiré ou a déjà été utilisé. Demandez-en un nouveau à votre administrateur.
password-too-short = Le mot de passe doit comporter au moins 12 caractères.
sign-out = Se déconnecter
ui-language = Langue de la console
error-network = Le serveur est injoignable. Nouvelle tentative…
error-other = Une erreur s’est produite : { $detail }
inbox-heading = Boîte de réception
filter-status = Statut
filter-language = Langue
filter-country = Pays
filter-region = Région
filter-any = Tous
filter-unread = Non lues uniquement
filter-mine = Assignées à moi
status-bot = Avec le bot
status-waiting = En attente d’une personne
status-open = Ouverte
status-closed = Fermée
inbox-empty = Aucune conversation ne correspond à ces filtres.
region-unreachable = La région { $region } est injoignable pour le moment.
waiting-minutes =
    { $minutes ->
        [one] En attente depuis { $minutes } minute
       *[other] En attente depuis { $minutes } minutes
    }
unread-count =
    { $count ->
        [one] { $count } non lu
       *[other] { $count } non lus
    }
shopper-local-time = Heure du client : { $time }
trigger-asked = A demandé à parler à quelqu’un
trigger-misses = Le bot n’a pas compris
trigger-repeated = A reposé la même question
trigger-frustrated = Mécontent
trigger-vip = Client VIP
trigger-lookups = Trop de recherches de commande
back-to-inbox = Retour à la boîte de réception
summary-heading = Résumé du transfert
summary-intents = Sujets abordés
summary-mood = Humeur
summary-order = Commande
summary-email = E-mail laissé pour la réponse
mood-calm = Calme
mood-tense = Tendu
mood-upset = Mécontent
author-shopper = Client
author-bot = Bot
author-agent = Agent
written-in = Langue d’origine : { $language }
show-original = Afficher l’original
show-translation = Afficher la traduction
reveal = Afficher en clair
revealed = Affiché en clair pour vous ; cet accès a été consigné dans le journal d’audit.
reveal-not-allowed = Votre rôle ne permet pas d’afficher les données personnelles en clair.
composer-placeholder = Rédigez votre réponse…
composer-send = Envoyer
composer-preview = Le client lira :
composer-preview-same = Le client lit votre langue : aucune traduction nécessaire.
note-toggle = Note privée (visible uniquement par votre équipe)
note-placeholder = Rédigez une note pour votre équipe…
note-save = Enregistrer la note
note-by = Note de { $name }
shopper-typing = Le client est en train d’écrire…
canned-label = Réponses prédéfinies
actions-label = Actions sur la conversation
assigned-to = Assignée à { $name }
assign-me = M’assigner
hand-back = Rendre la main au bot
close-conversation = Fermer
conversation-closed = Cette conversation est fermée.
rating-given = Note : { $stars } sur 5
rating-comment = Commentaire : { $comment }
shortcuts = Touches : j et k parcourent la boîte de réception, Enter ouvre, r répond, Esc revient en arrière.
assign-to = Assigner à…
assignee-writes = écrit en { $language }
assignee-on-shift = en service
assignee-off-shift = hors service
notify-toggle = Son et notification pour les nouveaux transferts
notify-blocked = Ce navigateur bloque les notifications de la console ; seul le son est joué.
notify-title = Un client attend une personne
notify-body = Écrit en { $language }. Ouvrez la console pour répondre.
team-heading = Équipe
team-admins-only = Seuls les administrateurs de la boutique peuvent ouvrir la page de l’équipe.
member-name = Nom
member-email = E-mail
member-role = Rôle
member-languages = Langues dans lesquelles la personne écrit (la première est celle de sa console)
member-regions = Régions visibles par la personne
member-teams = Équipes dont la personne suit les horaires
member-state = Compte
member-active = Actif
member-invited = Invité
member-disabled = Désactivé
member-edit = Modifier
member-revoke = Déconnecter partout
member-disable = Désactiver
member-reinstate = Réactiver
member-can-reveal = Peut afficher les données personnelles en clair
member-save = Enregistrer les modifications
member-change-heading = Modifier une personne
role-admin = Administrateur
role-agent = Agent
invite-create-heading = Inviter une personne
invite-create = Créer un lien d’invitation
invite-link-made = Envoyez ce lien à la personne invitée. Il ne fonctionne qu’une fois, pendant 7 jours.
audit-heading = Journal d’audit
audit-refresh = Actualiser
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-target = Concerne
audit-reveal = Affichage en clair de données personnelles
audit-invite = Invitation
audit-update = Modification d’une personne
audit-revoke = Déconnexion d’une personne partout
audit-disable = Désactivation d’un compte
audit-reinstate = Réactivation d’un compte
canned-id = Identifiant (a-z, 0-9 et -)
canned-title = Titre
canned-locale = Langue du texte
canned-text = Texte
canned-variables = Écrivez { $name } pour le nom de l’agent et { $order } pour le numéro de commande vérifié par le client.
canned-save = Enregistrer le texte
canned-delete = Supprimer
channel-socket = Chat web, connexion en direct
channel-polling = Chat web, mode réseau lent : répondez brièvement
