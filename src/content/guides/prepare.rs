//! A result's 「相談の前に」 box, at the top of the result: what to say at any window, and what
//! to bring by the kind of window (the audiences in windows.toml). Each kind's item names the
//! picks it is for, and the browser shows it when one of them is a first window.

use crate::content::html::{html, Markup};
use crate::content::windows::CityWindows;
use crate::guide::Outcome;
use crate::taxonomy::Audience;

/// What helps at a window of this kind: (what to bring, what to say).
fn advice(audience: Audience) -> (&'static str, &'static str) {
    match audience {
        Audience::General => (
            "健康保険証やマイナンバーカードなど本人確認できるもの、困りごとに関係する手紙や書類",
            "だれが、どんなことで、いつごろから困っているか。ほかにも困りごとがあれば、それも",
        ),
        Audience::Elderly => (
            "介護保険の被保険者証、お薬手帳、かかりつけの病院が分かるもの",
            "暮らしの中でできなくなったこと（食事・トイレ・外出・もの忘れなど）と、家族の手助けの様子",
        ),
        Audience::Disability => (
            "障害者手帳や受給者証（持っていれば）、お薬手帳、使っているサービスが分かるもの",
            "困っている場面と、今使っている支援やサービス",
        ),
        Audience::Children => (
            "母子健康手帳、子どもの健康保険証、学校や保育所からの手紙（あれば）",
            "子どもの年齢と様子、学校や園とのやりとり、親として心配なこと",
        ),
        Audience::Poverty => (
            "収入や家賃、借金、公共料金の支払いが分かるもの（給与明細・通帳・督促状など）",
            "いま手元にあるお金と、いつまで暮らせそうか、仕事や住まいの状況",
        ),
        Audience::Isolation => (
            "特にありません（本人が来られなくても、家族だけで相談できます）",
            "外に出なくなった時期と今の様子、家族が困っていること",
        ),
    }
}

/// The box: the words to say at any window, then an item per kind of the outcome's windows.
pub fn prepare_box(outcome: &Outcome, windows: &CityWindows) -> Markup {
    let kinds: Vec<(Audience, String)> = Audience::ALL
        .into_iter()
        .filter_map(|audience| {
            let picks: Vec<String> = outcome
                .windows
                .iter()
                .enumerate()
                .filter(|(_, pick)| {
                    windows
                        .windows
                        .iter()
                        .any(|window| window.id == pick.window.as_ref() && window.audiences.contains(&audience))
                })
                .map(|(index, _)| index.to_string())
                .collect();
            (!picks.is_empty()).then(|| (audience, picks.join(" ")))
        })
        .collect();
    html! {
        div class="guide-prepare" {
            h3 { "相談の前に" }
            p { "持ち物がそろっていなくても、相談はできます。" }
            dl class="guide-prepare__list" {
                @for (audience, picks) in &kinds {
                    @let (bring, say) = advice(*audience);
                    div data-prepare=(picks) hidden {
                        dt { (audience.label()) "の窓口" }
                        dd { "持っていくもの：" (bring) }
                        dd { "伝えること：" (say) }
                    }
                }
            }
        }
    }
}
