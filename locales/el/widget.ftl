# Widget Caravan, ελληνικά. Ύφος: πληθυντικός ευγενείας.
launcher-open = Άνοιγμα συνομιλίας
launcher-close = Κλείσιμο συνομιλίας
header-title = { $store }
header-subtitle = Συνήθως απαντάμε μέσα σε λίγα λεπτά
empty-state = Ρωτήστε μας ό,τι θέλετε για την παραγγελία, την αποστολή ή τα προϊόντα μας.
composer-placeholder = Γράψτε ένα μήνυμα…
composer-send = Αποστολή
author-you = Εσείς
author-bot = Βοηθός
author-agent = Εξυπηρέτηση πελατών
agent-typing = Η εξυπηρέτηση πελατών πληκτρολογεί…
status-sending = Αποστολή…
status-sent = Στάλθηκε
status-delivered = Παραδόθηκε
status-failed = Δεν στάλθηκε
connection-connecting = Σύνδεση…
connection-offline = Είστε εκτός σύνδεσης. Τα μηνύματά σας θα σταλούν μόλις συνδεθείτε ξανά.
connection-unavailable = Η συνομιλία δεν είναι διαθέσιμη αυτή τη στιγμή. Τα μηνύματά σας φυλάσσονται και θα σταλούν όταν επανέλθει η υπηρεσία.
connection-region-unavailable = Η υπηρεσία που φυλάσσει τη συνομιλία σας στην περιοχή σας δεν είναι προσβάσιμη αυτή τη στιγμή. Τίποτα δεν στέλνεται αλλού: τα μηνύματά σας περιμένουν σε αυτή τη συσκευή και θα παραδοθούν όταν επανέλθει.
chat-unavailable = Η συνομιλία δεν είναι διαθέσιμη αυτή τη στιγμή.
messages-waiting =
    { $count ->
        [one] Ένα μήνυμα περιμένει να σταλεί.
       *[other] { $count } μηνύματα περιμένουν να σταλούν.
    }
error-message-too-long =
    { $max ->
        [one] Το μήνυμα είναι πολύ μεγάλο: έως { $max } χαρακτήρας.
       *[other] Το μήνυμα είναι πολύ μεγάλο: έως { $max } χαρακτήρες.
    }
error-generic = Κάτι πήγε στραβά. Δοκιμάστε ξανά.
text-mode-on = Λειτουργία κειμένου: εικόνες, άβαταρ και κινούμενα εφέ είναι απενεργοποιημένα για εξοικονόμηση δεδομένων.
text-mode-switch-on = Μόνο κείμενο
text-mode-switch-off = Πλήρης συνομιλία
lite-mode = Ελαφριά συνομιλία για αργές συνδέσεις: μόνο κείμενο.
lite-load-full = Φόρτωση πλήρους συνομιλίας
language-menu = Γλώσσα
translated-notice = Αυτόματη μετάφραση
show-original = Εμφάνιση πρωτοτύπου
show-translation = Εμφάνιση μετάφρασης
translation-unavailable = Χωρίς μετάφραση: η μετάφραση δεν είναι διαθέσιμη αυτή τη στιγμή.
privacy-menu = Απόρρητο
privacy-run-by = Τη συνομιλία αυτή τη διαχειρίζεται το κατάστημα { $store }.
privacy-stored = Η συνομιλία σας αποθηκεύεται σε: { $region }.
privacy-policy = Πολιτική απορρήτου
privacy-download = Λήψη της συνομιλίας μου
privacy-download-text = Αναγνώσιμο κείμενο
privacy-download-json = Δεδομένα (JSON)
privacy-delete = Διαγραφή της συνομιλίας μου
privacy-delete-confirm = Να διαγραφεί οριστικά αυτή η συνομιλία; Δεν θα μπορείτε να την ανακτήσετε ούτε εσείς ούτε το κατάστημα.
privacy-delete-yes = Διαγραφή
privacy-delete-no = Διατήρηση
privacy-deleted = Η συνομιλία σας διαγράφηκε.
region-eu = Ευρωπαϊκή Ένωση
region-us = Ηνωμένες Πολιτείες
region-sa = Νότια Αμερική
region-in = Ινδία
region-apac = Ασία-Ειρηνικός
region-oc = Ωκεανία
region-me = Μέση Ανατολή
region-af = Αφρική
