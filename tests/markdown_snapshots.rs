//! Snapshots of rendered HTML: what the Markdown renderer makes of tables, footnotes,
//! Japanese headings and links. Review changes with `cargo insta review` (or INSTA_UPDATE).

use std::path::Path;

use tsunagu::content::{compile_site, markdown::render_markdown};

#[test]
fn rendered_markdown_features() {
    let source = "\
## 1 計画策定の趣旨

本文に**強調**と[用語](@glossary#term-8050)と[外部](https://example.org/)。[^note]

### 表

| 事業 | 箇所数 | 運営方法 |
|:---|---:|---|
| 地域包括支援センター | 4か所 | 委託 |
| 基幹相談支援センター<br>（障がい） | 1か所 | 直営 |

## CSW（コミュニティソーシャルワーカー）

- 項目一
- 項目二

[^note]: 脚注の本文。
";
    let rendered = render_markdown(source, 1, "/");
    assert!(rendered.problems.is_empty(), "{:?}", rendered.problems);
    insta::assert_snapshot!("markdown_features", rendered.html.as_str());
}

#[test]
fn rendered_valid_fixture_pages() {
    let site = compile_site(Path::new("tests/fixtures/content/valid"), "/").unwrap();
    for page in &site.pages {
        let name = if page.id.is_empty() { "index".to_string() } else { page.id.replace('/', "__") };
        insta::assert_snapshot!(format!("fixture_page_{name}"), page.html);
    }
}
