//! The evaluation-indicators page: the plan's table of yearly targets and an SVG chart of the
//! same facts. The chart marks each target with a shape and a word (not colour alone), and the
//! table right above it is its text alternative.

use crate::content::html::{html, table_scroll_region, BodyWriter, GeneratedBody, Markup};
use crate::content::indicators::{percent_value, Indicators};
use crate::i18n::{ja, ja_with};

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

    fn legend(self) -> String {
        match self {
            TargetKind::Number => ja("indicators-legend-number"),
            TargetKind::ToBeSet => ja("indicators-legend-to-be-set"),
            TargetKind::Measured => ja("indicators-legend-measured"),
            TargetKind::Increase => ja("indicators-legend-increase"),
            TargetKind::None => ja("indicators-legend-none"),
            TargetKind::Other => ja("indicators-legend-other"),
        }
    }
}

/// The table and the chart.
pub fn indicators_body(indicators: &Indicators) -> GeneratedBody {
    // The page links to no other page, so its addresses need no base.
    let mut body = BodyWriter::new("/");
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
    let table = html! {
        table id="indicator-table" {
            caption { (ja("indicators-table-caption")) }
            thead { tr { th scope="col" { (ja("indicators-table-indicator")) } @for year in &indicators.years { th scope="col" { (year) } } } }
            tbody {
                @for indicator in &indicators.indicators {
                    tr id={ "indicator-" (indicator.id) } {
                        th scope="row" { (indicator.name) }
                        @for target in &indicator.targets { td { (target) } }
                    }
                }
            }
        }
    };
    let markup = html! {
        (body.heading(2, "targets", &ja("indicators-targets-title")))
        p { (ja_with("indicators-source", &[("source", &indicators.source)])) }
        (table_scroll_region(&ja("indicators-table-label"), "", table))
        (body.heading(2, "chart", &ja("indicators-chart-heading")))
        p id="indicator-chart-desc" { (ja("indicators-chart-desc")) }
        (table_scroll_region(&ja("indicators-chart-label"), "", chart(indicators)))
        ul class="chart-legend" aria-label=(ja("indicators-legend-label")) {
            @for kind in kinds.into_iter().filter(|kind| used.contains(kind)) { li { (kind.legend()) } }
        }
    };
    body.finish(markup)
}

/// Column and row sizes of the chart, in SVG user units.
const LABEL_WIDTH: f64 = 60.0;
const CELL_WIDTH: f64 = 150.0;
const ROW_HEIGHT: f64 = 64.0;
const TOP: f64 = 40.0;

fn chart(indicators: &Indicators) -> Markup {
    let width = LABEL_WIDTH + CELL_WIDTH * indicators.years.len() as f64;
    let height = TOP + ROW_HEIGHT * indicators.indicators.len() as f64;
    html! {
        figure class="chart" {
            svg class="chart__svg" viewBox={ "0 0 " (width) " " (height) } role="img"
                aria-labelledby="indicator-chart-title" aria-describedby="indicator-chart-desc" focusable="false" {
                title id="indicator-chart-title" { (ja_with("indicators-chart-title", &[("title", &indicators.title)])) }
                @for (column, year) in indicators.years.iter().enumerate() {
                    text class="chart__year" x=(LABEL_WIDTH + CELL_WIDTH * column as f64 + CELL_WIDTH / 2.0) y="24"
                        text-anchor="middle" { (year) }
                }
                @for (row, indicator) in indicators.indicators.iter().enumerate() {
                    (chart_row(row, &indicator.targets, width))
                }
            }
            figcaption {
                @for (row, indicator) in indicators.indicators.iter().enumerate() {
                    span class="chart__key" {
                        (ja_with("indicators-chart-key", &[("number", &(row + 1).to_string()), ("name", &indicator.name)]))
                    }
                }
            }
        }
    }
}

/// One indicator's row of the chart: its rule, its label, and a mark per year. (SVG elements are
/// not void in HTML, so a `<line>` or `<rect>` is closed by its end tag.)
fn chart_row(row: usize, targets: &[String], width: f64) -> Markup {
    let y = TOP + ROW_HEIGHT * row as f64;
    let middle = y + ROW_HEIGHT / 2.0;
    html! {
        line class="chart__rule" x1="0" x2=(width) y1=(y) y2=(y) {}
        text class="chart__label" x="8" y=(middle + 5.0) { (ja_with("indicators-chart-row", &[("number", &(row + 1).to_string())])) }
        @for (column, target) in targets.iter().enumerate() {
            @let x = LABEL_WIDTH + CELL_WIDTH * column as f64 + 10.0;
            @match TargetKind::of(target) {
                TargetKind::Number => {
                    rect class="chart__bar" x=(x) y=(middle - 18.0)
                        width=((CELL_WIDTH - 20.0) * percent_value(target).unwrap_or(0.0) / 100.0) height="16" {}
                    text class="chart__value" x=(x) y=(middle + 18.0) { "■ " (target) }
                }
                TargetKind::ToBeSet => { text class="chart__mark" x=(x) y=(middle + 5.0) { (ja("indicators-mark-to-be-set")) } }
                TargetKind::Measured => { text class="chart__mark" x=(x) y=(middle + 5.0) { (ja("indicators-mark-measured")) } }
                TargetKind::Increase => { text class="chart__mark" x=(x) y=(middle + 5.0) { (ja("indicators-mark-increase")) } }
                TargetKind::None => { text class="chart__mark" x=(x) y=(middle + 5.0) { "－" } }
                TargetKind::Other => { text class="chart__mark" x=(x) y=(middle + 5.0) { "◆ " (target) } }
            }
        }
    }
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
