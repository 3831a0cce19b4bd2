//! The HTML the compiler writes for a guide: one page per flow holding every screen (the intro,
//! each question as a form, check your answers, each outcome with its window cards, and the
//! 相談メモ), all hidden but the intro. The flow's structure rides along in `data-flow` (see
//! `guide::wire`) and the wording the browser fills in as templates on the root (see
//! `guide::markup::Wording`); the browser shows one screen at a time and fills in only numbers
//! and texts already on the page, so every word a reader sees was written here at build time.
//! Every id, class and `data-*` attribute the browser reads comes from `guide::markup`.

use crate::content::guides::checked::{CheckedFlow, INTRO};
use crate::content::guides::screens::{check_screen, outcome_screen, question_screen};
use crate::content::html::{href, html, BodyWriter, GeneratedBody, Markup, PageHtml};
use crate::content::site_config::{City, SiteConfig};
use crate::content::windows::CityWindows;
use crate::guide::markup::{self, Wording};
use crate::guide::steps::AT;
use crate::guide::wire;
use crate::site::page_url;

/// The id of a city's guides page.
pub fn guides_id(city: &str) -> String {
    format!("cities/{city}/guides")
}

/// The id of a flow's page.
pub fn guide_id(city: &str, flow: &str) -> String {
    format!("cities/{city}/guides/{flow}")
}

/// The guide's title (its `intro` heading) and one-line summary (the text of the intro's first
/// paragraph, as the prose parse recorded it).
pub fn title_and_summary(checked: &CheckedFlow, city: &City) -> (String, String) {
    let intro = checked.prose.get(INTRO);
    let title = intro.map_or_else(|| checked.flow.id.to_string(), |intro| intro.title.clone());
    let summary = intro.map(|intro| intro.summary.clone()).unwrap_or_default();
    (format!("{title}（{}）", city.name), summary)
}

/// The words the browser fills in, as templates (see `guide::markup::Wording`).
pub fn wording() -> Wording {
    Wording {
        progress_more: "{number}問目・このあと多くて{left}問".to_string(),
        progress_last: "{number}問目・これが最後の質問です".to_string(),
        in_play: "いまの回答から案内できる窓口：{count}か所（この先の質問に答えるほど絞りこまれます）".to_string(),
        resume_offer: "この端末に、前回の途中までの回答が保存されています。".to_string(),
        resume_damaged: "保存されていた回答は読み取れなかったため、消しました。最初から答えてください。".to_string(),
        resume_forgotten: "保存した回答を消しました。".to_string(),
        screen_title: "{screen}｜{page}".to_string(),
        error_title: "エラー：{title}".to_string(),
        memo_window: "{name}　{contact}".to_string(),
        answer_separator: "\n".to_string(),
    }
}

/// The body of a flow's page, with the pages it links to (the city's directory and the windows'
/// pages) recorded for the link checks.
/// `config` gives the quick exit's address; `emergency_numbers`, the emergency page's numbers
/// for the danger screen.
pub fn guide_body(
    checked: &CheckedFlow,
    city: &City,
    windows: &CityWindows,
    base: &str,
    config: &SiteConfig,
    emergency_numbers: Option<&PageHtml>,
) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let exit_url = href(&config.quick_exit_url);
    let flow = &checked.flow;
    let path = page_url(base, &guide_id(&city.id, &flow.id));
    let directory = body.page(&crate::content::windows::model::directory_id(&city.id));
    // The staff guide's intro links its map (for staff who want the whole flow at once).
    let map =
        (flow.id.as_ref() == STAFF_FLOW).then(|| body.page(&crate::content::guides::map::map_id(&city.id, &flow.id)));
    let wording = wording();
    let [progress_more, progress_last, in_play, resume_offer, resume_damaged, resume_forgotten, screen_title, error_title, memo_window, answer_separator] =
        wording.values();
    let questions: Vec<Markup> = flow
        .questions
        .iter()
        .filter_map(|question| checked.prose.get(question.id.as_ref()).map(|words| question_screen(question, words)))
        .collect();
    let outcomes: Vec<Markup> = flow
        .outcomes
        .iter()
        .map(|outcome| outcome_screen(&mut body, outcome, &checked.prose, city, windows, emergency_numbers))
        .collect();
    let markup = html! {
        div class="guide" id=(markup::ROOT_ID) data-app-at-load data-flow=(wire::encode(flow)) data-exit=(exit_url)
            data-progress-more=(progress_more) data-progress-last=(progress_last) data-in-play-text=(in_play)
            data-resume-offer=(resume_offer) data-resume-damaged=(resume_damaged) data-resume-forgotten=(resume_forgotten)
            data-screen-title=(screen_title) data-error-title=(error_title) data-memo-window=(memo_window)
            data-answer-separator=(answer_separator) {
            // A real link, so the exit works before (and without) the WASM; with it, the page is
            // replaced rather than left in the history, and the walk is forgotten.
            div class="guide__exit" {
                a class="quick-exit" id=(markup::EXIT_LINK_ID) href=(exit_url) rel="noreferrer" { "このページをすぐに閉じる" }
            }
            p class="notice guide__needs-js" {
                "このガイドはJavaScriptで動きます。動かないときは、"
                a href=(directory) { (city.name) "の相談窓口の一覧" }
                "から探せます。"
            }
            div class="notice guide__problem" id=(markup::PROBLEM_ID) role="alert" tabindex="-1" hidden {
                p {
                    strong { "このリンクの回答は読み取れませんでした。" }
                    "古いリンクか、途中で書き換えられたリンクのようです。お手数ですが、最初から答えてください。"
                }
                p { a class="button" href=(href(&path)) data-guide-link { "最初からはじめる" } }
            }
            p class="notice guide__sensitive" id=(markup::SENSITIVE_NOTE_ID) hidden {
                "記録を残さないモードです。このモードにしてからの回答は、アドレスにも履歴にも端末にも残りません。ページを再読み込みすると最初に戻ります。"
            }
            nav class="guide-nav" id=(markup::NAV_ID) aria-label="ガイドの操作" hidden {
                a class="guide-nav__back" id=(markup::BACK_ID) href="" data-guide-link { "戻る" }
                a class="guide-nav__restart" id=(markup::RESTART_ID) href="" data-guide-link { "最初からやり直す" }
            }
            (intro_screen(checked, &path, resume_offer, map.as_deref()))
            @for question in &questions { (question) }
            (check_screen(checked))
            @for outcome in &outcomes { (outcome) }
            (memo(flow.id.as_ref() == STAFF_FLOW))
        }
    };
    body.finish(markup)
}

fn intro_screen(checked: &CheckedFlow, path: &str, resume_offer: &str, map: Option<&str>) -> Markup {
    let flow = &checked.flow;
    let most = flow.question(&flow.start).map_or(0, |question| flow.questions_left(question).1);
    let intro = checked.prose.get(INTRO);
    let title = intro.map_or("はじめに", |intro| intro.title.as_str());
    let start = format!("{path}?{AT}={}", flow.start);
    html! {
        section class=(markup::SCREEN_CLASS) id=(markup::INTRO_ID) aria-labelledby=(markup::INTRO_TITLE_ID) {
            h2 id=(markup::INTRO_TITLE_ID) tabindex="-1" { (title) }
            p { "質問は多くて" (most) "問です。答えはいつでも戻って変えられ、この端末の外には送られません。記録を残したくないときは、はじめる前にすぐ下の設定を選んでください。" }
            div class="guide-resume notice" id=(markup::RESUME_ID) hidden {
                p id=(markup::RESUME_TEXT_ID) tabindex="-1" { (resume_offer) }
                p {
                    a class="button" id=(markup::RESUME_LINK_ID) href="" data-guide-link hidden { "前回の続きから" }
                    " "
                    button type="button" class="button button--secondary" id=(markup::FORGET_ID) hidden { "保存した回答を消す" }
                }
            }
            p class="guide-start" { a class="button button--start" id=(markup::START_ID) href=(href(&start)) data-guide-link { "はじめる" } }
            // The start button comes first, so it is on the first screen under the heading; the
            // settings follow it, named as what to choose before starting.
            fieldset class="guide-settings" {
                legend { "はじめる前に選べる設定（必要なときだけ）" }
                (setting(markup::SENSITIVE_ID, "記録を残さないモードで使う", "回答をアドレスや履歴に残しません。共用の端末や、家族に見られたくないときに。"))
                (setting(markup::REMEMBER_ID, "この端末に回答を保存して、あとで続きから始める", "保存した回答は、この画面でいつでも消せます。"))
            }
            h3 { "このガイドについて" }
            @if let Some(intro) = intro { (intro.html) }
            @if let Some(map) = map {
                p { "質問と分かれ道、結果と窓口の全体は、" a href=(map) { "このガイドの全体図" } "で、図と一覧で見られます。" }
            }
            ul {
                li { "答えた内容はこの端末の中だけで使われ、どこにも送られません。" }
                li {
                    "だれかに見られそうなときは「このページをすぐに閉じる」を押すか、Shiftキーを3回続けて押すと、別のサイトに切り替わります。それまでに開いた画面はブラウザーの履歴に残るので、履歴を残したくないときは、「はじめる前に選べる設定」の「記録を残さないモード」を使ってください。"
                }
            }
        }
    }
}

/// One checkbox of the intro's settings, with its hint inside the label.
fn setting(id: &str, label: &str, hint: &str) -> Markup {
    html! {
        div class="guide-choice" {
            input type="checkbox" id=(id);
            label for=(id) { (label) span class="guide-choice__hint" { (hint) } }
        }
    }
}

/// The id of the staff flow, whose 相談メモ is written for the staff member who passes the case on.
pub const STAFF_FLOW: &str = "staff";

/// The 相談メモ under a result: the answers and the first windows (filled in from the page's
/// own texts), and lines to write on. Printing shows only the result and this memo. The staff
/// guide's memo is a note for passing a case on, not a list of what a resident should bring.
fn memo(for_staff: bool) -> Markup {
    if for_staff {
        return staff_memo();
    }
    html! {
        section class="guide-memo" id=(markup::MEMO_ID) aria-labelledby="guide-memo-title" hidden {
            h3 id="guide-memo-title" { "相談メモ" }
            p { "印刷するか書き写して、相談に持っていけます。話したいことを前もって書いておくと、窓口で伝えやすくなります。" }
            h4 { "相談する窓口" }
            ul id=(markup::MEMO_WINDOWS_ID) {}
            h4 { "このガイドでの回答" }
            dl class="memo-answers" id=(markup::MEMO_ANSWERS_ID) {}
            h4 { "窓口で伝えること" }
            ul class="memo-lines" {
                li { "だれが、どんなことで困っているか：" }
                li { "いつごろから困っているか：" }
                li { "これまでに相談したところ：" }
                li { "連絡してほしい方法（電話・訪問など）：" }
            }
            h4 { "持っていくとよいもの" }
            p { "困りごとに関係する書類や手紙、保険証、お薬手帳など、手元にあるもの。なくても相談できます。" }
            p { button type="button" class="button button--secondary" id=(markup::PRINT_ID) { "印刷する" } }
        }
    }
}

/// The staff guide's 相談メモ: what to tell the window or meeting the case goes to.
fn staff_memo() -> Markup {
    html! {
        section class="guide-memo" id=(markup::MEMO_ID) aria-labelledby="guide-memo-title" hidden {
            h3 id="guide-memo-title" { "相談メモ（つなぐときの覚え書き）" }
            p { "つなぐ先に連絡するときや、係内で相談するときの覚え書きです。名前や連絡先など個人の情報は、このメモには書かず、所定の記録に残してください。" }
            h4 { "つなぐ先の候補" }
            ul id=(markup::MEMO_WINDOWS_ID) {}
            h4 { "このガイドでの回答" }
            dl class="memo-answers" id=(markup::MEMO_ANSWERS_ID) {}
            h4 { "つなぐ先に伝えること" }
            ul class="memo-lines" {
                li { "相談を受けた日と、受けた窓口：" }
                li { "分かっている課題と、その分野：" }
                li { "本人の同意の有無と、確かめた方法：" }
                li { "急ぎの度合いと、その理由：" }
                li { "すでに関わっている機関：" }
            }
            p { button type="button" class="button button--secondary" id=(markup::PRINT_ID) { "印刷する" } }
        }
    }
}

/// The body of a city's guides page (its guides are listed under it as child pages), with the
/// directory it links to recorded for the link checks.
pub fn guides_index_body(city: &City, base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let directory = body.page(&crate::content::windows::model::directory_id(&city.id));
    let markup = html! {
        p {
            "質問に答えて、" (city.name) "の相談窓口やつなぎ先を探せます。質問に答えずに探すときは、"
            a href=(directory) { (city.name) "の相談窓口の一覧" }
            "を見てください。"
        }
    };
    body.finish(markup)
}
