//! The evaluation-indicators page: the plan's table of yearly targets and an SVG chart of the
//! same facts. The chart marks each target with a shape and a word (not colour alone), and the
//! table right above it is its text alternative.

use crate::content::html::{attr, text};
use crate::content::indicators::{percent_value, Indicators};
use crate::content::markdown::Heading;
use crate::content::windows::pages::GeneratedBody;

/// What kind of target a cell holds, for the chart's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    /// A percentage.
    Number,
    /// A target to be set later (「…以降に設定」).
    ToBeSet,
    /// Measured by a survey or from results (「…により算出」「…実績により設定」).
    Measured,
    /// A direction (「増加」).
    Increase,
    /// None (「—」).
    None,
    /// Anything else the plan writes (「維持」「50件」…): shown as written.
    Other,
}

impl TargetKind {
    fn of(target: &str) -> TargetKind {
        let target = target.trim();
        if percent_value(target).is_some() {
            TargetKind::Number
        } else if target.contains("以降に設定") {
            TargetKind::ToBeSet
        } else if target.contains("算出") || target.contains("実績") {
            TargetKind::Measured
        } else if target.contains("増加") {
            TargetKind::Increase
        } else if ["—", "－", "-", "―", ""].contains(&target) {
            TargetKind::None
        } else {
            TargetKind::Other
        }
    }

    fn legend(self) -> &'static str {
        match self {
            TargetKind::Number => "■ 数値の目標（棒の長さが割合）",
            TargetKind::ToBeSet => "◇ 目標はこれから設定",
            TargetKind::Measured => "○ 調査や実績から算出・設定",
            TargetKind::Increase => "▲ 増加をめざす",
            TargetKind::None => "－ 目標なし",
            TargetKind::Other => "◆ そのほかの目標（ことばのまま）",
        }
    }
}

/// The table and the chart.
pub fn indicators_body(indicators: &Indicators) -> GeneratedBody {
    let years = &indicators.years;
    let mut html = String::new();
    html.push_str("<h2 id=\"targets\">年度ごとの目標（表）</h2>");
    html.push_str(&format!("<p>出典：{}。目標の書き方は計画のとおりです。</p>", text(&indicators.source)));
    let mut table = String::from(
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"評価指標の表（横にスクロールできます）\"><table id=\"indicator-table\"><caption>評価指標と年度ごとの目標</caption><thead><tr><th scope=\"col\">指標</th>",
    );
    for year in years {
        table.push_str(&format!("<th scope=\"col\">{}</th>", text(year)));
    }
    table.push_str("</tr></thead><tbody>");
    for indicator in &indicators.indicators {
        table.push_str(&format!(
            "<tr id=\"indicator-{}\"><th scope=\"row\">{}</th>",
            attr(&indicator.id),
            text(&indicator.name)
        ));
        for target in &indicator.targets {
            table.push_str(&format!("<td>{}</td>", text(target)));
        }
        table.push_str("</tr>");
    }
    table.push_str("</tbody></table></div>");
    html.push_str(&table);

    html.push_str("<h2 id=\"chart\">年度ごとの目標（図）</h2>");
    html.push_str("<p id=\"indicator-chart-desc\">図は上の表と同じ内容です。行が指標、列が年度です。数値の目標は棒の長さで、それ以外は記号とことばで示します。</p>");
    html.push_str("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"評価指標の図（横にスクロールできます）\">");
    html.push_str(&chart_svg(indicators));
    html.push_str("</div>");
    html.push_str("<ul class=\"chart-legend\" aria-label=\"図の記号の意味\">");
    let used: Vec<TargetKind> =
        indicators.indicators.iter().flat_map(|i| i.targets.iter()).map(|t| TargetKind::of(t)).collect();
    let kinds = [
        TargetKind::Number,
        TargetKind::ToBeSet,
        TargetKind::Measured,
        TargetKind::Increase,
        TargetKind::None,
        TargetKind::Other,
    ];
    for kind in kinds.into_iter().filter(|kind| used.contains(kind)) {
        html.push_str(&format!("<li>{}</li>", kind.legend()));
    }
    html.push_str("</ul>");
    let headings = vec![
        Heading { level: 2, id: "targets".to_string(), text: "年度ごとの目標（表）".to_string() },
        Heading { level: 2, id: "chart".to_string(), text: "年度ごとの目標（図）".to_string() },
    ];
    GeneratedBody { html, headings }
}

/// Column and row sizes of the chart, in SVG user units.
const LABEL_WIDTH: f64 = 60.0;
const CELL_WIDTH: f64 = 150.0;
const ROW_HEIGHT: f64 = 64.0;
const TOP: f64 = 40.0;

fn chart_svg(indicators: &Indicators) -> String {
    let width = LABEL_WIDTH + CELL_WIDTH * indicators.years.len() as f64;
    let height = TOP + ROW_HEIGHT * indicators.indicators.len() as f64;
    let mut svg = format!(
        "<figure class=\"chart\"><svg class=\"chart__svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"indicator-chart-title\" aria-describedby=\"indicator-chart-desc\" focusable=\"false\">\
         <title id=\"indicator-chart-title\">{}：年度ごとの目標の図</title>",
        text(&indicators.title)
    );
    for (column, year) in indicators.years.iter().enumerate() {
        let x = LABEL_WIDTH + CELL_WIDTH * column as f64 + CELL_WIDTH / 2.0;
        svg.push_str(&format!(
            "<text class=\"chart__year\" x=\"{x}\" y=\"24\" text-anchor=\"middle\">{}</text>",
            text(year)
        ));
    }
    for (row, indicator) in indicators.indicators.iter().enumerate() {
        let y = TOP + ROW_HEIGHT * row as f64;
        svg.push_str(&format!(
            "<line class=\"chart__rule\" x1=\"0\" x2=\"{width}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"chart__label\" x=\"8\" y=\"{}\">指標{}</text>",
            y + ROW_HEIGHT / 2.0 + 5.0,
            row + 1
        ));
        for (column, target) in indicator.targets.iter().enumerate() {
            let x = LABEL_WIDTH + CELL_WIDTH * column as f64 + 10.0;
            let middle = y + ROW_HEIGHT / 2.0;
            let mark = match TargetKind::of(target) {
                TargetKind::Number => {
                    let value = percent_value(target).unwrap_or(0.0);
                    let bar = (CELL_WIDTH - 20.0) * value / 100.0;
                    format!(
                        "<rect class=\"chart__bar\" x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"16\"/><text class=\"chart__value\" x=\"{x}\" y=\"{}\">■ {}</text>",
                        middle - 18.0,
                        middle + 18.0,
                        text(target)
                    )
                }
                TargetKind::ToBeSet => {
                    format!("<text class=\"chart__mark\" x=\"{x}\" y=\"{}\">◇ 設定予定</text>", middle + 5.0)
                }
                TargetKind::Measured => {
                    format!("<text class=\"chart__mark\" x=\"{x}\" y=\"{}\">○ 算出・設定</text>", middle + 5.0)
                }
                TargetKind::Increase => {
                    format!("<text class=\"chart__mark\" x=\"{x}\" y=\"{}\">▲ 増加</text>", middle + 5.0)
                }
                TargetKind::None => format!("<text class=\"chart__mark\" x=\"{x}\" y=\"{}\">－</text>", middle + 5.0),
                TargetKind::Other => {
                    format!("<text class=\"chart__mark\" x=\"{x}\" y=\"{}\">◆ {}</text>", middle + 5.0, text(target))
                }
            };
            svg.push_str(&mark);
        }
    }
    svg.push_str("</svg><figcaption>");
    for (row, indicator) in indicators.indicators.iter().enumerate() {
        svg.push_str(&format!("<span class=\"chart__key\">指標{}：{}</span>", row + 1, text(&indicator.name)));
    }
    svg.push_str("</figcaption></figure>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_kinds_follow_the_plan_wording() {
        assert_eq!(TargetKind::of("100%"), TargetKind::Number);
        assert_eq!(TargetKind::of("令和7年度以降に設定"), TargetKind::ToBeSet);
        assert_eq!(TargetKind::of("支援者アンケートの実施により算出"), TargetKind::Measured);
        assert_eq!(TargetKind::of("令和7年度実績により設定"), TargetKind::Measured);
        assert_eq!(TargetKind::of("増加"), TargetKind::Increase);
        assert_eq!(TargetKind::of("—"), TargetKind::None);
        assert_eq!(
            TargetKind::of("維持"),
            TargetKind::Other,
            "an unknown wording is shown as written, not as no target"
        );
    }
}
