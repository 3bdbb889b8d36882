//! A point the text states as an offset from a named place: "12 km north-west of Mosul",
//! "about 40 kilometres (25 miles) east of Baiji", "15km south of Kirkuk", "ten miles to
//! the north of Kharkiv". The name is the reference point, not the event's place: an event
//! there lies at the stated distance and bearing from it, and no finer than a district
//! (the text gives neither the village nor the exact road).

use geo::{Destination, Haversine, Point};

use crate::lexicon::{DISTANCE_UNITS, small_number};
use crate::text::{Gap, Shape, Token};

/// A distance and a bearing from a reference point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Offset {
    pub km: f64,
    /// Degrees clockwise from north.
    pub bearing: f64,
}

/// Offsets farther than this are not read as a place's position ("1,200 km south of
/// Moscow" tells a range, not where something happened).
const MAX_KM: f64 = 400.0;

impl Offset {
    /// The point `km` away from (`lat`, `lon`) on the bearing, on the `geo` crate's
    /// haversine sphere.
    pub fn apply(self, lat: f64, lon: f64) -> (f64, f64) {
        let to = Haversine.destination(Point::new(lon, lat), self.bearing, self.km * 1000.0);
        (to.y(), to.x())
    }
}

/// The offset stated right before the name that starts at token `first`, if any:
/// `<number> <unit> [(<other units>)] [to the] <compass point> of <name>`.
pub fn stated_before(tokens: &[Token<'_>], first: usize) -> Option<Offset> {
    let mut i = first.checked_sub(1)?;
    if tokens[i].key != "of" || tokens[i].shape != Shape::Lower {
        return None;
    }
    i = i.checked_sub(1)?;
    let (bearing, compass_start) = compass_before(tokens, i)?;
    i = compass_start.checked_sub(1)?;
    if tokens[i].key == "the" {
        i = i.checked_sub(1)?;
        if tokens[i].key != "to" {
            return None;
        }
        i = i.checked_sub(1)?;
    }
    i = skip_parenthesis_before(tokens, i)?;
    let km = distance_ending_at(tokens, i)?;
    (km > 0.0 && km <= MAX_KM).then_some(Offset { km, bearing })
}

/// The compass point whose last token is `last` ("north", "northwest", "north-west"),
/// as a bearing, and the index of its first token.
fn compass_before(tokens: &[Token<'_>], last: usize) -> Option<(f64, usize)> {
    let word = tokens[last].key.as_str();
    if let Some(bearing) = bearing_of(word) {
        if tokens[last].gap == Gap::Hyphen && last > 0 {
            let joined = format!("{}{}", tokens[last - 1].key, word);
            if let Some(bearing) = bearing_of(&joined) {
                return Some((bearing, last - 1));
            }
        }
        return Some((bearing, last));
    }
    None
}

fn bearing_of(word: &str) -> Option<f64> {
    Some(match word {
        "north" => 0.0,
        "northeast" => 45.0,
        "east" => 90.0,
        "southeast" => 135.0,
        "south" => 180.0,
        "southwest" => 225.0,
        "west" => 270.0,
        "northwest" => 315.0,
        _ => return None,
    })
}

/// Steps back over "(25 miles)" before the compass point; returns the index of the token
/// before it (the unit), or `i` itself when there is no parenthesis.
fn skip_parenthesis_before(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    if tokens[i].text != ")" {
        return Some(i);
    }
    let open = (i.saturating_sub(6)..i)
        .rev()
        .find(|&j| tokens[j].text == "(")?;
    open.checked_sub(1)
}

/// The distance, in kilometres, whose unit ends at token `last`: "12 km", "15km", "ten
/// miles", "2.5 kilometres", "1,500 metres".
fn distance_ending_at(tokens: &[Token<'_>], last: usize) -> Option<f64> {
    let token = &tokens[last];
    if token.shape == Shape::Number {
        // "15km": the number and its unit in one token.
        let digits = token
            .key
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let unit = &token.key[digits.len()..];
        if !unit.is_empty() && DISTANCE_UNITS.contains(unit) {
            return digits.parse::<f64>().ok().map(|n| n * unit_km(unit));
        }
        return None;
    }
    if !DISTANCE_UNITS.contains(token.key.as_str()) {
        return None;
    }
    let unit = unit_km(&token.key);
    let number_end = last.checked_sub(1)?;
    number_ending_at(tokens, number_end).map(|n| n * unit)
}

/// The number whose last token is `last`: digits with a decimal point or thousands
/// separators written without spaces ("2.5", "1,500"), or a number word ("ten").
fn number_ending_at(tokens: &[Token<'_>], last: usize) -> Option<f64> {
    let token = &tokens[last];
    if token.shape != Shape::Number {
        return small_number(&token.key).map(f64::from);
    }
    let mut first = last;
    while first >= 2
        && matches!(tokens[first - 1].text, "." | ",")
        && tokens[first - 1].gap == Gap::None
        && tokens[first].gap == Gap::None
        && tokens[first - 2].shape == Shape::Number
    {
        first -= 2;
    }
    let mut written = String::new();
    for token in &tokens[first..=last] {
        match token.text {
            "," => {}
            text => written.push_str(text),
        }
    }
    written.parse().ok()
}

/// Kilometres per unit.
fn unit_km(unit: &str) -> f64 {
    match unit {
        "mile" | "miles" => 1.609_344,
        "m" | "metres" | "meters" => 0.001,
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn offset(text: &str, name: &str) -> Option<Offset> {
        let tokens = tokenize(text);
        let first = tokens
            .iter()
            .position(|t| t.text == name)
            .expect("name in text");
        stated_before(&tokens, first)
    }

    #[test]
    fn distances_and_bearings() {
        let o = offset("a village 12 km north-west of Mosul", "Mosul").expect("offset");
        assert_eq!((o.km, o.bearing), (12.0, 315.0));
        let o = offset("a drone struck 15km south of Kirkuk", "Kirkuk").expect("offset");
        assert_eq!((o.km, o.bearing), (15.0, 180.0));
        let o = offset("about 40 kilometres (25 miles) east of Baiji", "Baiji").expect("offset");
        assert_eq!((o.km, o.bearing), (40.0, 90.0));
        let o = offset("ten miles to the north of Kharkiv", "Kharkiv").expect("offset");
        assert!((o.km - 16.09).abs() < 0.01 && o.bearing == 0.0, "{o:?}");
        let o = offset("1,500 metres southeast of Jenin", "Jenin").expect("offset");
        assert!((o.km - 1.5).abs() < 1e-9 && o.bearing == 135.0, "{o:?}");
        let o = offset("some 2.5 km west of Sderot", "Sderot").expect("offset");
        assert_eq!((o.km, o.bearing), (2.5, 270.0));
    }

    #[test]
    fn no_offset_without_distance_and_bearing() {
        assert_eq!(offset("fighting north of Mosul", "Mosul"), None);
        assert_eq!(offset("40 km from Bol", "Bol"), None);
        assert_eq!(offset("the northern outskirts of Mosul", "Mosul"), None);
        assert_eq!(offset("1,200 km south of Moscow", "Moscow"), None);
        assert_eq!(offset("in 2024 north of Mosul", "Mosul"), None);
    }

    #[test]
    fn applying_moves_the_point() {
        let (lat, lon) = Offset {
            km: 111.2,
            bearing: 0.0,
        }
        .apply(36.0, 44.0);
        assert!(
            (lat - 37.0).abs() < 0.01 && (lon - 44.0).abs() < 1e-6,
            "{lat} {lon}"
        );
        let (lat, lon) = Offset {
            km: 20.0,
            bearing: 270.0,
        }
        .apply(36.0, 44.0);
        assert!(lat < 36.0 + 1e-3 && lon < 43.8, "{lat} {lon}");
    }
}
