//! Resolution: one gazetteer entry per spotted name.
//!
//! Score of a candidate = its importance (log population, feature rank: country, capital,
//! division seat; curated sites) + agreement with the article (share of the article's
//! confident mentions in the same country and division, nearness to them, the dateline's
//! country) + explicit qualifiers ("Paris, Texas"; "Idlib province"). Two passes: the first
//! uses importance and the dateline only and fixes the context, the second rescored with it.

use rustc_hash::FxHashMap;

use super::spot::Spot;
use crate::article::Article;
use crate::gazetteer::{Gazetteer, Place, PlaceId, PlaceKind};
use crate::text::Token;

/// A spot with its scored candidates, best first.
#[derive(Clone, Debug)]
pub(super) struct Resolved {
    pub spot: Spot,
    pub scored: Vec<(PlaceId, f32)>,
    pub confidence: f32,
}

/// Where the article is: weights per country and per first-level division.
#[derive(Default)]
struct ArticleContext {
    countries: FxHashMap<&'static str, f32>,
    divisions: FxHashMap<(&'static str, &'static str), f32>,
    total: f32,
    anchors: Vec<PlaceId>,
    dateline_country: Option<&'static str>,
}

impl ArticleContext {
    fn add(&mut self, place: &Place, weight: f32) {
        if place.country_code.is_empty() {
            return;
        }
        *self.countries.entry(place.country_code).or_default() += weight;
        if !place.admin1.is_empty() && place.kind != PlaceKind::Country {
            *self
                .divisions
                .entry((place.country_code, place.admin1))
                .or_default() += weight;
        }
        self.total += weight;
    }

    fn country_share(&self, place: &Place) -> f32 {
        if self.total <= 0.0 {
            return 0.0;
        }
        self.countries
            .get(place.country_code)
            .copied()
            .unwrap_or(0.0)
            / self.total
    }

    fn division_share(&self, place: &Place) -> f32 {
        if self.total <= 0.0 || place.admin1.is_empty() {
            return 0.0;
        }
        let key = (place.country_code, place.admin1);
        self.divisions.get(&key).copied().unwrap_or(0.0) / self.total
    }
}

/// Importance of an entry before any context: about log10 of its population, plus rank.
fn importance(place: &Place) -> f32 {
    let population = match (place.population, place.kind) {
        (0, PlaceKind::Country) => 1e6,
        (0, PlaceKind::Admin1) => 5e5,
        (0, PlaceKind::Region) => 1e7,
        (0, PlaceKind::Site) => 2e4,
        (0, PlaceKind::City) => 1e3,
        (p, _) => p as f64,
    };
    let rank = match (place.kind, place.feature_code) {
        (PlaceKind::Country, _) => 2.0,
        (PlaceKind::Region, _) => 1.0,
        (PlaceKind::Admin1, _) => 0.3,
        (PlaceKind::City, "PPLC") => 1.0,
        (PlaceKind::City, "PPLA") => 0.5,
        (PlaceKind::City, "PPLA2") => 0.2,
        (PlaceKind::Site, _) if place.source_id.starts_with('c') => 1.5,
        _ => 0.0,
    };
    (population.max(1.0).log10() as f32) + rank
}

fn score(
    place: &Place,
    primary: bool,
    spot: &Spot,
    context: &ArticleContext,
    gazetteer: &Gazetteer,
    qualifier: Option<&Place>,
) -> f32 {
    let mut score = importance(place);
    if primary {
        score += 0.3;
    }
    score += 2.5 * context.country_share(place) + 1.5 * context.division_share(place);
    if context.dateline_country == Some(place.country_code) {
        score += 0.7;
    }
    if let Some(nearest) = context
        .anchors
        .iter()
        .map(|&a| gazetteer.place(a))
        .filter(|a| a.is_point() && !std::ptr::eq(*a, place))
        .map(|a| a.distance_km(place))
        .reduce(f64::min)
    {
        score += (-(nearest / 250.0)).exp() as f32;
    }
    if let Some(qualifier) = qualifier {
        let inside = qualifier.country_code == place.country_code
            && (qualifier.kind == PlaceKind::Country || qualifier.admin1 == place.admin1);
        if inside && place.kind != PlaceKind::Country {
            score += 4.0;
        }
    }
    match place.kind {
        PlaceKind::Admin1 if spot.admin1_hint => score += 3.0,
        PlaceKind::City if spot.admin1_hint => score -= 0.5,
        _ => {}
    }
    score
}

/// The place named right after "X, ": "Paris, Texas", "Erbil, Iraq".
fn qualifier_of<'g>(
    spot: &Spot,
    spots: &[Spot],
    tokens: &[Token<'_>],
    gazetteer: &'g Gazetteer,
) -> Option<&'g Place> {
    let comma = tokens.get(spot.end)?;
    if comma.text != "," {
        return None;
    }
    let next = spots
        .iter()
        .find(|s| s.first == spot.end + 1 && !s.demonym)?;
    next.candidates
        .iter()
        .map(|&id| gazetteer.place(id))
        .filter(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Admin1))
        .max_by(|a, b| importance(a).total_cmp(&importance(b)))
}

fn rank(
    spot: &Spot,
    context: &ArticleContext,
    gazetteer: &Gazetteer,
    qualifier: Option<&Place>,
) -> Vec<(PlaceId, f32)> {
    let mut scored: Vec<(PlaceId, f32)> = spot
        .candidates
        .iter()
        .zip(&spot.primary)
        .map(|(&id, &primary)| {
            let place = gazetteer.place(id);
            (
                id,
                score(place, primary, spot, context, gazetteer, qualifier),
            )
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    prefer_city_over_same_named_division(&mut scored, spot, gazetteer);
    scored
}

/// "Erbil" is the city unless the text says "province": when the best candidate is a
/// division whose capital city has the same name, the city wins.
fn prefer_city_over_same_named_division(
    scored: &mut [(PlaceId, f32)],
    spot: &Spot,
    gazetteer: &Gazetteer,
) {
    if spot.admin1_hint || scored.len() < 2 {
        return;
    }
    let best = gazetteer.place(scored[0].0);
    if best.kind != PlaceKind::Admin1 {
        return;
    }
    let city = scored.iter().position(|&(id, _)| {
        let p = gazetteer.place(id);
        p.kind == PlaceKind::City
            && p.country_code == best.country_code
            && p.admin1 == best.admin1
            && p.population >= 20_000
    });
    if let Some(city) = city {
        scored[..=city].rotate_right(1);
    }
}

fn confidence(scored: &[(PlaceId, f32)], recognition: f32) -> f32 {
    let resolution = match scored {
        [] => 0.0,
        [_] => 0.95,
        [best, second, ..] => {
            let margin = best.1 - second.1;
            0.5 + 0.45 * (1.0 - (-margin).exp())
        }
    };
    (recognition * resolution * 100.0).round() / 100.0
}

/// Resolves every spot. The dateline's place, the `, Region` after it and unambiguous
/// mentions form the article context.
pub(super) fn resolve(
    spots: &[Spot],
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
    article: &Article,
    dateline: Option<(usize, usize)>,
) -> Vec<Resolved> {
    let qualifiers: Vec<Option<&Place>> = spots
        .iter()
        .map(|s| qualifier_of(s, spots, tokens, gazetteer))
        .collect();
    let mut context = ArticleContext::default();
    let first_pass: Vec<Vec<(PlaceId, f32)>> = spots
        .iter()
        .zip(&qualifiers)
        .map(|(s, q)| rank(s, &context, gazetteer, *q))
        .collect();
    for (spot, scored) in spots.iter().zip(&first_pass) {
        let Some(&(best, best_score)) = scored.first() else {
            continue;
        };
        let margin = scored.get(1).map_or(f32::INFINITY, |s| best_score - s.1);
        let place = gazetteer.place(best);
        let in_dateline = dateline
            .is_some_and(|(s, e)| tokens[spot.first].start >= s && tokens[spot.end - 1].end <= e);
        let weight = match () {
            _ if in_dateline => 2.0,
            _ if spot.demonym => 0.5,
            _ if margin >= 1.0 => 1.0,
            _ => 0.3,
        };
        context.add(place, weight);
        if in_dateline {
            context.dateline_country = Some(place.country_code);
        }
        if margin >= 1.0 && place.is_point() && !spot.demonym {
            context.anchors.push(best);
        }
    }
    if let Some(region) = article.dateline.as_ref().and_then(|d| d.region.as_deref()) {
        let key = crate::text::fold(region);
        if let Some(r) = gazetteer.by_name(&key).iter().find(|r| {
            matches!(
                gazetteer.place(r.place).kind,
                PlaceKind::Country | PlaceKind::Admin1
            )
        }) {
            let place = gazetteer.place(r.place);
            context.add(place, 2.0);
            context.dateline_country = Some(place.country_code);
        }
    }
    spots
        .iter()
        .zip(&qualifiers)
        .map(|(spot, qualifier)| {
            let scored = rank(spot, &context, gazetteer, *qualifier);
            let confidence = confidence(&scored, spot.recognition);
            Resolved {
                spot: spot.clone(),
                scored,
                confidence,
            }
        })
        .collect()
}
