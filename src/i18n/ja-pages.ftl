# The words of the page kinds built only in Japanese: the windows' directory and pages, the
# training course, the accessibility results, search and the evaluation indicators. Part of the
# Japanese catalogue (read with ja.ftl through i18n::ja / i18n::ja_with); these pages have no
# やさしい日本語 or English edition yet, so there is no easy or English counterpart.
# `{ $name }` is filled in at build time. A value that starts or ends with a space writes it
# as `{ " " }` (Fluent trims the plain spaces around a value).
# tests/message_catalogue.rs checks that every key the code names is here or in ja.ftl.

## The directory of windows (a city's, and all cities')
windows-list-title = 窓口の一覧
windows-list-lead = どの窓口も、分野にかかわらず相談を受け止め、必要な窓口につなぎます。迷ったら、いちばん行きやすい窓口に相談してください。
windows-list-empty = この条件に合う窓口はありません。条件を減らすか、「条件をすべて解除」を選んでください。どの窓口でも相談は受け止めてもらえます。
windows-city-index-title = 市区町村ごとの窓口
windows-city-index-lead = お住まいの市区町村を選ぶと、その市区町村の窓口の一覧が開きます。対象や分野で絞り込めます。どの窓口も、分野にかかわらず相談を受け止め、必要な窓口につなぎます。
windows-city-index-count = （{ $prefecture }）窓口 { $count } か所
windows-open-data-title = オープンデータ
windows-open-data-lead = この一覧は、だれでも自由に使えるデータとしてダウンロードできます（全市分）。
windows-open-data-json = 窓口データ（HSDS 3.0 形式の JSON）
windows-open-data-json-about = ：Open Referral の Human Services Data Specification に沿った形式です。
windows-open-data-csv = 窓口データ（CSV、UTF-8）
windows-open-data-csv-about = ：表計算ソフトで開けます。
windows-programme = 第{ $number }号 { $name }

## The directory's filter form
windows-filter-title = 窓口を絞り込む
windows-filter-hint = 選ぶとすぐに下の一覧が変わります。「全般」の窓口は、どの「だれの相談か」を選んでも表示します。
windows-filter-for = だれの相談か
windows-filter-for-any = すべて
windows-filter-programme = 事業
windows-filter-programme-any = すべての事業
windows-filter-city = 市
windows-filter-city-any = すべての市
windows-filter-area = 地区・圏域
windows-filter-area-any = すべての地区
windows-filter-area-option = { $area }（{ $city }）
windows-filter-clear = 条件をすべて解除
windows-filter-count = { $count }件の窓口をすべて表示しています。
windows-filter-count-filtered = { $conditions }で絞り込み：{ $total }件のうち{ $shown }件の窓口を表示しています。
windows-filter-count-condition = 「{ $label }」

## A window's card in the directory, and the facts on its page
windows-fact-city = 市
windows-fact-audience = 対象
windows-fact-programme = 事業
windows-fact-area = 地区
windows-fact-operation = 運営方法
windows-fact-department = 所管課
windows-fact-phone = 電話
windows-fact-operator = 運営する団体
windows-whole-city = 市内全域（地区の指定なし）
windows-planned = 設置予定
windows-target-in-plan = （計画では「{ $target }」）

## A window's page
windows-heading-contact = 相談するには
windows-heading-about = どんな窓口か
windows-heading-roles = 計画での位置づけ
windows-heading-notes = 計画の注記
windows-heading-source = 出典
windows-source = { $source }。窓口名、か所数、運営方法、所管課は資料のとおりです（確認日：{ $reviewed }）。
windows-to-directory = { $city }の相談窓口の一覧へ
windows-city-plan-page = { $city }の計画のページ
windows-department-before = この窓口の所管課は{ $city }の
windows-department-after = です。
windows-planned-check = 開設しているかどうかは、市に確かめてください。
windows-any-window = どの窓口も、分野にかかわらず相談を受け止め、必要な窓口につなぎます。ここが合っているか分からなくても相談できます。
windows-roles-label = 計画での位置づけの表
windows-roles-caption = { $city }の資料の表に載っている行
windows-roles-business = 事業名
windows-roles-count = か所数
windows-roles-no-operation = —（計画に記載なし）
windows-roles-not-stated = 記載なし

## The evaluation indicators page: the table, the chart and its legend
indicators-targets-title = 年度ごとの目標（表）
indicators-source = 出典：{ $source }。目標の書き方は計画のとおりです。
indicators-table-label = 評価指標の表
indicators-table-caption = 評価指標と年度ごとの目標
indicators-table-indicator = 指標
indicators-chart-heading = 年度ごとの目標（図）
indicators-chart-desc = 図は上の表と同じ内容です。行が指標、列が年度です。数値の目標は棒の長さで、それ以外は記号とことばで示します。
indicators-chart-label = 評価指標の図
indicators-chart-title = { $title }：年度ごとの目標の図
indicators-chart-key = 指標{ $number }：{ $name }
indicators-chart-row = 指標{ $number }
indicators-legend-label = 図の記号の意味
indicators-legend-number = ■ 数値の目標（棒の長さが割合）
indicators-legend-to-be-set = ◇ 目標はこれから設定
indicators-legend-measured = ○ 調査や実績から算出・設定
indicators-legend-increase = ▲ 増加をめざす
indicators-legend-none = － 目標なし
indicators-legend-other = ◆ そのほかの目標（ことばのまま）
indicators-mark-to-be-set = ◇ 設定予定
indicators-mark-measured = ○ 算出・設定
indicators-mark-increase = ▲ 増加

## The accessibility policy's generated parts and the 試験結果 page
accessibility-tally = 適合 { $by_tests }、自動試験で問題なし { $automatic }、非該当 { $not_applicable }、要目視 { $needs_review }、不適合 { $fails }
accessibility-no-days = 記録なし
accessibility-not-recorded = このビルドには、試験の記録がありません。
accessibility-verdict-fails = 不適合
accessibility-verdict-checked = 適合
accessibility-verdict-automatic = 自動試験で問題なし
accessibility-verdict-not-applicable = 非該当
accessibility-verdict-needs-review = 要目視
accessibility-applies-yes = あり
accessibility-applies-no = なし
accessibility-method-fails = axe-core が { $violations } 件の違反を見つけました。
accessibility-method-checked = ブラウザ試験で確認：{ $checks }。
accessibility-method-checked-axe = axe-core の { $passed } 件の確認にも合格。
accessibility-method-automatic = axe-core の { $passed } 件の確認に合格（ルール：{ $rules }）。
accessibility-method-not-applicable = 試験したどのページにも、{ $kinds }がありません。
accessibility-method-needs-review = この試験では自動で確かめられません。人が確認します。
accessibility-method-undecided = axe-core が判断できなかった箇所が { $undecided } 件あります。人が確認します。
accessibility-scope-before = このサイトを作るツール（tsunagu）が書き出すすべてのページが対象です。このビルドでは{ " " }
accessibility-scope-pages = { $count } ページ
accessibility-scope-after = と、見つからないページの案内（404）です。
accessibility-results-link = 試験結果のページ
accessibility-results-brief = { $days }に { $pages } ページを試験しました。達成基準 { $criteria } 項目の結果は、{ $tally } です。
accessibility-results-more = 試験結果を見る（達成基準ごとの結果）
accessibility-not-recorded-how = 試験の結果は、試験コマンド（scripts/test.sh）が記録し、そのあとのビルド（tsunagu build --test-results）でこのページに載ります。記録がないビルド（プレビューなど）では、試験日も結果も載せません。
accessibility-policy-before = 目標と対象は
accessibility-policy-link = ウェブアクセシビリティ方針
accessibility-policy-after = にあります。
accessibility-written-by-build = この結果は、試験コマンドが試験のときに記録したものから、ビルドが書き出しました。数字を人が書き写してはいません。
accessibility-summary-title = 試験の概要
accessibility-criteria-title = 達成基準チェックリスト
accessibility-criteria-jis = JIS X 8341-3:2016 の達成基準
accessibility-criteria-added = WCAG 2.1・2.2 で追加された達成基準
accessibility-pages-title = 試験したページ
accessibility-standard = 規格
accessibility-standard-text = JIS X 8341-3:2016（WCAG 2.0）の適合レベル AA。WCAG 2.1・2.2 で追加された A・AA の達成基準も試験しました。
accessibility-days = 試験日
accessibility-tools = 試験ツール
accessibility-tools-text = { $axe }（自動試験）。ブラウザ試験は { $browsers }（Playwright で操作）。
accessibility-pages = 試験したページ
accessibility-pages-text = { $count } ページ（一覧は下に）
accessibility-result = 結果
accessibility-result-text = 達成基準 { $criteria } 項目のうち、{ $tally }
accessibility-results-explained = 「適合」は、ブラウザ試験がその達成基準を確かめて合格したものです。「自動試験で問題なし」は、axe-core の規則がすべてのページで合格したものです。機械で確かめられる部分に問題はありませんでしたが、適合と判断するには人による確認が要ります。「非該当」は、試験したどのページにも、その達成基準が対象とする内容がないものです。「要目視」は、この試験では確かめていない達成基準で、人が確認します。自動試験は機械で判断できることだけを確かめます（たとえば代替テキストがあることは確かめますが、その内容が適切かは確かめません）。
accessibility-col-number = 番号
accessibility-col-criterion = 達成基準
accessibility-col-level = 適合レベル
accessibility-col-version = 追加された版
accessibility-col-applies = 適用
accessibility-col-result = 結果
accessibility-col-method = 確認の方法と注記
accessibility-not-found-page = 見つからないページの案内（404.html）
accessibility-page-gone = { " " }（このビルドにはないページ）

## The search page (/search/): the form, the empty result and the 五十音 index
search-title = サイト内検索
search-summary = 制度の解説、各市の計画、相談窓口、用語集、ガイド、職員研修の中から、ことばで探します。
search-other-guides = 質問に答えて相談窓口をさがす（相談先ガイド）
search-other-windows = 相談窓口の一覧から探す
search-other-glossary = 用語集でことばを調べる
search-exit = このページをすぐに閉じる
search-form-label = 検索の条件
search-query = さがすことば
search-query-hint = ひらがな・カタカナ・漢字、略した言い方（社協、CSWなど）でも探せます。入力したことばは送信も保存もされません。
search-city = 市
search-city-any = すべて（全国共通を含む）
search-kind = 種類
search-kind-any = すべて
search-kind-plan = 市の計画
search-kind-programme = 制度の解説
search-kind-window = 相談窓口
search-kind-glossary = 用語集
search-kind-guide = ガイド
search-kind-training = 職員研修
search-submit = 検索する
search-needs-js = 検索の結果はJavaScriptで表示します。動かないときは、下の五十音さくいんから探してください。
search-other-ways = ほかの探し方:
search-nearby = 近いことば:{ " " }
search-az-title = 五十音さくいん
search-az-latin = 英数字
search-az-kanji = 漢字ではじまるもの
search-az-lead = ページ、相談窓口、用語集のことばを、読みの五十音順に並べています。漢字ではじまる名前は、読みの辞書がないため最後にまとめています。
search-az-many-windows-before = 相談窓口は多いため、
search-az-many-windows-link = 相談窓口の一覧
search-az-many-windows-after = から探してください。
search-az-rows = 五十音の行
search-az-kind = （{ $kind }）
search-az-kind-page = ページ

## The training course: the course page
training-modules-title = モジュール（この順に学びます）
training-practice-title = 事例演習と学習の記録
training-course-length = 全部で{ $modules }つのモジュール、目安は合わせて約{ $minutes }分です。どのモジュールにも確認テストがあります。
training-minutes-listed = （約{ $minutes }分）
training-goals = 学ぶこと
training-cases-link = 事例演習
training-cases-about = ：相談の場面を読んで、窓口・会議・同意を自分で決め、職員向けガイドの答えとくらべます。
training-progress-link = 学習の記録
training-progress-about = ：終えたモジュール、確認テストの点、取り組んだ事例を、この端末の中だけに記録します。印刷もできます。
training-cards-link = 講師用：事例カード
training-cards-about = ：グループ研修のために、事例ごとに場面・問い・ガイドの答え・話し合いのメモを1枚ずつ印刷できます。
training-maps = 職員向けガイドの全体図（質問と分かれ道、結果と窓口を図と一覧で）：
training-pages-used = 教材にするページ

## The training course: a module page and its self-check
training-module-about = このモジュールについて
training-time = 目安の時間：
training-minutes = 約{ $minutes }分
training-module-end = 確認テストと学習の記録
training-take-quiz = 確認テストを受ける（{ $questions }問）
training-mark-done = このモジュールを学習済みにする
training-record-before = 記録は
training-record-after = で見られます。この端末の外には送られません。
training-quiz-lead = 答えを選んで「{ training-quiz-check }」を押すと、問いごとに正しいかどうかが出ます。各問の「{ training-quiz-explain }」では、選択肢ごとの理由と、くわしく書かれたページが見られます。
training-quiz-check = 答え合わせをする
training-quiz-choose-all = （あてはまるものをすべて選ぶ）
training-quiz-explain = 答えと解説
training-quiz-option-right = 正解：
training-quiz-option-wrong = ちがう：
training-back-to-module = モジュールにもどる
training-see-record = 学習の記録を見る

## The training course: the cases
training-cases-lead = どの事例も、はじめに自分で「最初につなぐ窓口」「話し合う場」「本人の同意を確かめる必要」を決めます。そのあとで、その市の職員向けガイドが同じ事実から出す答えと理由を見て、自分の選択とのちがいを確かめます。
training-case-listed = { " " }（{ $city }・{ $theme }）
training-story-title = 相談の場面
training-choose-title = あなたの判断
training-answer-title = 職員向けガイドの答え
training-case-city = { $city }の事例（{ $theme }）
training-compare = 決めたので、ガイドの答えとくらべる
training-see-answer = ガイドの答えと理由を見る

training-case-question-window = 最初につなぐ窓口はどこですか
training-case-question-way = どう進めますか
training-case-question-consent = この進め方は、本人の同意しだいで変わりますか（同意を確かめる必要がありますか）
training-meeting-urgent-response = 安全の確保を最優先にする（緊急の対応）
training-meeting-connect = 分野の窓口につなぐ
training-meeting-jusou-kaigi = 多機関協働事業に相談し、重層的支援会議で話し合う
training-meeting-shien-kaigi = 多機関協働事業に相談し、支援会議で話し合う
training-consent-choice-yes = はい、確かめる必要がある
training-consent-choice-no = いいえ、同意しだいではない

## The training course: the trainer's case cards
training-cards-lead = グループ研修で使う事例カードです。どのカードにも、相談の場面、話し合う問い、その市の職員向けガイドが同じ事実から出す答えと理由、話し合いのためのメモがあります。
training-cards-print-before = ブラウザの印刷を使うと、1枚の紙に1つの事例が入ります。参加者には答えの前で折るか、先に各自で
training-cards-course = コース
training-cards-print-after = の事例演習に取り組んでもらってから配ってください。
training-card-questions = 話し合う問い
training-card-question = { $question }（{ $choices }）
training-card-discussion = 話し合いのためのメモ
training-card-link = 「{ $title }」の演習ページ

## The training course: the progress record
training-where-kept-title = 記録はこの端末の中だけにあります
training-record-title = 学習の記録
training-move-title = 記録を消す・移す・印刷する
training-not-yet = まだ
training-printed = 印刷日：
training-modules-record-label = モジュールの記録（横にスクロールできます）
training-modules-record = モジュールと確認テスト
training-col-module = モジュール
training-col-done = 学習済みにした日
training-col-quiz = 確認テスト（いちばんよい点と日）
training-cases-record-label = 事例演習の記録（横にスクロールできます）
training-cases-record = 事例演習
training-col-case = 事例
training-col-case-result = 取り組んだ日と結果
training-case-city-in-record = （{ $city }）
training-move-lead = 職場のパソコンと自宅の端末のあいだで記録を移すときは、ファイルに書き出して、もう一方で読み込みます。読み込むと、その端末の記録は置きかわります。
training-print = 記録を印刷する
training-export = 記録をファイルに書き出す
training-import = 書き出したファイルから記録を読み込む
training-clear = この端末の記録を消す

## The comparison of the cities (for staff and planners)
comparison-at-a-glance = 市ごとの実施体制（一覧）
comparison-lead = 表の数は、各市の計画の表にその事業の実施機関として載っている行の数です。か所数ではありません（か所数は事業ごとの表を見てください）。
comparison-table-label = 市ごとの実施体制の一覧表
comparison-table-caption = 事業ごとの実施機関の行数と運営方法
comparison-not-in-plan = 計画の表になし
comparison-rows = { $count }件
comparison-see-before = 制度の説明は
comparison-see-after = を見てください。
comparison-none = どの市の計画の表にも、この事業の実施機関は載っていません。
comparison-programme-label = { $programme }の実施体制の表
comparison-programme-caption = { $title }：市ごとの実施機関
comparison-col-window = 窓口・実施機関

## The offline page (shown when a page that was not kept is opened with no connection)
offline-title = 通信できません（オフライン）
offline-summary = 通信がないときに開けるページの一覧です。
offline-lead = インターネットにつながっていないため、開こうとしたページを表示できません。つながってから、もう一度開いてください。
offline-kept = この端末には、一度このサイトを開いたときに、次のページが保存されています。通信がなくても開けます。ここに保存されるのはページだけで、案内で選んだ答えは含まれません。
offline-danger-before = 命に危険があるときは、
offline-police = 110番（警察）
offline-ambulance = 119番（救急・消防）
offline-danger-after = に電話してください。
offline-kept-guides = 案内（ガイド）
offline-kept-directories = 相談窓口の一覧
offline-kept-others = そのほかのページ

## The training course: the staff guide's answer to a case (case page and trainer's card)
training-answer-before = この答えは、
training-answer-guide = { $city }の職員向けガイド
training-answer-after = に、事例の事実を次のように答えたときの結果を、サイトを作るときにそのまま計算したものです。
training-answer-unknown = わからない
training-answer-way = 進め方：
training-answer-meetings = 会議のちがい
training-answer-consent = 同意：
training-answer-consent-asked = ガイドは本人の同意を確かめ、その答えで話し合う場を分けています。
training-answer-consent-not-asked = ガイドはこの事実では同意を聞かずに進め方を決めています（同意しだいではありません）。
training-answer-first = 最初につなぐ窓口
training-answer-more = あわせて名前が出る窓口

## The glossary's pop-ups on the course and programme pages (Japanese pages only)
glossary-popover-more = 用語集で「{ $term }」を見る
glossary-popover-close = 閉じる

## How to reach a window, on its page, its directory card and the Japanese guide's result card
## (the words shared with the edition guides are ja.ftl's contact-*)
windows-contact-fax = ファクス
windows-contact-email = メール
windows-find-number-before = 電話番号は、{ $city }の代表電話か公式ウェブサイトで、
windows-find-number-after = （所管課）の番号を確かめてください。

## The training course's script (its own WASM): the words it writes, which the page carries on
## each training root as data-words-* attributes (crates/training/src/markup.rs). A { $name }
## here is given as "{name}" by the page writer, so the attribute keeps a placeholder the
## script fills in.
training-script-not-saved = この端末には記録できませんでした。
training-script-quiz-unanswered = まだ選んでいません。
training-script-quiz-right = ○ 正解です。
training-script-quiz-wrong = × ちがいます。「{ training-quiz-explain }」を読んで、もう一度選んでみてください。
training-script-quiz-progress = { $total }問中{ $answered }問に答えました。すべての問いに答えると、点が記録されます。
training-script-quiz-score = { $total }問中{ $right }問正解です。{ $saved }
training-script-quiz-saved = この端末の学習の記録に残しました。
training-script-done = { $date }に学習済みにしました。
training-script-case-incomplete = 窓口・進め方・同意の3つとも選んでから押してください。
training-script-case-same = ○ ガイドと同じ
training-script-case-different = × ガイドとちがう
training-script-case-window = 窓口：{ $mark }（あなた：{ $you }）
training-script-case-meeting = 進め方：{ $mark }（あなた：{ $you }／ガイド：{ $guide }）
training-script-case-consent = 同意：{ $mark }（ガイドは{ $guide }）
training-script-case-consent-asked = 同意を確かめ、その答えで進め方を分けます
training-script-case-consent-not-asked = この事実では同意しだいで進め方を変えません
training-script-case-matched = 3つともガイドと同じでした。下の理由も読んでおきましょう。
training-script-case-differs = ちがう点があります。下のガイドの答えと理由を読んで、どこで判断が分かれたかを確かめましょう。
training-script-record-module = { $date } 学習済み
training-script-record-quiz = { $total }問中{ $right }問正解（{ $date }）
training-script-record-case-same = { $date } ガイドと同じ判断
training-script-record-case-different = { $date } ガイドとちがう点あり
training-script-record-none = まだ
training-script-exported = 記録を「{ $file }」として書き出しました。
training-script-too-big = このファイルは大きすぎるため、読み込みませんでした。記録は変わっていません。
training-script-imported = ファイルの記録を読み込みました。
training-script-imported-not-saved = 読み込みましたが、この端末には保存できませんでした。
training-script-unreadable = このファイルは学習の記録として読めませんでした（ちがうファイルか、こわれています）。記録は変わっていません。
training-script-clear-confirm = この端末の学習の記録をすべて消します。よろしいですか。
training-script-cleared = この端末の学習の記録を消しました。

## The search page's script (its own WASM): the words it writes, carried on the page's root as
## data-words-* attributes (crates/search/src/markup.rs), "{name}" placeholders filled in there
search-script-failed = 検索の準備ができませんでした。ページを読み込みなおすか、下の五十音さくいんから探してください。
search-script-none = 「{ $query }」に合うものは見つかりませんでした。
search-script-some = 「{ $query }」の検索結果: { $total }件（よく合う{ $shown }件を表示）
search-script-all = 「{ $query }」の検索結果: { $total }件
search-script-kind-city = { $kind }・{ $city }
search-script-separator = 、

## A wide table's scroll region (its name for screen readers) on the Japanese-only pages'
## generated tables; a table written in Markdown is named by `markdown-table-label` in the
## three catalogues, in the page's language
table-scroll-label = { $label }（横にスクロールできます）
guide-map-scroll-label = 全体図（横にスクロールできます）

## A guide's map (/cities/<city>/guides/<guide>/map/): the page, the drawing's boxes and the
## list below it; a condition is written as a sentence from these pieces
map-name = { $guide }の全体図
map-drawing-title = 図
map-list-title = 質問と分かれ道の一覧
map-lead-before = 「
map-lead-after = 」の質問と分かれ道を、サイトを作るときにガイドのデータから描いた図です。質問ごとに、どの答えでどこへ進むか（①②…の番号の分かれ道）、結果ごとに名前が出る窓口（◎は最初につなぐ窓口、「条件つき」は答えによって出る窓口）を示します。同じ内容を、条件を省かずに、図の下の一覧でも書いています。
map-drawing-label = { $name }。質問{ $questions }個と結果{ $outcomes }個。同じ内容を下の一覧に書いています。
map-quoted = 「{ $words }」
map-quoted-cut = 「{ $words }…」
map-or = か
map-and = 、かつ
map-chose = { $question }で{ $options }を選んだ
map-chose-short = { $options }を選んだ
map-answered-unknown = { $question }に「わからない」と答えた
map-chose-at-least = { $question }で{ $count }つ以上選んだ
map-when = { $words }とき
map-always = つねに
map-otherwise = 上のどれでもないとき
map-option-unknown = わからない
map-box-question = 質問
map-box-outcome = 結果
map-box-title = { $kind }：{ $title }
map-box-options = 選択肢：{ $options }
map-box-options-several = 選択肢（いくつでも）：{ $options }
map-box-first-window = ◎{ $window }
map-box-first-window-when = ◎{ $window }（条件つき）
map-box-also-window = ・{ $window }
map-box-also-window-when = ・{ $window }（条件つき）
map-list-question = 質問：
map-list-outcome = 結果：
map-list-options = 選択肢：
map-list-options-several = 選択肢（いくつでも選べる）：
map-list-no-windows = 窓口の名前は出しません。
map-list-first-window = 最初につなぐ：
map-list-also-window = あわせて名前が出る：
