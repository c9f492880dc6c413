# Caravan agent console, English (source locale). Every other locale must have exactly
# these messages with the same variables (checked by core/tests/locales_complete.rs).
# Agents read these all day: short, plain, the register of a work tool.
console-title = Caravan console
title-unread =
    { $count ->
        [one] (1) Caravan console
       *[other] ({ $count }) Caravan console
    }
store-label = Store
login-heading = Sign in
login-email = Email
login-password = Password
login-submit = Sign in
login-failed = The email or the password is wrong.
login-limited = Too many attempts. Try again in a few minutes.
invite-heading = Welcome, { $name }
invite-explain = Choose a password for { $email }: at least 12 characters.
invite-submit = Set the password and sign in
invite-gone = This invite link has expired or was already used. Ask your admin for a new one.
password-too-short = The password needs at least 12 characters.
sign-out = Sign out
ui-language = Console language
error-network = The server cannot be reached. Trying again…
error-other = Something went wrong: { $detail }
inbox-heading = Inbox
filter-status = Status
filter-language = Language
filter-country = Country
filter-region = Region
filter-any = Any
filter-unread = Unread only
filter-mine = Assigned to me
status-bot = With the bot
status-waiting = Waiting for a person
status-open = Open
status-closed = Closed
inbox-empty = No conversation matches these filters.
region-unreachable = The { $region } region cannot be reached right now.
waiting-minutes =
    { $minutes ->
        [one] Waiting 1 minute
       *[other] Waiting { $minutes } minutes
    }
unread-count =
    { $count ->
        [one] 1 unread
       *[other] { $count } unread
    }
shopper-local-time = Shopper's time: { $time }
trigger-asked = Asked for a person
trigger-misses = The bot did not understand
trigger-repeated = Asked the same thing again
trigger-frustrated = Upset
trigger-vip = VIP customer
trigger-lookups = Too many order lookups
back-to-inbox = Back to the inbox
summary-heading = Handoff summary
summary-intents = Asked about
summary-mood = Mood
summary-order = Order
summary-email = Email left for the answer
mood-calm = Calm
mood-tense = Tense
mood-upset = Upset
author-shopper = Shopper
author-bot = Bot
author-agent = Agent
written-in = Written in { $language }
show-original = Show the original
show-translation = Show the translation
reveal = Reveal
revealed = Shown unmasked to you; this was written to the audit log.
reveal-not-allowed = Your role cannot reveal personal data.
composer-placeholder = Write your reply…
composer-send = Send
composer-preview = The shopper will read:
composer-preview-same = The shopper reads your language: no translation needed.
note-toggle = Private note (only your team sees it)
note-placeholder = Write a note for your team…
note-save = Save note
note-by = Note by { $name }
shopper-typing = The shopper is typing…
canned-label = Canned replies
actions-label = Conversation actions
assigned-to = Assigned to { $name }
assign-me = Assign to me
hand-back = Hand back to the bot
close-conversation = Close
conversation-closed = This conversation is closed.
rating-given = Rated { $stars } out of 5
rating-comment = Comment: { $comment }
shortcuts = Keys: j and k move through the inbox, Enter opens, r replies, Esc goes back.
assign-to = Assign to…
assignee-writes = writes { $language }
assignee-on-shift = on shift
assignee-off-shift = off shift
notify-toggle = Sound and notification for new handoffs
notify-blocked = This browser blocks notifications for the console; only the sound plays.
notify-title = A shopper is waiting for a person
notify-body = Writing in { $language }. Open the console to answer.
team-heading = Team
team-admins-only = Only the store's admins can open the team page.
member-name = Name
member-email = Email
member-role = Role
member-languages = Languages they write (the first is their console's)
member-regions = Regions they see
member-teams = Teams whose hours they work
member-state = Account
member-active = Active
member-invited = Invited
member-disabled = Disabled
member-edit = Change
member-revoke = Sign out everywhere
member-disable = Disable
member-reinstate = Enable again
member-can-reveal = May reveal personal data
member-save = Save the changes
member-change-heading = Change a person
role-admin = Admin
role-agent = Agent
invite-create-heading = Invite a person
invite-create = Make an invite link
invite-link-made = Send this link to the person you invited. It works once, for 7 days.
audit-heading = Audit log
audit-refresh = Read again
audit-when = When
audit-who = Who
audit-what = What
audit-target = Concerning
audit-reveal = Revealed personal data
audit-invite = Invited
audit-update = Changed a person
audit-revoke = Signed a person out everywhere
audit-disable = Disabled an account
audit-reinstate = Enabled an account again
canned-id = Id (a-z, 0-9 and -)
canned-title = Title
canned-locale = Language of the text
canned-text = Text
canned-variables = Write { $name } for the agent's name and { $order } for the order number the shopper verified.
canned-save = Save the text
canned-delete = Remove
channel-socket = Web chat, live connection
channel-polling = Web chat, slow-network mode: keep replies short
