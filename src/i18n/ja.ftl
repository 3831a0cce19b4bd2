# The app's own words in Japanese (日本語). Every key here is also in easy.ftl and en.ftl
# (tests/message_catalogue.rs checks it). `{ $name }` is filled in at build time; a template
# the browser fills in keeps its `{name}` (the build passes `{name}` as the value).
# The words of the page kinds built only in Japanese are in ja-pages.ftl, read with this file.

## The guide's templates, filled in by the browser (see guide::markup::Wording)
guide-progress-more = { $number }問目・このあと多くて{ $left }問
guide-progress-last = { $number }問目・これが最後の質問です
guide-in-play = いまの回答から案内できる窓口：{ $count }か所（この先の質問に答えるほど絞りこまれます）
guide-resume-offer = この端末に、前回の途中までの回答が保存されています。
guide-resume-damaged = 保存されていた回答は読み取れなかったため、消しました。最初から答えてください。
guide-resume-forgotten = 保存した回答を消しました。
guide-screen-title = { $screen }｜{ $page }
guide-error-title = エラー：{ $title }
guide-memo-window = { $name }　{ $contact }

## The guide page around the screens
guide-page-title = { $guide }（{ $city }）
guide-exit = このページをすぐに閉じる
guide-needs-js-before = このガイドはJavaScriptで動きます。動かないときは、
guide-needs-js-link = { $city }の相談窓口の一覧
guide-needs-js-after = から探せます。
guide-problem-title = このリンクの回答は読み取れませんでした。
guide-problem-text = 古いリンクか、途中で書き換えられたリンクのようです。お手数ですが、最初から答えてください。
guide-start-over = 最初からはじめる
guide-sensitive-note = 記録を残さないモードです。このモードにしてからの回答は、アドレスにも履歴にも端末にも残りません。ページを再読み込みすると最初に戻ります。
guide-nav-label = ガイドの操作
guide-back = 戻る
guide-restart = 最初からやり直す

## The intro screen
guide-intro-title = はじめに
guide-intro-length = 質問は多くて{ $most }問です。答えはいつでも戻って変えられ、この端末の外には送られません。記録を残したくないときは、はじめる前にすぐ下の設定を選んでください。
guide-resume = 前回の続きから
guide-forget = 保存した回答を消す
guide-start = はじめる
guide-settings = はじめる前に選べる設定（必要なときだけ）
guide-sensitive = 記録を残さないモードで使う
guide-sensitive-hint = 回答をアドレスや履歴に残しません。共用の端末や、家族に見られたくないときに。
guide-remember = この端末に回答を保存して、あとで続きから始める
guide-remember-hint = 保存した回答は、この画面でいつでも消せます。
guide-about = このガイドについて
guide-about-private = 答えた内容はこの端末の中だけで使われ、どこにも送られません。
guide-about-exit = だれかに見られそうなときは「このページをすぐに閉じる」を押すか、Shiftキーを3回続けて押すと、別のサイトに切り替わります。それまでに開いた画面はブラウザーの履歴に残るので、履歴を残したくないときは、「はじめる前に選べる設定」の「記録を残さないモード」を使ってください。

## A question's screen
guide-choose-all = あてはまるものをすべて選んでください。
guide-error-prefix = エラー：
guide-or = または
guide-unknown = わからない
guide-next = 次へ
guide-error-single = どれか一つを選んでください。
guide-error-multiple = あてはまるものを一つ以上選んでください。
guide-error-multiple-or = あてはまるものを一つ以上選ぶか、{ $options }を選んでください。
guide-or-joiner = か
guide-quoted = 「{ $text }」

## The check screen
guide-check-title = 回答の確認
guide-check-lead = この回答で相談先を案内します。変えたいときは「変更」を選んでください。
guide-change = 変更
guide-change-of = ：{ $question }
guide-see-result = この回答で相談先を見る

## A result's screen
guide-when-calm = 落ち着いたら相談できる窓口
guide-first-windows = まず相談する窓口
guide-more-windows = あわせて相談できる窓口
guide-to-check = 回答を確認・変更する
guide-planned = 設置予定
guide-because-any = 回答にかかわらず、まず相談できる窓口として案内しています。
guide-because-before = 案内した理由：
guide-because-after = と答えたため
guide-because-unknown = 「{ $question }」に「わからない」

## 「相談の前に」: what to bring and say, by the kind of window
guide-prepare-title = 相談の前に
guide-prepare-lead = 持ち物がそろっていなくても、相談はできます。
guide-prepare-kind = { $kind }の窓口
guide-prepare-bring = 持っていくもの：
guide-prepare-say = 伝えること：
audience-general = 全般（だれでも）
audience-elderly = 高齢
audience-disability = 障がい
audience-children = 子ども・子育て
audience-poverty = 生活困窮（お金・仕事・住まい）
audience-isolation = ひきこもり・孤立
prepare-bring-general = 健康保険証やマイナンバーカードなど本人確認できるもの、困りごとに関係する手紙や書類
prepare-say-general = だれが、どんなことで、いつごろから困っているか。ほかにも困りごとがあれば、それも
prepare-bring-elderly = 介護保険の被保険者証、お薬手帳、かかりつけの病院が分かるもの
prepare-say-elderly = 暮らしの中でできなくなったこと（食事・トイレ・外出・もの忘れなど）と、家族の手助けの様子
prepare-bring-disability = 障害者手帳や受給者証（持っていれば）、お薬手帳、使っているサービスが分かるもの
prepare-say-disability = 困っている場面と、今使っている支援やサービス
prepare-bring-children = 母子健康手帳、子どもの健康保険証、学校や保育所からの手紙（あれば）
prepare-say-children = 子どもの年齢と様子、学校や園とのやりとり、親として心配なこと
prepare-bring-poverty = 収入や家賃、借金、公共料金の支払いが分かるもの（給与明細・通帳・督促状など）
prepare-say-poverty = いま手元にあるお金と、いつまで暮らせそうか、仕事や住まいの状況
prepare-bring-isolation = 特にありません（本人が来られなくても、家族だけで相談できます）
prepare-say-isolation = 外に出なくなった時期と今の様子、家族が困っていること

## The 相談メモ (a resident's)
memo-title = 相談メモ
memo-lead = 印刷するか書き写して、相談に持っていけます。話したいことを前もって書いておくと、窓口で伝えやすくなります。
memo-windows = 相談する窓口
memo-answers = このガイドでの回答
memo-tell = 窓口で伝えること
memo-line-who = だれが、どんなことで困っているか：
memo-line-since = いつごろから困っているか：
memo-line-before = これまでに相談したところ：
memo-line-contact = 連絡してほしい方法（電話・訪問など）：
memo-bring = 持っていくとよいもの
memo-bring-text = 困りごとに関係する書類や手紙、保険証、お薬手帳など、手元にあるもの。なくても相談できます。
memo-print = 印刷する

## How to reach a window (edition guides; the Japanese guide uses the windows' own wording)
contact-phone = 電話：
contact-find-number-department = 電話番号は、{ $city }の代表電話か公式ウェブサイトで、{ $department }（所管課）の番号を確かめてください。
contact-find-number = 電話番号は、{ $city }の代表電話か公式ウェブサイトで確かめてください。
contact-hours = 受付時間
contact-address = 所在地
contact-map = 地図を開く
contact-official = 公式ページ

## Around every page
children-of-home = このサイトの内容
children-of-edition-home = 日本語のページ
children-of-page = このページの下にあるページ
edition-missing = このページはありません
toc-title = このページの内容
breadcrumb-home = ホーム
scope-national = 全国共通の制度解説
scope-city = { $prefecture }{ $city }の計画
scope-city-unnamed = 市の計画
not-found-title = ページが見つかりません
not-found-text = お探しのページは見つかりませんでした。アドレスが変わったか、入力に誤りがある可能性があります。
not-found-home = ホームへ戻る
not-found-home-japanese = ホームへ戻る
not-found-sections = 主な内容

## The site shell around every page (carried to the browser as ShellWords)
shell-skip-link = 本文へ移動
shell-update-ready = このサイトの新しい版があります。
shell-reload = 読み込み直す
shell-emergency = 緊急のとき
shell-menu = メニュー
shell-main-nav = メインメニュー
shell-text-size = 文字の大きさ
shell-size-standard = 標準
shell-size-large = 大
shell-size-extra-large = 特大
shell-furigana = ふりがな
shell-search-label = サイト内検索
shell-search-button = 検索
shell-pager = 前後のページ
shell-previous = 前のページ
shell-next = 次のページ
shell-breadcrumbs = 現在位置
shell-facts-department = 所管
shell-facts-reviewed = 最終確認日
shell-facts-legal = 根拠法令
shell-footer-department = このページの所管：
shell-footer-reviewed-before = （最終確認日{ " " }
shell-footer-reviewed-after = ）
shell-footer-about = このサイトについて
shell-privacy = このサイトはクッキーや利用状況の計測を使いません。入力した内容が端末の外に送られることはありません。
shell-lang = ja
shell-load-failed-title = 読み込めませんでした
shell-load-failed = ページの本文を読み込めませんでした。
shell-load-failed-retry = もう一度読み込む

## The start script's word while a press waits for the WASM, and when the WASM failed to come
## (prerendered hidden; the script only shows one)
start-loading = 読み込んでいます…
start-failed = 読み込めませんでした。通信を確かめて、もう一度押してください。

## A city's list of guides, and the staff guide's 相談メモ (Japanese pages only for now)
guides-index-title = { $city }の相談先ガイド
guides-index-summary = { $city }で、質問に答えて相談窓口やつなぎ先を探せます。
guides-index-before = 質問に答えて、{ $city }の相談窓口やつなぎ先を探せます。質問に答えずに探すときは、
guides-index-after = を見てください。
staff-memo-title = 相談メモ（つなぐときの覚え書き）
staff-memo-lead = つなぐ先に連絡するときや、係内で相談するときの覚え書きです。名前や連絡先など個人の情報は、このメモには書かず、所定の記録に残してください。
staff-memo-windows = つなぐ先の候補
staff-memo-tell = つなぐ先に伝えること
staff-memo-line-received = 相談を受けた日と、受けた窓口：
staff-memo-line-issues = 分かっている課題と、その分野：
staff-memo-line-consent = 本人の同意の有無と、確かめた方法：
staff-memo-line-urgency = 急ぎの度合いと、その理由：
staff-memo-line-involved = すでに関わっている機関：

## A table in a page's Markdown: its scroll region's name for screen readers
markdown-table-label = 表{ $number }（横にスクロールできます）
