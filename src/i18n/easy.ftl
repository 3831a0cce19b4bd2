# The app's own words in やさしい日本語 (short sentences, one idea each, spaces between
# phrases, hard words explained). Same keys as ja.ftl.

## The guide's templates, filled in by the browser (see guide::markup::Wording)
guide-progress-more = { $number }つめの 質問です。あと 多くて { $left }つ です。
guide-progress-last = { $number }つめの 質問です。これが さいごの 質問です。
guide-in-play = いまの 答えで 案内できる 窓口は { $count }か所 です。質問に 答えると、数が へります。
guide-resume-offer = この スマホや パソコンに、前の 答えが のこって います。
guide-resume-damaged = のこって いた 答えが 読めませんでした。答えを 消しました。はじめから 答えて ください。
guide-resume-forgotten = のこして いた 答えを 消しました。
guide-screen-title = { $screen }｜{ $page }
guide-error-title = まちがい：{ $title }
guide-memo-window = { $name }　{ $contact }

## The guide page around the screens
guide-page-title = { $guide }（{ $city }）
guide-exit = この ページを すぐに 閉じる
guide-needs-js-before = この ガイドは JavaScript（ジャバスクリプト）で 動きます。動かない ときは、
guide-needs-js-link = { $city }の 相談窓口の リスト
guide-needs-js-after = で さがせます。
guide-problem-title = この リンクの 答えが 読めませんでした。
guide-problem-text = 古い リンクか、とちゅうで 変わった リンクです。はじめから 答えて ください。
guide-start-over = はじめから する
guide-sensitive-note = 記録を のこさない モードです。答えは アドレスにも 履歴にも のこりません。ページを 読みなおすと、はじめに もどります。
guide-nav-label = ガイドの 操作
guide-back = もどる
guide-restart = はじめから やりなおす

## The intro screen
guide-intro-title = はじめに
guide-intro-length = 質問は 多くて { $most }つ です。答えは あとで 変えられます。答えは ほかの 場所に 送りません。記録を のこしたく ない ときは、下の 設定を 先に 選んで ください。
guide-resume = 前の つづきから する
guide-forget = のこした 答えを 消す
guide-start = はじめる
guide-settings = はじめる 前に 選べる 設定（いる ときだけ）
guide-sensitive = 記録を のこさない モードで つかう
guide-sensitive-hint = 答えを アドレスや 履歴（見た ページの 記録）に のこしません。家族と 同じ スマホを つかう ときに べんりです。
guide-remember = この スマホや パソコンに 答えを のこして、あとで つづきから する
guide-remember-hint = のこした 答えは、この 画面で いつでも 消せます。
guide-about = この ガイドに ついて
guide-about-private = 答えは この スマホや パソコンの 中だけで つかいます。ほかの 場所には 送りません。
guide-about-exit = だれかに 見られそうな ときは「この ページを すぐに 閉じる」を おして ください。Shift（シフト）キーを 3回 おしても、ほかの サイトに 変わります。それまでに 見た ページは 履歴に のこります。履歴を のこしたく ない ときは、「記録を のこさない モード」を つかって ください。

## A question's screen
guide-choose-all = あてはまる ものを ぜんぶ 選んで ください。
guide-error-prefix = まちがい：
guide-or = または
guide-unknown = わからない
guide-next = つぎへ
guide-error-single = どれか 1つを 選んで ください。
guide-error-multiple = あてはまる ものを 1つ 以上 選んで ください。
guide-error-multiple-or = あてはまる ものを 1つ 以上 選んで ください。または、{ $options }を 選んで ください。
guide-or-joiner = か
guide-quoted = 「{ $text }」

## The check screen
guide-check-title = 答えの たしかめ
guide-check-lead = この 答えで 相談する 場所を 案内します。変えたい ときは「変える」を 選んで ください。
guide-change = 変える
guide-change-of = ：{ $question }
guide-see-result = この 答えで 相談する 場所を 見る

## A result's screen
guide-when-calm = 安全に なったら 相談できる 窓口
guide-first-windows = はじめに 相談する 窓口
guide-more-windows = ほかにも 相談できる 窓口
guide-to-check = 答えを たしかめる・変える
guide-planned = これから できる 予定
guide-because-any = どの 答えでも、はじめに 相談できる 窓口です。
guide-because-before = 案内した わけ：
guide-because-after = と 答えたから
guide-because-unknown = 「{ $question }」に「わからない」

## What to bring and say, by the kind of window
guide-prepare-title = 相談の 前に
guide-prepare-lead = もちものが ぜんぶ なくても、相談できます。
guide-prepare-kind = { $kind }の 窓口
guide-prepare-bring = もっていく もの：
guide-prepare-say = 話す こと：
audience-general = だれでも
audience-elderly = お年寄り
audience-disability = 障がい
audience-children = 子ども・子育て
audience-poverty = お金・仕事・住まい
audience-isolation = ひきこもり・ひとりぼっち
prepare-bring-general = 健康保険証や マイナンバーカード。こまって いる ことの 手紙や 書類
prepare-say-general = だれが、何に、いつから こまって いるか。ほかに こまって いる ことも
prepare-bring-elderly = 介護保険の 証明書、お薬手帳（薬の 記録の ノート）、いつも 行く 病院の 名前
prepare-say-elderly = できなく なった こと（食事・トイレ・出かける こと・わすれる こと など）。家族の 手伝いの ようす
prepare-bring-disability = 障害者手帳など（あれば）、お薬手帳、つかって いる サービスが わかる もの
prepare-say-disability = こまる ときの ようす。いま つかって いる サービス
prepare-bring-children = 母子健康手帳（子どもの 健康の ノート）。子どもの 健康保険証。学校や 保育所からの 手紙（あれば）
prepare-say-children = 子どもの 年と ようす。学校や 保育所との 話。親として 心配な こと
prepare-bring-poverty = 給料や 家賃、借金、電気代などが わかる もの（給料の 明細・通帳・請求の 手紙 など）
prepare-say-poverty = いま ある お金。いつまで 生活できそうか。仕事と 住まいの ようす
prepare-bring-isolation = ありません（本人が 来られなくても、家族だけで 相談できます）
prepare-say-isolation = いつから 外に 出なく なったか。いまの ようす。家族が こまって いる こと

## The 相談メモ (a resident's)
memo-title = 相談メモ
memo-lead = 印刷するか、書きうつして、相談に もって いけます。話したい ことを 先に 書くと、窓口で 話しやすく なります。
memo-windows = 相談する 窓口
memo-answers = この ガイドの 答え
memo-tell = 窓口で 話す こと
memo-line-who = だれが、何に こまって いるか：
memo-line-since = いつから こまって いるか：
memo-line-before = 前に 相談した ところ：
memo-line-contact = 連絡の しかた（電話・家に 来て もらう など）：
memo-bring = もっていくと よい もの
memo-bring-text = こまって いる ことの 書類や 手紙、保険証、お薬手帳など。なくても 相談できます。
memo-print = 印刷する

## How to reach a window
contact-phone = 電話：
contact-find-number-department = 電話番号は、{ $city }の 代表の 電話か ウェブサイトで しらべて ください。{ $department }（担当の 課）の 番号です。
contact-find-number = 電話番号は、{ $city }の 代表の 電話か ウェブサイトで しらべて ください。
contact-hours = 受付の 時間
contact-address = 場所
contact-map = 地図を ひらく
contact-official = 公式の ページ

## Around every page
children-of-home = この サイトの 中身
children-of-edition-home = やさしい日本語で 読める ページ
children-of-page = この ページの 下に ある ページ
edition-missing = このページは まだ ありません
toc-title = この ページに 書いて ある こと
breadcrumb-home = ホーム
scope-national = 国の しくみの 説明
scope-city = { $prefecture } { $city }の 計画
scope-city-unnamed = 市の 計画
not-found-title = ページが ありません
not-found-text = この アドレスの ページは ありません。アドレスが 変わったか、まちがって いるかも しれません。
not-found-home = やさしい日本語の ページへ
not-found-home-japanese = ホームへ（ふつうの 日本語の ページ）
not-found-sections = おもな ページ

## The site shell around every page (carried to the browser as ShellWords)
shell-skip-link = ページの 中身へ 行く
shell-update-ready = この サイトの 新しい 版が あります。
shell-reload = もう一度 読み込む
shell-emergency = 急ぐ とき
shell-menu = メニュー
shell-main-nav = おもな メニュー（ふつうの 日本語の ページ）
shell-text-size = 文字の 大きさ
shell-size-standard = ふつう
shell-size-large = 大きい
shell-size-extra-large = とても 大きい
shell-furigana = ふりがな
shell-search-label = ふつうの 日本語の ページを 探す
shell-search-button = 探す
shell-pager = 前と 次の ページ
shell-previous = 前の ページ
shell-next = 次の ページ
shell-breadcrumbs = 今 いる 場所
shell-facts-department = 担当の 課
shell-facts-reviewed = 確かめた 日
shell-facts-legal = もとに なる 法律
shell-footer-department = この ページの 担当：
shell-footer-reviewed-before = （確かめた 日{ " " }
shell-footer-reviewed-after = ）
shell-footer-about = この サイトに ついて
shell-privacy = この サイトは クッキーを 使いません。使い方も 記録しません。あなたが 書いた ことは、この 機械の 外に 出ません。
shell-lang = ja
shell-load-failed-title = ページを 出せません でした
shell-load-failed = ページの 中身を 読み込めません でした。
shell-load-failed-retry = もう一度 読み込む

## The start script's word while a press waits for the WASM, and when the WASM failed to come
## (prerendered hidden; the script only shows one)
start-loading = よみこんで います…
start-failed = よみこめません でした。インターネットに つながって いるか みて ください。もういちど おして ください。

## A city's list of guides, and the staff guide's 相談メモ
guides-index-title = { $city }の 相談の ガイド
guides-index-summary = { $city }で、質問に 答えて 相談する 窓口を さがせます。
guides-index-before = 質問に 答えて、{ $city }の 相談する 窓口を さがせます。質問に 答えないで さがす ときは、
guides-index-after = を 見て ください。
staff-memo-title = 相談メモ（つなぐ ときの メモ）
staff-memo-lead = つなぐ 先に 連絡する ときの メモです。名前や 連絡先は、この メモに 書かないで ください。決まった 記録に 書いて ください。
staff-memo-windows = つなぐ 先の 候補
staff-memo-tell = つなぐ 先に 話す こと
staff-memo-line-received = 相談を 受けた 日と 窓口：
staff-memo-line-issues = わかって いる こまりごとと その 分野：
staff-memo-line-consent = 本人が いいと 言ったか。どう たしかめたか：
staff-memo-line-urgency = どれくらい 急ぐか。その わけ：
staff-memo-line-involved = もう かかわって いる ところ：

## A table in a page's Markdown: its scroll region's name for screen readers
markdown-table-label = ひょう { $number }（よこに うごかせます）
