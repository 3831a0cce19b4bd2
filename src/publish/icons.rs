//! The site icon as PNG, for what cannot use the SVG: the web manifest's install icons and the
//! touch icon phones put on the home screen. Drawn from the same SVG at build time by resvg.

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};

/// The icon's own background colour (the SVG's rounded square), laid under the touch icon,
/// which phones crop to their own shape, and used as the manifest's theme colour.
pub const ICON_BACKGROUND: &str = "#0b5394";

/// A square PNG of `size` pixels drawn from `svg`. `opaque` lays [`ICON_BACKGROUND`] under the
/// drawing first, so no transparent corner turns black on a phone's home screen.
pub fn png_from_svg(svg: &[u8], size: u32, opaque: bool) -> Result<Vec<u8>, String> {
    let tree =
        Tree::from_data(svg, &Options::default()).map_err(|error| format!("cannot read the site icon: {error}"))?;
    let mut pixmap = Pixmap::new(size, size).ok_or_else(|| format!("cannot draw a {size}px icon"))?;
    if opaque {
        // The same colour as ICON_BACKGROUND, read from it (`#rrggbb`).
        let rgb = u32::from_str_radix(ICON_BACKGROUND.trim_start_matches('#'), 16).unwrap_or(0);
        pixmap.fill(Color::from_rgba8((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8, 0xff));
    }
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| format!("cannot write the {size}px icon: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="8" y="8" width="16" height="16" fill="#fff"/></svg>"##;

    #[test]
    fn the_png_has_the_asked_size_and_the_opaque_one_has_no_transparent_corner() {
        for (size, opaque) in [(180, true), (192, false), (512, false)] {
            let png = png_from_svg(SQUARE, size, opaque).unwrap();
            let decoded = Pixmap::decode_png(&png).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (size, size));
            let corner = decoded.pixel(0, 0).unwrap();
            assert_eq!(corner.alpha(), if opaque { 255 } else { 0 });
            if opaque {
                assert_eq!((corner.red(), corner.green(), corner.blue()), (0x0b, 0x53, 0x94), "ICON_BACKGROUND");
            }
            let middle = decoded.pixel(size / 2, size / 2).unwrap();
            assert_eq!((middle.red(), middle.alpha()), (255, 255), "the drawing is there");
        }
    }

    #[test]
    fn an_icon_that_is_not_svg_is_refused_with_a_sentence() {
        assert!(png_from_svg(b"not an svg", 32, false).unwrap_err().contains("cannot read the site icon"));
    }
}
