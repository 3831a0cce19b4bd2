//! The HTML the compiler writes for a guide: one page per flow holding every screen (the intro,
//! each question as a form, check your answers, each outcome with its window cards, and the
//! 相談メモ), all hidden but the intro. The flow's structure rides along in `data-flow` (see
//! `guide::wire`); the browser shows one screen at a time and fills in only numbers and
//! texts already on the page, so every word a reader sees was written here at build time.

use crate::content::guides::checked::{CheckedFlow, NodeProse, INTRO};
use crate::content::html::{attr, legacy_href as href, text};
use crate::content::markdown::page_url;
use crate::content::windows::{tel_uri, CityWindows};
use crate::content::{City, SiteConfig};
use crate::guide::steps::AT;
use crate::guide::{wire, Outcome, Question, QuestionKind};

/// The id of a city's guides page.
pub fn guides_id(city: &str) -> String {
    format!("cities/{city}/guides")
}

/// The id of a flow's page.
pub fn guide_id(city: &str, flow: &str) -> String {
    format!("cities/{city}/guides/{flow}")
}

/// The guide's title (its `intro` heading) and one-line summary (the intro's first paragraph).
pub fn title_and_summary(checked: &CheckedFlow, city: &City) -> (String, String) {
    let intro = checked.prose.get(INTRO);
    let title = intro.map_or_else(|| checked.flow.id.to_string(), |intro| intro.title.clone());
    let summary = intro.map(|intro| first_paragraph_text(intro.html.as_str())).unwrap_or_default();
    (format!("{title}（{}）", city.name), summary)
}

/// The body of a flow's page.
/// `config` gives the quick exit's address and the wording for a window without a phone number.
pub fn guide_body(
    checked: &CheckedFlow,
    city: &City,
    windows: &CityWindows,
    base: &str,
    config: &SiteConfig,
) -> String {
    let exit_url = config.quick_exit_url.as_str();
    let flow = &checked.flow;
    let path = page_url(base, &guide_id(&city.id, &flow.id));
    let prose = |id: &str| checked.prose.get(id);
    let start = flow.question(&flow.start);
    let most = start.map_or(0, |question| flow.questions_left(question).1);
    let mut html = format!(
        "<div class=\"guide\" id=\"guide\" data-flow=\"{}\" data-exit=\"{}\">",
        attr(&wire::encode(flow)),
        href(exit_url)
    );
    // A real link, so the exit works before (and without) the WASM; with it, the page is
    // replaced rather than left in the history, and the walk is forgotten.
    html.push_str(&format!(
        "<div class=\"guide__exit\"><a class=\"quick-exit\" id=\"guide-exit\" href=\"{}\" rel=\"noreferrer\">このページをすぐに閉じる</a></div>",
        href(exit_url)
    ));
    html.push_str(&format!(
        "<p class=\"notice guide__needs-js\">このガイドはJavaScriptで動きます。動かないときは、<a href=\"{}\">{}の相談窓口の一覧</a>から探せます。</p>",
        href(&page_url(base, &crate::content::windows::pages::directory_id(&city.id))),
        text(&city.name)
    ));
    html.push_str(&format!(
        "<div class=\"notice guide__problem\" id=\"guide-problem\" role=\"alert\" tabindex=\"-1\" hidden>\
         <p><strong>このリンクの回答は読み取れませんでした。</strong>古いリンクか、途中で書き換えられたリンクのようです。お手数ですが、最初から答えてください。</p>\
         <p><a class=\"button\" href=\"{}\" data-guide-link>最初からはじめる</a></p></div>",
        href(&path)
    ));
    html.push_str(
        "<p class=\"notice guide__sensitive\" id=\"guide-sensitive-note\" hidden>記録を残さないモードです。このモードにしてからの回答は、アドレスにも履歴にも端末にも残りません。ページを再読み込みすると最初に戻ります。</p>",
    );
    html.push_str(
        "<nav class=\"guide-nav\" id=\"guide-nav\" aria-label=\"ガイドの操作\" hidden>\
         <a class=\"guide-nav__back\" id=\"guide-back\" href=\"\" data-guide-link>戻る</a>\
         <a class=\"guide-nav__restart\" id=\"guide-restart\" href=\"\" data-guide-link>最初からやり直す</a></nav>",
    );
    html.push_str(&intro_screen(checked, &path, most));
    for question in flow.questions.iter() {
        if let Some(words) = prose(&question.id) {
            html.push_str(&question_screen(question, words));
        }
    }
    html.push_str(&check_screen(checked));
    for outcome in flow.outcomes.iter() {
        if let Some(words) = prose(&outcome.id) {
            html.push_str(&outcome_screen(outcome, words, city, windows, base, &config.no_phone_note));
        }
    }
    html.push_str(MEMO);
    html.push_str("</div>");
    html
}

fn intro_screen(checked: &CheckedFlow, path: &str, most: usize) -> String {
    let intro = checked.prose.get(INTRO);
    let title = intro.map_or("はじめに", |intro| intro.title.as_str());
    let mut html = format!(
        "<section class=\"guide-screen\" id=\"guide-intro\" aria-labelledby=\"guide-intro-title\">\
         <h2 id=\"guide-intro-title\" tabindex=\"-1\">{}</h2>",
        text(title)
    );
    html.push_str(intro.map_or("", |intro| intro.html.as_str()));
    html.push_str(&format!(
        "<ul><li>質問は多くて{most}問です。答えはいつでも戻って変えられます。</li>\
         <li>答えた内容はこの端末の中だけで使われ、どこにも送られません。</li>\
         <li>だれかに見られそうなときは「このページをすぐに閉じる」を押すか、Shiftキーを3回続けて押すと、別のサイトに切り替わります。それまでに開いた画面はブラウザーの履歴に残るので、履歴を残したくないときは、下の「記録を残さないモード」を使ってください。</li></ul>"
    ));
    html.push_str(
        "<div class=\"guide-resume notice\" id=\"guide-resume\" hidden><p id=\"guide-resume-text\" tabindex=\"-1\">この端末に、前回の途中までの回答が保存されています。</p>\
         <p><a class=\"button\" id=\"guide-resume-link\" href=\"\" data-guide-link hidden>前回の続きから</a> \
         <button type=\"button\" class=\"button button--secondary\" id=\"guide-forget\" hidden>保存した回答を消す</button></p></div>",
    );
    html.push_str(
        "<fieldset class=\"guide-settings\"><legend>使い方の設定</legend>\
         <div class=\"guide-choice\"><input type=\"checkbox\" id=\"guide-sensitive\"><label for=\"guide-sensitive\">記録を残さないモードで使う<span class=\"guide-choice__hint\">回答をアドレスや履歴に残しません。共用の端末や、家族に見られたくないときに。</span></label></div>\
         <div class=\"guide-choice\"><input type=\"checkbox\" id=\"guide-remember\"><label for=\"guide-remember\">この端末に回答を保存して、あとで続きから始める<span class=\"guide-choice__hint\">保存した回答は、この画面でいつでも消せます。</span></label></div>\
         </fieldset>",
    );
    let start = format!("{path}?{AT}={}", checked.flow.start);
    html.push_str(&format!(
        "<p><a class=\"button button--start\" id=\"guide-start\" href=\"{}\" data-guide-link>はじめる</a></p></section>",
        href(&start)
    ));
    html
}

fn question_screen(question: &Question, words: &NodeProse) -> String {
    let id = attr(&question.id);
    let multiple = question.kind == QuestionKind::Multiple;
    let kind = if multiple { "checkbox" } else { "radio" };
    let mut html = format!(
        "<section class=\"guide-screen\" id=\"guide-q-{id}\" data-question=\"{id}\" aria-labelledby=\"guide-q-{id}-title\" hidden>\
         <form class=\"guide-form\" data-question=\"{id}\" novalidate>\
         <fieldset class=\"guide-fieldset\" aria-describedby=\"guide-q-{id}-hint\">\
         <legend class=\"guide-legend\"><span class=\"guide-progress\" data-progress></span><h2 id=\"guide-q-{id}-title\" tabindex=\"-1\">{}</h2></legend>\
         <div class=\"guide-hint\" id=\"guide-q-{id}-hint\">{}{}</div>\
         <p class=\"guide-error\" id=\"guide-q-{id}-error\" tabindex=\"-1\" hidden><span class=\"visually-hidden\">エラー：</span>{}</p>\
         <div class=\"guide-choices\">",
        text(&words.title),
        if multiple { "<p>あてはまるものをすべて選んでください。</p>" } else { "" },
        words.html.as_str(),
        error_message(question, words),
    );
    let label = |option: &str| -> String {
        words.options.iter().find(|(known, _)| known == option).map_or(option, |(_, label)| label.as_str()).to_string()
    };
    let choice = |option: &str, label: &str, exclusive: bool| {
        format!(
            "<div class=\"guide-choice\"><input type=\"{kind}\" name=\"{id}\" id=\"guide-{id}-{0}\" value=\"{0}\"{1}><label for=\"guide-{id}-{0}\">{2}</label></div>",
            attr(option),
            if exclusive && multiple { " data-exclusive" } else { "" },
            text(label)
        )
    };
    for option in question.options.iter().filter(|option| !option.exclusive) {
        html.push_str(&choice(&option.id, &label(&option.id), false));
    }
    let alone: Vec<&str> = question.options.iter().filter(|option| option.exclusive).map(|o| o.id.as_ref()).collect();
    if !alone.is_empty() || question.allows_unknown {
        html.push_str("<p class=\"guide-choices__or\">または</p>");
    }
    for option in alone {
        html.push_str(&choice(option, &label(option), true));
    }
    if question.allows_unknown {
        html.push_str(&choice(crate::guide::query::UNKNOWN, "わからない", true));
    }
    html.push_str(
        "</div></fieldset><p class=\"guide-in-play\" role=\"status\" data-in-play></p>\
         <p><button type=\"submit\" class=\"button\">次へ</button></p></form></section>",
    );
    html
}

/// What to do when nothing is chosen, naming the question's own stand-alone options.
fn error_message(question: &Question, words: &NodeProse) -> String {
    if question.kind == QuestionKind::Single {
        return "どれか一つを選んでください。".to_string();
    }
    let mut alone: Vec<String> = question
        .options
        .iter()
        .filter(|option| option.exclusive)
        .map(|option| {
            let label = words
                .options
                .iter()
                .find(|(id, _)| id == option.id.as_ref())
                .map_or(option.id.as_ref(), |(_, label)| label);
            format!("「{}」", text(label))
        })
        .collect();
    if question.allows_unknown {
        alone.push("「わからない」".to_string());
    }
    if alone.is_empty() {
        "あてはまるものを一つ以上選んでください。".to_string()
    } else {
        format!("あてはまるものを一つ以上選ぶか、{}を選んでください。", alone.join("か"))
    }
}

fn check_screen(checked: &CheckedFlow) -> String {
    let mut html = String::from(
        "<section class=\"guide-screen\" id=\"guide-check\" aria-labelledby=\"guide-check-title\" hidden>\
         <h2 id=\"guide-check-title\" tabindex=\"-1\">回答の確認</h2>\
         <p>この回答で相談先を案内します。変えたいときは「変更」を選んでください。</p>\
         <dl class=\"check-answers\">",
    );
    for question in checked.flow.questions.iter() {
        let Some(words) = checked.prose.get(question.id.as_ref()) else { continue };
        html.push_str(&format!(
            "<div class=\"check-answers__row\" data-row=\"{0}\" hidden><dt>{1}</dt><dd data-answer></dd>\
             <dd class=\"check-answers__change\"><a href=\"\" data-guide-link data-change=\"{0}\">変更<span class=\"visually-hidden\">：{1}</span></a></dd></div>",
            attr(&question.id),
            text(&words.title)
        ));
    }
    html.push_str(
        "</dl><p><a class=\"button\" id=\"guide-see-result\" href=\"\" data-guide-link>この回答で相談先を見る</a></p></section>",
    );
    html
}

fn outcome_screen(
    outcome: &Outcome,
    words: &NodeProse,
    city: &City,
    windows: &CityWindows,
    base: &str,
    no_phone_note: &str,
) -> String {
    let id = attr(&outcome.id);
    let mut html = format!(
        "<section class=\"guide-screen guide-result\" id=\"guide-o-{id}\" data-outcome=\"{id}\" aria-labelledby=\"guide-o-{id}-title\" hidden>\
         <h2 id=\"guide-o-{id}-title\" tabindex=\"-1\">{}</h2>",
        text(&words.title)
    );
    let card = |index: usize| -> String {
        let pick = &outcome.windows[index];
        let Some(window) = windows.windows.iter().find(|window| window.id == pick.window.as_ref()) else {
            return String::new();
        };
        let url = page_url(base, &crate::content::windows::pages::window_page_id(window));
        let contact = match (&window.contact.phone, window.stated_department()) {
            (Some(phone), _) => {
                format!("電話：<a href=\"{}\">{}</a>", href(&tel_uri(phone)), text(phone))
            }
            (None, Some(department)) => format!(
                "{}{}の{}（所管課）に問い合わせてください。",
                text(no_phone_note),
                text(&city.name),
                text(department)
            ),
            (None, None) => format!("{}{}の市役所に問い合わせてください。", text(no_phone_note), text(&city.name)),
        };
        format!(
            "<li class=\"pick-card\" data-pick=\"{index}\" hidden><h4 class=\"pick-card__name\"><a href=\"{}\">{}</a>{}</h4>\
             <p>{}</p><p class=\"pick-card__contact\">{contact}</p></li>",
            href(&url),
            text(&window.name),
            if window.planned { "<span class=\"badge\">設置予定</span>" } else { "" },
            text(&pick.reason)
        )
    };
    let indices = |first: bool| -> String {
        (0..outcome.windows.len()).filter(|&index| outcome.windows[index].first == first).map(card).collect()
    };
    if outcome.urgent {
        html.push_str(&format!("<div class=\"guide-result__urgent\">{}</div>", words.html.as_str()));
        html.push_str(&format!(
            "<h3>落ち着いたら相談できる窓口</h3><ul class=\"pick-list\" data-picks>{}{}</ul>",
            indices(true),
            indices(false)
        ));
    } else {
        html.push_str(&format!(
            "<h3>まず相談する窓口</h3><ul class=\"pick-list\" data-picks>{}</ul>\
             <div data-secondary><h3>あわせて相談できる窓口</h3><ul class=\"pick-list\" data-picks>{}</ul></div>",
            indices(true),
            indices(false)
        ));
        html.push_str(&format!("<div class=\"guide-result__more\">{}</div>", words.html.as_str()));
        html.push_str("<p><a href=\"\" data-guide-link data-to-check>回答を確認・変更する</a></p>");
    }
    html.push_str("</section>");
    html
}

/// The 相談メモ under a result: the answers and the first windows (filled in from the page's
/// own texts), and lines to write on. Printing shows only the result and this memo.
const MEMO: &str = "<section class=\"guide-memo\" id=\"guide-memo\" aria-labelledby=\"guide-memo-title\" hidden>\
    <h3 id=\"guide-memo-title\">相談メモ</h3>\
    <p>印刷するか書き写して、相談に持っていけます。話したいことを前もって書いておくと、窓口で伝えやすくなります。</p>\
    <h4>相談する窓口</h4><ul id=\"guide-memo-windows\"></ul>\
    <h4>このガイドでの回答</h4><dl class=\"memo-answers\" id=\"guide-memo-answers\"></dl>\
    <h4>窓口で伝えること</h4><ul class=\"memo-lines\">\
    <li>だれが、どんなことで困っているか：</li><li>いつごろから困っているか：</li>\
    <li>これまでに相談したところ：</li><li>連絡してほしい方法（電話・訪問など）：</li></ul>\
    <h4>持っていくとよいもの</h4><p>困りごとに関係する書類や手紙、保険証、お薬手帳など、手元にあるもの。なくても相談できます。</p>\
    <p><button type=\"button\" class=\"button button--secondary\" id=\"guide-print\">印刷する</button></p></section>";

/// The body of a city's guides page (its guides are listed under it as child pages).
pub fn guides_index_body(city: &City, base: &str) -> String {
    format!(
        "<p>質問に答えて、{0}の相談窓口やつなぎ先を探せます。質問に答えずに探すときは、<a href=\"{1}\">{0}の相談窓口の一覧</a>を見てください。</p>",
        text(&city.name),
        href(&page_url(base, &crate::content::windows::pages::directory_id(&city.id)))
    )
}

/// The text of the first paragraph of some rendered HTML (for a one-line summary).
fn first_paragraph_text(html: &str) -> String {
    let Some(start) = html.find("<p>") else { return String::new() };
    let rest = &html[start + 3..];
    let paragraph = &rest[..rest.find("</p>").unwrap_or(rest.len())];
    let mut out = String::new();
    let mut in_tag = false;
    for c in paragraph.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}
