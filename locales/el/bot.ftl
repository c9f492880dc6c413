# Απαντήσεις του bot, ελληνικά. Ύφος: πληθυντικός ευγενείας.
bot-greeting = Γεια σας και ευχαριστούμε για το μήνυμά σας! Ένα μέλος της ομάδας μας θα σας απαντήσει εδώ σύντομα.
season-christmas = Καλά Χριστούγεννα!
season-lunar-new-year = Καλή Σεληνιακή Πρωτοχρονιά!
season-seollal = Καλό Seollal!
season-tet = Καλό Tết!
season-songkran = Καλό Songkran!
season-ramadan = Ραμαζάνι Καρίμ!
season-eid-al-fitr = Eid Mubarak!
season-eid-al-adha = Ευλογημένο Eid al-Adha!
season-diwali = Καλό Ντιβάλι!
template-order-shipped = Η παραγγελία σας απεστάλη. Θα λάβετε τον αριθμό παρακολούθησης με email.
template-thanks-waiting = Σας ευχαριστούμε για την αναμονή. Το ελέγχουμε τώρα για εσάς.
template-anything-else = Μπορούμε να σας βοηθήσουμε σε κάτι άλλο;
