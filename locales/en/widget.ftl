# Caravan widget, English (source locale). Every other locale must have exactly these
# messages with the same variables. Numbers in { $count } and { $max } are formatted by
# the browser for the locale; plural variants use CLDR categories (zero one two few many
# other), and every selector needs a default *[other].
launcher-open = Open chat
launcher-close = Close chat
header-title = { $store }
header-subtitle = We usually reply within a few minutes
empty-state = Ask us anything about your order, shipping or our products.
composer-placeholder = Write a message…
composer-send = Send
author-you = You
author-bot = Assistant
author-agent = Support team
agent-typing = The support team is typing…
status-sending = Sending…
status-sent = Sent
status-delivered = Delivered
status-failed = Not sent
connection-connecting = Connecting…
connection-offline = You are offline. Your messages will be sent when you are back online.
connection-unavailable = Chat is unavailable right now. Your messages are kept and will be sent when the service is back.
connection-region-unavailable = The service that keeps your conversation in your region cannot be reached right now. Nothing is sent elsewhere: your messages wait on this device and will be delivered when it is back.
chat-unavailable = Chat is unavailable right now.
messages-waiting =
    { $count ->
        [one] One message is waiting to be sent.
       *[other] { $count } messages are waiting to be sent.
    }
error-message-too-long =
    { $max ->
        [one] This message is too long: at most { $max } character.
       *[other] This message is too long: at most { $max } characters.
    }
error-generic = Something went wrong. Please try again.
text-mode-on = Text mode: images, avatars and animations are off to save data.
text-mode-switch-on = Switch to text only
text-mode-switch-off = Switch to the full chat
lite-mode = Light chat for slow connections: text only.
lite-load-full = Load the full chat
language-menu = Language
translated-notice = Translated automatically
show-original = Show original
show-translation = Show translation
translation-unavailable = Not translated: translation is unavailable right now.
privacy-menu = Privacy
privacy-run-by = This chat is run by { $store }.
privacy-stored = Your conversation is stored in: { $region }.
privacy-policy = Privacy policy
privacy-download = Download my conversation
privacy-download-text = Readable text
privacy-download-json = Data (JSON)
privacy-delete = Delete my conversation
privacy-delete-confirm = Delete this conversation for good? Neither you nor the store can get it back.
privacy-delete-yes = Delete
privacy-delete-no = Keep it
privacy-deleted = Your conversation was deleted.
region-eu = European Union
region-us = United States
region-sa = South America
region-in = India
region-apac = Asia-Pacific
region-oc = Oceania
region-me = Middle East
region-af = Africa
