//! A world map of the article's places: one dot per place the gazetteer
//! knows the coordinates of, bigger the more it is mentioned. Pressing a dot
//! selects the place, as its name in the entity list would.
//!
//! Test hooks: each dot has `data-testid="map-dot"` and `data-entity` (the
//! entity index); the details card's small map is `data-testid="details-map"`.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::lexicon::world_map::{project, world_map_path};
use crate::engine::{Entity, Kind};
use crate::ui::format;
use crate::ui::state::Analysis;

/// A rectangle of the map in [`world_map::VIEW_BOX`] units: x, y, width,
/// height.
///
/// [`world_map::VIEW_BOX`]: crate::engine::lexicon::world_map::VIEW_BOX
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width (twice the height).
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl View {
    /// The whole world.
    pub const WORLD: View = View {
        x: 0.0,
        y: 0.0,
        w: 360.0,
        h: 180.0,
    };

    /// The smallest 2:1 view, at least `min_w` wide, that shows every point
    /// with a margin, kept inside the world.
    pub fn around(points: &[(f32, f32)], min_w: f32) -> View {
        let Some(&(x0, y0)) = points.first() else {
            return View::WORLD;
        };
        let (mut left, mut top, mut right, mut bottom) = (x0, y0, x0, y0);
        for &(x, y) in points {
            left = left.min(x);
            right = right.max(x);
            top = top.min(y);
            bottom = bottom.max(y);
        }
        let margin = 8.0;
        let w = (right - left + 2.0 * margin)
            .max(2.0 * (bottom - top + 2.0 * margin))
            .max(min_w)
            .min(360.0);
        let h = w / 2.0;
        let x = ((left + right - w) / 2.0).clamp(0.0, 360.0 - w);
        let y = ((top + bottom - h) / 2.0).clamp(0.0, 180.0 - h);
        View { x, y, w, h }
    }

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!("{:.1} {:.1} {:.1} {:.1}", self.x, self.y, self.w, self.h)
    }

    /// Map units per pixel when the map is drawn `px` pixels wide.
    fn unit(&self, px: f32) -> f32 {
        self.w / px
    }
}

/// Where a place entity sits on the map, if the gazetteer gives coordinates.
pub fn place_point(entity: &Entity) -> Option<(f32, f32)> {
    if entity.kind != Kind::Place {
        return None;
    }
    let p = entity.place.as_ref()?;
    Some(project(p.lat?, p.lon?))
}

/// Dot radius in pixels for a place mentioned `mentions` times.
pub fn dot_radius(mentions: usize) -> f32 {
    (3.5 + 2.0 * ((mentions.max(1) - 1) as f32).sqrt()).min(11.0)
}

/// Moves dots apart so that none hides another: dot `i` at `points[i]`
/// (map units) with radius `radii[i]` (map units). Dots that overlap by more
/// than a sliver are pushed apart along the line between them (dots at the
/// same point along a fixed fan of directions), a few rounds, deterministically.
/// Dots that do not overlap stay exactly where they are.
pub fn spread(points: &[(f32, f32)], radii: &[f32]) -> Vec<(f32, f32)> {
    let mut out = points.to_vec();
    for _ in 0..40 {
        let mut moved = false;
        for i in 0..out.len() {
            for j in i + 1..out.len() {
                let need = 0.9 * (radii[i] + radii[j]);
                let (dx, dy) = (out[j].0 - out[i].0, out[j].1 - out[i].1);
                let d = (dx * dx + dy * dy).sqrt();
                if d >= need {
                    continue;
                }
                let (ux, uy) = if d > 1e-4 {
                    (dx / d, dy / d)
                } else {
                    // The golden angle fans coincident dots out evenly.
                    let a = 2.399_963 * j as f32;
                    (a.cos(), a.sin())
                };
                let push = (need - d) / 2.0 + 1e-3;
                out[i].0 -= ux * push;
                out[i].1 -= uy * push;
                out[j].0 += ux * push;
                out[j].1 += uy * push;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    out
}

/// The land: every country outline, filled.
fn land() -> Html {
    html! {
        <path class="map-land" d={world_map_path()} vector-effect="non-scaling-stroke" />
    }
}

/// Props of [`PlaceMap`].
#[derive(PartialEq, Properties)]
pub struct PlaceMapProps {
    /// Where the places come from.
    pub analysis: Rc<Analysis>,
    /// The entity whose details are open.
    pub selected: Option<usize>,
    /// Called with a place's entity index when its dot is pressed.
    pub onselect: Callback<usize>,
}

/// The "Map" card; nothing when no place has coordinates.
#[component]
pub fn PlaceMap(props: &PlaceMapProps) -> Html {
    let a = &props.analysis;
    let mut places: Vec<(usize, &Entity, (f32, f32))> = a
        .annotation
        .entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e, place_point(e)?)))
        .collect();
    if places.is_empty() {
        return Html::default();
    }
    let points: Vec<(f32, f32)> = places.iter().map(|p| p.2).collect();
    let view = View::around(&points, 90.0);
    // Drawn about this wide (see .place-map in the CSS): dots keep their size
    // in pixels whatever the zoom.
    let unit = view.unit(340.0);
    // Big dots first, so small ones stay on top and clickable. The order
    // does not depend on the selection: re-ordering would move the focus to
    // another place's dot (the selected one gets a ring on top instead).
    places.sort_by_key(|&(_, e, _)| std::cmp::Reverse(e.mentions.len()));
    // Near places (a capital and its small country) would hide each other.
    let radii: Vec<f32> = places
        .iter()
        .map(|&(_, e, _)| dot_radius(e.mentions.len()) * unit)
        .collect();
    let moved = spread(&places.iter().map(|p| p.2).collect::<Vec<_>>(), &radii);
    for (p, at) in places.iter_mut().zip(moved) {
        p.2 = at;
    }
    let ring = places
        .iter()
        .find(|&&(i, _, _)| props.selected == Some(i))
        .map(|&(_, e, (x, y))| {
            html! {
                <circle
                    class="map-ring"
                    cx={format!("{x:.2}")}
                    cy={format!("{y:.2}")}
                    r={format!("{:.2}", (dot_radius(e.mentions.len()) + 3.0) * unit)}
                    vector-effect="non-scaling-stroke"
                    aria-hidden="true"
                />
            }
        });
    let dots = places.iter().map(|&(i, e, (x, y))| {
        let selected = props.selected == Some(i);
        let n = e.mentions.len();
        let onclick = props.onselect.reform(move |_: MouseEvent| i);
        let onkeydown = {
            let onselect = props.onselect.clone();
            Callback::from(move |ev: KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    onselect.emit(i);
                }
            })
        };
        let country = e
            .place
            .as_ref()
            .and_then(|p| p.country.as_deref())
            .filter(|&c| c != e.name);
        let title = match country {
            Some(c) => format!(
                "{}, {c} — {}",
                e.name,
                format::count(n, "mention", "mentions")
            ),
            None => format!("{} — {}", e.name, format::count(n, "mention", "mentions")),
        };
        html! {
            <circle
                key={i}
                class={classes!("map-dot", selected.then_some("selected"))}
                data-testid="map-dot"
                data-entity={i.to_string()}
                cx={format!("{x:.2}")}
                cy={format!("{y:.2}")}
                r={format!("{:.2}", dot_radius(n) * unit)}
                vector-effect="non-scaling-stroke"
                tabindex="0"
                role="button"
                aria-label={format!("Place: {}", e.name)}
                aria-pressed={if selected { "true" } else { "false" }}
                {onclick}
                {onkeydown}
            >
                <title>{ title }</title>
            </circle>
        }
    });
    html! {
        <section class="map card" aria-labelledby="map-heading">
            <h2 id="map-heading" class="card-title">{ "Map" }</h2>
            <svg
                class="place-map"
                viewBox={view.view_box()}
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label={format!("World map of {}", format::count(places.len(), "place", "places"))}
            >
                { land() }
                <g class="map-dots">{ for dots }</g>
                <g>{ for ring }</g>
            </svg>
        </section>
    }
}

/// Props of [`DetailsMap`].
#[derive(PartialEq, Properties)]
pub struct DetailsMapProps {
    /// The place's name (for the label).
    pub name: AttrValue,
    /// Where it is, in map units.
    pub point: (f32, f32),
}

/// A small map zoomed around one place, for its details card.
#[component]
pub fn DetailsMap(props: &DetailsMapProps) -> Html {
    let (x, y) = props.point;
    let view = View::around(&[props.point], 60.0);
    let unit = view.unit(300.0);
    html! {
        <svg
            class="place-map details-map"
            data-testid="details-map"
            viewBox={view.view_box()}
            preserveAspectRatio="xMidYMid meet"
            role="img"
            aria-label={format!("Map showing {}", props.name)}
        >
            { land() }
            <circle
                class="map-dot selected"
                cx={format!("{x:.2}")}
                cy={format!("{y:.2}")}
                r={format!("{:.2}", 5.0 * unit)}
                vector-effect="non-scaling-stroke"
            />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_around_points_stays_in_the_world() {
        assert_eq!(View::around(&[], 60.0), View::WORLD);
        let v = View::around(&[(170.0, 50.0)], 60.0);
        assert_eq!((v.w, v.h), (60.0, 30.0));
        assert_eq!((v.x, v.y), (140.0, 35.0));
        // Near the edge: shifted inside.
        let v = View::around(&[(2.0, 1.0)], 60.0);
        assert_eq!((v.x, v.y), (0.0, 0.0));
        // Far apart: wide enough for both, 2:1.
        let v = View::around(&[(10.0, 40.0), (300.0, 120.0)], 60.0);
        assert!(v.x <= 2.0 && v.x + v.w >= 308.0 && v.w == 2.0 * v.h);
        assert!(v.x >= 0.0 && v.x + v.w <= 360.0 && v.y >= 0.0 && v.y + v.h <= 180.0);
    }

    #[test]
    fn spread_separates_overlapping_dots_and_leaves_the_rest() {
        let points = [(10.0, 10.0), (10.0, 10.0), (10.2, 10.1), (50.0, 50.0)];
        let radii = [1.0, 1.0, 1.0, 1.0];
        let out = spread(&points, &radii);
        for i in 0..3 {
            for j in i + 1..3 {
                let d = ((out[i].0 - out[j].0).powi(2) + (out[i].1 - out[j].1).powi(2)).sqrt();
                assert!(d >= 1.79, "dots {i} and {j} still overlap: {d}");
            }
            // Still near where they belong.
            assert!((out[i].0 - 10.0).abs() < 3.0 && (out[i].1 - 10.0).abs() < 3.0);
        }
        assert_eq!(out[3], (50.0, 50.0));
        assert_eq!(spread(&points, &radii), out, "deterministic");
    }

    #[test]
    fn dots_grow_with_mentions() {
        assert!(dot_radius(1) < dot_radius(2));
        assert!(dot_radius(2) < dot_radius(5));
        assert_eq!(dot_radius(1000), 11.0);
        assert_eq!(dot_radius(0), dot_radius(1));
    }
}
