//! KML 2.2 for Google Earth: one Placemark per event with a `TimeStamp` (one-day events)
//! or a `TimeSpan` (ranged events), so Earth's time slider plays them; undated events get
//! neither and are always shown. A shared style per kind colours the pins.

use std::io::{self, Write};

use super::Row;
use crate::events::EventKind;

/// KML colours are `aabbggrr`; these are the app's Okabe–Ito colours per kind.
const STYLES: [(EventKind, &str); 4] = [
    (EventKind::Incident, "ff005ed5"), // vermillion #D55E00
    (EventKind::Meeting, "ffb27200"),  // blue #0072B2
    (EventKind::Call, "ff739e00"),     // bluish green #009E73
    (EventKind::Other, "ff005ed5"),
];

/// Writes the whole KML document.
pub fn write(rows: &[Row], mut out: impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<kml xmlns="http://www.opengis.net/kml/2.2">"#)?;
    writeln!(out, "<Document>\n<name>incident-map events</name>")?;
    for (kind, colour) in STYLES {
        writeln!(
            out,
            "<Style id=\"{}\"><IconStyle><color>{colour}</color></IconStyle></Style>",
            kind.as_str()
        )?;
    }
    for row in rows {
        write_placemark(row, &mut out)?;
    }
    writeln!(out, "</Document>\n</kml>")?;
    out.flush()
}

fn write_placemark(row: &Row, out: &mut impl Write) -> io::Result<()> {
    let name = format!("{} {}: {}", row.kind.as_str(), row.subtype, row.place);
    writeln!(out, "<Placemark>\n<name>{}</name>", escape(&name))?;
    let mut description = String::new();
    for line in [&row.title, &row.evidence, &row.source, &row.path] {
        if !line.is_empty() {
            description.push_str(line);
            description.push('\n');
        }
    }
    writeln!(
        out,
        "<description>{}</description>",
        escape(description.trim_end())
    )?;
    match (row.event_date, row.date_end) {
        (Some(from), Some(to)) if to != from => writeln!(
            out,
            "<TimeSpan><begin>{from}</begin><end>{to}</end></TimeSpan>"
        )?,
        (Some(day), _) => writeln!(out, "<TimeStamp><when>{day}</when></TimeStamp>")?,
        (None, _) => {}
    }
    writeln!(out, "<styleUrl>#{}</styleUrl>", row.kind.as_str())?;
    writeln!(out, "<ExtendedData>")?;
    let fatalities = row.fatalities.map(|n| n.to_string()).unwrap_or_default();
    let reports = row.reports.max(1).to_string();
    let articles = row.articles.join("; ");
    let data = [
        ("kind", row.kind.as_str()),
        ("subtype", row.subtype.as_str()),
        ("place", row.place.as_str()),
        ("country", row.country.as_str()),
        ("precision", row.precision.as_str()),
        ("actors", &row.actors.join("; ")),
        ("fatalities", &fatalities),
        ("source", row.source.as_str()),
        ("title", row.title.as_str()),
        ("reports", &reports),
        ("articles", &articles),
    ];
    for (key, value) in data {
        writeln!(
            out,
            "<Data name=\"{key}\"><value>{}</value></Data>",
            escape(value)
        )?;
    }
    writeln!(out, "</ExtendedData>")?;
    writeln!(
        out,
        "<Point><coordinates>{},{}</coordinates></Point>\n</Placemark>",
        row.longitude, row.latitude
    )
}

/// Escapes XML's special characters and drops the control characters XML 1.0 forbids
/// (a stray form feed in an article must not make the file unreadable).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn special_and_control_characters_are_safe() {
        assert_eq!(
            escape("A&B <c> \"d\" 'e'\u{c}"),
            "A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;"
        );
    }
}
