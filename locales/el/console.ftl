# Κονσόλα εκπροσώπων Caravan, ελληνικά. Ύφος: πληθυντικός ευγενείας. Ίδια μηνύματα και
# μεταβλητές με το locales/en/console.ftl (ελέγχεται από το core/tests/locales_complete.rs).
# Οι εκπρόσωποι διαβάζουν αυτά τα κείμενα όλη μέρα: σύντομα, απλά, ύφος εργαλείου δουλειάς.
console-title = Κονσόλα Caravan
title-unread =
    { $count ->
        [one] ({ $count }) Κονσόλα Caravan
       *[other] ({ $count }) Κονσόλα Caravan
    }
store-label = Κατάστημα
login-heading = Σύνδεση
login-email = Email
login-password = Κωδικός πρόσβασης
login-submit = Σύνδεση
login-failed = Το email ή ο κωδικός πρόσβασης είναι λάθος.
login-limited = Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε λίγα λεπτά.
invite-heading = Καλώς ήρθατε, { $name }
invite-explain = Επιλέξτε κωδικό πρόσβασης για το { $email }: τουλάχιστον 12 χαρακτήρες.
invite-submit = Ορισμός κωδικού και σύνδεση
invite-gone = Αυτός ο σύνδεσμος πρόσκλησης έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Ζητήστε νέο από τον διαχειριστή σας.
password-too-short = Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 12 χαρακτήρες.
sign-out = Αποσύνδεση
ui-language = Γλώσσα κονσόλας
error-network = Ο διακομιστής δεν είναι προσβάσιμος. Νέα προσπάθεια…
error-other = Κάτι πήγε στραβά: { $detail }
inbox-heading = Εισερχόμενα
filter-status = Κατάσταση
filter-language = Γλώσσα
filter-country = Χώρα
filter-region = Περιοχή
filter-any = Όλα
filter-unread = Μόνο μη αναγνωσμένες
filter-mine = Ανατεθειμένες σε εμένα
status-bot = Στο bot
status-waiting = Αναμονή για εκπρόσωπο
status-open = Ανοιχτή
status-closed = Κλειστή
inbox-empty = Καμία συνομιλία δεν ταιριάζει με αυτά τα φίλτρα.
region-unreachable = Η περιοχή { $region } δεν είναι προσβάσιμη αυτή τη στιγμή.
waiting-minutes =
    { $minutes ->
        [one] Σε αναμονή { $minutes } λεπτό
       *[other] Σε αναμονή { $minutes } λεπτά
    }
unread-count =
    { $count ->
        [one] { $count } μη αναγνωσμένο
       *[other] { $count } μη αναγνωσμένα
    }
shopper-local-time = Ώρα πελάτη: { $time }
trigger-asked = Ζήτησε άνθρωπο
trigger-misses = Το bot δεν κατάλαβε
trigger-repeated = Ρώτησε ξανά το ίδιο
trigger-frustrated = Αναστατωμένος πελάτης
trigger-vip = Πελάτης VIP
trigger-lookups = Πάρα πολλές αναζητήσεις παραγγελιών
back-to-inbox = Πίσω στα εισερχόμενα
summary-heading = Σύνοψη μεταβίβασης
summary-intents = Ρώτησε για
summary-mood = Διάθεση
summary-order = Παραγγελία
summary-email = Email για την απάντηση
mood-calm = Ήρεμη
mood-tense = Τεταμένη
mood-upset = Αναστατωμένη
author-shopper = Πελάτης
author-bot = Bot
author-agent = Εκπρόσωπος
written-in = Γλώσσα πρωτοτύπου: { $language }
show-original = Εμφάνιση πρωτοτύπου
show-translation = Εμφάνιση μετάφρασης
reveal = Εμφάνιση δεδομένων
revealed = Εμφανίζεται σε εσάς χωρίς απόκρυψη· η ενέργεια καταγράφηκε στο αρχείο ελέγχου.
reveal-not-allowed = Ο ρόλος σας δεν επιτρέπει την εμφάνιση προσωπικών δεδομένων.
composer-placeholder = Γράψτε την απάντησή σας…
composer-send = Αποστολή
composer-preview = Ο πελάτης θα διαβάσει:
composer-preview-same = Ο πελάτης διαβάζει τη γλώσσα σας: δεν χρειάζεται μετάφραση.
note-toggle = Ιδιωτική σημείωση (τη βλέπει μόνο η ομάδα σας)
note-placeholder = Γράψτε μια σημείωση για την ομάδα σας…
note-save = Αποθήκευση σημείωσης
note-by = Σημείωση από: { $name }
shopper-typing = Ο πελάτης πληκτρολογεί…
canned-label = Έτοιμες απαντήσεις
actions-label = Ενέργειες συνομιλίας
assigned-to = Ανατέθηκε σε: { $name }
assign-me = Ανάθεση σε εμένα
hand-back = Επιστροφή στο bot
close-conversation = Κλείσιμο
conversation-closed = Αυτή η συνομιλία έχει κλείσει.
rating-given = Βαθμολογία: { $stars } στα 5
rating-comment = Σχόλιο: { $comment }
shortcuts = Πλήκτρα: j και k για μετακίνηση στα εισερχόμενα, Enter για άνοιγμα, r για απάντηση, Esc για επιστροφή.
assign-to = Ανάθεση σε…
assignee-writes = γράφει { $language }
assignee-on-shift = σε βάρδια
assignee-off-shift = εκτός βάρδιας
notify-toggle = Ήχος και ειδοποίηση για νέες μεταβιβάσεις
notify-blocked = Αυτό το πρόγραμμα περιήγησης μπλοκάρει τις ειδοποιήσεις της κονσόλας· ακούγεται μόνο ο ήχος.
notify-title = Ένας πελάτης περιμένει εκπρόσωπο
notify-body = Γράφει στα { $language }. Ανοίξτε την κονσόλα για να απαντήσετε.
team-heading = Ομάδα
team-admins-only = Μόνο οι διαχειριστές του καταστήματος μπορούν να ανοίξουν τη σελίδα της ομάδας.
member-name = Όνομα
member-email = Email
member-role = Ρόλος
member-languages = Γλώσσες γραφής (η πρώτη είναι η γλώσσα της κονσόλας του ατόμου)
member-regions = Περιοχές που βλέπει
member-teams = Ομάδες των οποίων το ωράριο ακολουθεί
member-state = Λογαριασμός
member-active = Ενεργός
member-invited = Με πρόσκληση
member-disabled = Απενεργοποιημένος
member-edit = Αλλαγή
member-revoke = Αποσύνδεση παντού
member-disable = Απενεργοποίηση
member-reinstate = Επανενεργοποίηση
member-can-reveal = Επιτρέπεται η εμφάνιση προσωπικών δεδομένων
member-save = Αποθήκευση αλλαγών
member-change-heading = Αλλαγή στοιχείων ατόμου
role-admin = Διαχειριστής
role-agent = Εκπρόσωπος
invite-create-heading = Πρόσκληση ατόμου
invite-create = Δημιουργία συνδέσμου πρόσκλησης
invite-link-made = Στείλτε αυτόν τον σύνδεσμο στο άτομο που προσκαλέσατε. Λειτουργεί μία φορά, για 7 ημέρες.
audit-heading = Αρχείο ελέγχου
audit-refresh = Ανανέωση
audit-when = Πότε
audit-who = Ποιος
audit-what = Τι
audit-target = Αφορά
audit-reveal = Εμφάνιση προσωπικών δεδομένων
audit-invite = Πρόσκληση
audit-update = Αλλαγή στοιχείων ατόμου
audit-revoke = Αποσύνδεση ατόμου παντού
audit-disable = Απενεργοποίηση λογαριασμού
audit-reinstate = Επανενεργοποίηση λογαριασμού
canned-id = Αναγνωριστικό (a-z, 0-9 και -)
canned-title = Τίτλος
canned-locale = Γλώσσα του κειμένου
canned-text = Κείμενο
canned-variables = Γράψτε { $name } για το όνομα του εκπροσώπου και { $order } για τον αριθμό παραγγελίας που επαλήθευσε ο πελάτης.
canned-save = Αποθήκευση κειμένου
canned-delete = Αφαίρεση
channel-socket = Συνομιλία web, ζωντανή σύνδεση
channel-polling = Συνομιλία web, λειτουργία αργού δικτύου: κρατήστε τις απαντήσεις σύντομες
