# The app's own words in English, written for residents. Same keys as ja.ftl.
# Names of windows and Japanese documents stay in Japanese on the page (marked lang="ja").

## The guide's templates, filled in by the browser (see guide::markup::Wording)
guide-progress-more = Question { $number } · at most { $left } more to go
guide-progress-last = Question { $number } · this is the last question
guide-in-play = Places your answers so far can lead to: { $count } (the more you answer, the fewer there are)
guide-resume-offer = Answers from your last visit are saved on this device.
guide-resume-damaged = Your saved answers could not be read, so they have been deleted. Please start again.
guide-resume-forgotten = Your saved answers have been deleted.
guide-screen-title = { $screen } | { $page }
guide-error-title = Error: { $title }
guide-memo-window = { $name } — { $contact }

## The guide page around the screens
guide-page-title = { $guide } ({ $city })
guide-exit = Leave this page now
guide-needs-js-before = This guide needs JavaScript. If it does not work, you can look through{ " " }
guide-needs-js-link = the list of places to ask in { $city }
guide-needs-js-after = { " " }instead.
guide-problem-title = The answers in this link could not be read.
guide-problem-text = { " " }The link may be old, or it was changed on the way. Please answer the questions again from the start.
guide-start-over = Start from the beginning
guide-sensitive-note = No-record mode is on. Answers you give from now on are not kept in the address, in the browser history or on this device. Reloading the page takes you back to the start.
guide-nav-label = Guide controls
guide-back = Back
guide-restart = Start again

## The intro screen
guide-intro-title = Before you start
guide-intro-length = There are at most { $most } questions. You can go back and change any answer, and nothing leaves this device. If you do not want any record kept, choose the setting just below before you start.
guide-resume = Continue where I stopped
guide-forget = Delete my saved answers
guide-start = Start
guide-settings = Settings you can choose before you start (only if you need them)
guide-sensitive = Use no-record mode
guide-sensitive-hint = Your answers are not kept in the address or the browser history. Useful on a shared device, or if you do not want your family to see.
guide-remember = Save my answers on this device so I can continue later
guide-remember-hint = You can delete saved answers on this screen at any time.
guide-about = About this guide
guide-about-private = Your answers are used only on this device. They are not sent anywhere.
guide-about-exit = If someone may see your screen, press “Leave this page now” or press the Shift key three times in a row: another website opens instead. Pages you opened before that stay in the browser history; if you want no history, use “No-record mode” under “Settings you can choose before you start”.

## A question's screen
guide-choose-all = Choose all that apply.
guide-error-prefix = Error:{ " " }
guide-or = or
guide-unknown = I don’t know
guide-next = Next
guide-error-single = Choose one answer.
guide-error-multiple = Choose at least one answer.
guide-error-multiple-or = Choose at least one answer, or choose { $options }.
guide-or-joiner = { " " }or{ " " }
guide-quoted = “{ $text }”

## The check screen
guide-check-title = Check your answers
guide-check-lead = We will suggest where to ask based on these answers. To change one, choose “Change”.
guide-change = Change
guide-change-of = : { $question }
guide-see-result = See where to ask

## A result's screen
guide-when-calm = Places to ask once you are safe
guide-first-windows = Ask here first
guide-more-windows = You can also ask here
guide-to-check = Check or change your answers
guide-planned = Planned
guide-because-any = Suggested as a first place to ask, whatever your answers.
guide-because-before = Suggested because you chose{ " " }
guide-because-after = .
guide-because-unknown = “I don’t know” for “{ $question }”

## What to bring and say, by the kind of window
guide-prepare-title = Before you go
guide-prepare-lead = You can ask for help even if you do not have everything on this list.
guide-prepare-kind = Places for { $kind }
guide-prepare-bring = What to bring:{ " " }
guide-prepare-say = What to tell them:{ " " }
audience-general = everyone (any problem)
audience-elderly = older people
audience-disability = disability
audience-children = children and parenting
audience-poverty = money, work and housing
audience-isolation = withdrawal and isolation
prepare-bring-general = something that shows who you are (health insurance card, My Number Card), and letters or papers about your problem
prepare-say-general = who is in difficulty, what the problem is and since when; and any other problems too
prepare-bring-elderly = the long-term care insurance card (介護保険被保険者証), the medicine notebook (お薬手帳), and the name of the family doctor’s clinic
prepare-say-elderly = what the person can no longer do in daily life (eating, toilet, going out, forgetting things) and how the family helps
prepare-bring-disability = a disability certificate or benefit card (if you have one), the medicine notebook, and anything showing the services you use
prepare-say-disability = the situations that are hard, and the support or services you use now
prepare-bring-children = the Maternal and Child Health Handbook (母子健康手帳), the child’s health insurance card, letters from school or nursery (if any)
prepare-say-children = the child’s age and how they are, what the school or nursery has said, and what worries you as a parent
prepare-bring-poverty = papers showing your income, rent, debts and utility payments (pay slips, bank book, payment reminders)
prepare-say-poverty = how much money you have now, how long you can live on it, and your work and housing
prepare-bring-isolation = nothing in particular (the family can ask for help even if the person cannot come)
prepare-say-isolation = when the person stopped going out and how they are now, and what the family finds hard

## The consultation note (相談メモ)
memo-title = Note to take with you
memo-lead = Print it or copy it, and take it with you. Writing down beforehand what you want to say makes it easier to explain.
memo-windows = Where to ask
memo-answers = Your answers in this guide
memo-tell = What to tell them
memo-line-who = Who is in difficulty, and with what:
memo-line-since = Since when:
memo-line-before = Where you have asked before:
memo-line-contact = How you would like to be contacted (phone, home visit, …):
memo-bring = Useful to bring
memo-bring-text = Papers or letters about the problem, your health insurance card, the medicine notebook — whatever you have. You can ask for help without them.
memo-print = Print

## How to reach a window
contact-phone = Phone:{ " " }
contact-find-number-department = For the phone number, call { $city }’s main number or see its website, and ask for { $department } (the division in charge).
contact-find-number = For the phone number, call { $city }’s main number or see its website.
contact-hours = Hours
contact-address = Address
contact-map = Open the map
contact-official = Official page

## Around every page
children-of-home = What this site holds
children-of-edition-home = Pages in English
children-of-page = Pages under this one
edition-missing = not yet in English
toc-title = On this page
breadcrumb-home = Home (in Japanese)
scope-national = About the national scheme
scope-city = From { $city }'s plan
scope-city-unnamed = From a city's plan
not-found-title = Page not found
not-found-text = There is no page at this address. The page may have moved, or the address may have a typing mistake.
not-found-home = Go to the pages in English
not-found-home-japanese = Go to the home page (in Japanese)
not-found-sections = Main sections (in Japanese)

## The site shell around every page (carried to the browser as ShellWords)
shell-skip-link = Skip to main content
shell-update-ready = A new version of this site is available.
shell-reload = Reload
shell-emergency = Emergency
shell-menu = Menu
shell-main-nav = Main menu (pages in Japanese)
shell-text-size = Text size
shell-size-standard = Standard
shell-size-large = Large
shell-size-extra-large = Extra large
shell-furigana = Furigana
shell-search-label = Search the Japanese pages
shell-search-button = Search
shell-pager = Previous and next pages
shell-previous = Previous page
shell-next = Next page
shell-breadcrumbs = You are here
shell-facts-department = Department
shell-facts-reviewed = Last checked
shell-facts-legal = Legal basis
shell-footer-department = Department responsible for this page:{ " " }
shell-footer-reviewed-before = { " " }(last checked{ " " }
shell-footer-reviewed-after = )
shell-footer-about = About this site
shell-privacy = This site uses no cookies and does not measure how it is used. Nothing you type leaves your device.
shell-lang = en
shell-load-failed-title = The page did not load
shell-load-failed = The page's text could not be loaded.{ " " }
shell-load-failed-retry = Try loading it again

## The start script's word while a press waits for the WASM, and when the WASM failed to come
## (prerendered hidden; the script only shows one)
start-loading = Loading…
start-failed = This could not be loaded. Check your connection and press again.

## A city's list of guides, and the staff guide's 相談メモ
guides-index-title = Guides to where to ask in { $city }
guides-index-summary = Answer questions to find places to ask for help, or to refer someone, in { $city }.
guides-index-before = Answer questions to find places to ask for help, or to refer someone, in { $city }. To look without answering questions, see{ " " }
guides-index-after = .
staff-memo-title = Referral note
staff-memo-lead = A note for when you contact the place you refer to, or talk it over in your team. Do not write names, contact details or other personal information here: keep them in the official record.
staff-memo-windows = Places to refer to
staff-memo-tell = What to tell them
staff-memo-line-received = The date the case came in, and at which window:
staff-memo-line-issues = The problems known so far, and their fields:
staff-memo-line-consent = Whether the person agreed, and how you checked:
staff-memo-line-urgency = How urgent it is, and why:
staff-memo-line-involved = Agencies already involved:

## A table in a page's Markdown: its scroll region's name for screen readers
markdown-table-label = Table { $number } (scrolls sideways)
