//! The article header: the ` date YYYY-MM-DD` line and the wire-style dateline
//! (`ERBIL (Kurdistan 24) – `, `ALULA, Saudi Arabia – `, `WASHINGTON — `).

use chrono::{Datelike, NaiveDate};

/// The dateline at the start of a story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The place as written ("ERBIL", "AL-ASAD AIR BASE").
    pub place: String,
    /// Byte span of `place` in the article text.
    pub start: usize,
    pub end: usize,
    /// Text after the first comma, before the dash ("Saudi Arabia"), if any.
    pub region: Option<String>,
    /// Publisher in brackets ("Kurdistan 24"), if any.
    pub source: Option<String>,
    /// Byte span of the brackets' contents: a place name there is part of the
    /// publisher's name ("(Gulf Monitor)"), not a place the story mentions.
    pub source_span: Option<(usize, usize)>,
    /// Byte offset just past the dash: where the first sentence starts.
    pub text_start: usize,
}

pub(super) struct Header {
    pub date: Option<NaiveDate>,
    pub body_start: usize,
    pub dateline: Option<Dateline>,
    pub warnings: Vec<String>,
}

/// Parses a date value from a header or a record: `YYYY-MM-DD`, optionally followed by a
/// time (`2023-11-01T10:00:00Z`).
pub fn parse_date_value(value: &str) -> Result<NaiveDate, String> {
    let value = value.trim();
    let day = value.get(..10).unwrap_or(value);
    let rest = value.get(10..).unwrap_or("");
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return Err(format!("{value:?} is not a YYYY-MM-DD date"));
    }
    if !(day.len() == 10 && day.as_bytes()[..4].iter().all(u8::is_ascii_digit)) {
        return Err(format!("{value:?} is not a YYYY-MM-DD date"));
    }
    let date = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map_err(|e| format!("{value:?} is not a valid YYYY-MM-DD date ({e})"))?;
    if !is_news_year(date) {
        return Err(format!(
            "{value:?} is outside the years {FIRST_YEAR}–{LAST_YEAR} a news date can have"
        ));
    }
    Ok(date)
}

/// Whether `date` falls in the years a news date can have ([`FIRST_YEAR`]–[`LAST_YEAR`]).
pub fn is_news_year(date: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// The years a date of a news article (or an imported event) may fall in: outside them a
/// date is a typing error, and tools downstream (KML, spreadsheets) cannot hold it.
pub const FIRST_YEAR: i32 = 1800;
pub const LAST_YEAR: i32 = 2200;

pub(super) fn parse_header(text: &str) -> Header {
    let mut header = Header {
        date: None,
        body_start: 0,
        dateline: None,
        warnings: Vec::new(),
    };
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let first_line = &text[..first_line_end];
    let after_indent = first_line.len() - first_line.trim_start().len();
    if let Some(rest) = first_line.trim_start().strip_prefix("date")
        && (rest.starts_with(char::is_whitespace) || rest.is_empty())
    {
        {
            // The value is the next word; some files put the dateline on the same line
            // (" date 2023-11-01 ERBIL (Kurdistan 24) – …").
            let value_start = after_indent + 4 + (rest.len() - rest.trim_start().len());
            let value_len = text[value_start..first_line_end]
                .find(char::is_whitespace)
                .unwrap_or(first_line_end - value_start);
            let value = &text[value_start..value_start + value_len];
            let after_value = &text[value_start + value_len..first_line_end];
            header.body_start = if after_value.trim().is_empty() {
                (first_line_end + 1).min(text.len())
            } else {
                value_start + value_len + (after_value.len() - after_value.trim_start().len())
            };
            match parse_date_value(value) {
                Ok(date) => header.date = Some(date),
                Err(reason) => header
                    .warnings
                    .push(format!("malformed date line, date unknown: {reason}")),
            }
        }
    }
    if header.date.is_none() && header.warnings.is_empty() {
        header
            .warnings
            .push("no date line: event dates are unknown".to_owned());
    }
    let body = &text[header.body_start..];
    let leading = body.len() - body.trim_start().len();
    let first = header.body_start + leading;
    header.dateline = parse_dateline(text, first).or_else(|| {
        // "CENTCOM Statement on U.S. Strikes\n\nTAMPA, Fla. - …": press releases and web
        // pages put a title line before the dateline.
        let title_end = text[first..].find('\n').map(|i| first + i)?;
        let title = text[first..title_end].trim();
        if title.len() > 200 || title.ends_with(['.', ':', ';', ',']) {
            return None;
        }
        let rest = &text[title_end..];
        let next = title_end + (rest.len() - rest.trim_start().len());
        parse_dateline(text, next)
    });
    header
}

/// Reads a dateline starting at byte `at`: an upper-case place, optional `, Region`,
/// optional `(Source)`, then a dash.
fn parse_dateline(text: &str, at: usize) -> Option<Dateline> {
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[at..line_end];
    // A dash starting past byte 120 ends no dateline, so look no further than that: a
    // text without line breaks is one long line.
    let window = &line[..line.floor_char_boundary(line.len().min(124))];
    let (dash_at, dash_len) = find_dash(window)?;
    if dash_at > 120 {
        return None;
    }
    let head = &line[..dash_at];
    let (head, source, source_span) = match (head.find('('), head.rfind(')')) {
        (Some(open), Some(close)) if open < close => (
            &head[..open],
            Some(head[open + 1..close].trim().to_owned()).filter(|s| !s.is_empty()),
            Some((at + open + 1, at + close)),
        ),
        _ => (head, None, None),
    };
    let (place_part, region) = match head.find(',') {
        Some(comma) => (
            &head[..comma],
            Some(head[comma + 1..].trim().to_owned()).filter(|s| !s.is_empty()),
        ),
        None => (head, None),
    };
    let place = place_part.trim();
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    let start = at + (place_part.len() - place_part.trim_start().len());
    Some(Dateline {
        place: place.to_owned(),
        start,
        end: start + place.len(),
        region,
        source,
        source_span,
        text_start: at + dash_at + dash_len,
    })
}

/// The first dash that ends a dateline: an en or em dash anywhere, or a hyphen with
/// spaces around it. Returns its byte offset and length.
fn find_dash(line: &str) -> Option<(usize, usize)> {
    let wide = line
        .char_indices()
        .find(|&(_, c)| c == '–' || c == '—')
        .map(|(i, c)| (i, c.len_utf8()));
    let spaced = line.find(" - ").map(|i| (i + 1, 1));
    let double = line.find(" -- ").map(|i| (i + 1, 2));
    [wide, spaced, double].into_iter().flatten().min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_format_header() {
        let text = " date 2023-11-01\nERBIL (Kurdistan 24) – Officials met on Wednesday.";
        let h = parse_header(text);
        assert_eq!(h.date, NaiveDate::from_ymd_opt(2023, 11, 1));
        let d = h.dateline.unwrap();
        assert_eq!(d.place, "ERBIL");
        assert_eq!(&text[d.start..d.end], "ERBIL");
        assert_eq!(d.source.as_deref(), Some("Kurdistan 24"));
        assert!(text[d.text_start..].starts_with(" Officials"));
        assert!(h.warnings.is_empty());
    }

    #[test]
    fn date_and_dateline_may_share_a_line() {
        let text = " date 2023-11-01 ERBIL (Kurdistan 24) – Officials met.";
        let h = parse_header(text);
        assert_eq!(h.date, NaiveDate::from_ymd_opt(2023, 11, 1));
        assert_eq!(&text[h.body_start..h.body_start + 5], "ERBIL");
        assert_eq!(h.dateline.unwrap().place, "ERBIL");
    }

    #[test]
    fn dateline_with_region_and_hyphenated_place() {
        let text = " date 2024-01-20\nAL-ASAD AIR BASE, Iraq – Militants fired rockets.";
        let d = parse_header(text).dateline.unwrap();
        assert_eq!(d.place, "AL-ASAD AIR BASE");
        assert_eq!(d.region.as_deref(), Some("Iraq"));
    }

    #[test]
    fn spaced_hyphen_is_a_dash() {
        let d = parse_header("BAGHDAD - Talks began.").dateline.unwrap();
        assert_eq!(d.place, "BAGHDAD");
    }

    #[test]
    fn a_title_line_may_come_before_the_dateline() {
        let h = parse_header(" date 2024-02-03\n\nU.S. Strikes in Iraq\n\nTAMPA, Fla. - At 4 p.m.");
        let d = h.dateline.unwrap();
        assert_eq!(d.place, "TAMPA");
        assert_eq!(d.region.as_deref(), Some("Fla."));
        // A first sentence is no title: the line after it is no dateline.
        let h = parse_header(" date 2024-02-03\n\nTalks began.\nBAGHDAD - Later.");
        assert!(h.dateline.is_none());
    }

    #[test]
    fn an_ordinary_first_sentence_is_no_dateline() {
        assert!(
            parse_header("Officials in Erbil – and elsewhere – met.")
                .dateline
                .is_none()
        );
    }

    #[test]
    fn absurd_years_are_a_warning_not_a_date() {
        for line in [
            " date +99999-1-1\nText.",
            " date 0000-01-01\nText.",
            " date 2500-01-01\nT.",
        ] {
            let h = parse_header(line);
            assert_eq!(h.date, None, "{line}");
            assert!(h.warnings[0].contains("malformed date line"), "{line}");
        }
        assert!(parse_header(" date 1999-12-31\nText.").date.is_some());
    }

    #[test]
    fn malformed_date_is_a_warning_not_a_guess() {
        let h = parse_header(" date 2023-13-45\nERBIL – Talks.");
        assert_eq!(h.date, None);
        assert!(
            h.warnings[0].contains("malformed date line"),
            "{:?}",
            h.warnings
        );
        assert!(h.dateline.is_some());
    }

    #[test]
    fn plain_text_has_unknown_date() {
        let h = parse_header("Rockets hit a base in Syria.");
        assert_eq!(h.date, None);
        assert_eq!(h.body_start, 0);
        assert!(h.warnings[0].contains("no date line"));
    }

    #[test]
    fn record_dates_may_carry_a_time() {
        assert!(parse_date_value("2023-11-01T10:00:00Z").is_ok());
        assert!(parse_date_value("2023-11-01x").is_err());
    }
}
