//! The details panel: the selected event, the sentence behind it with the trigger and the
//! place highlighted, the whole article with every recognised place highlighted, the places
//! (click to centre the map) and the article's other events.

use egui::text::LayoutJob;
use egui::{Color32, FontId, RichText, TextFormat, Ui};

use super::correction::{CorrectionDraft, alternatives_ui};
use super::style;
use crate::corrections::{Corrections, Target};
use crate::exchange::Row;
use crate::gazetteer::Gazetteer;
use crate::view::catalog::{Catalog, EventRecord, Source, date_of};

/// What the user asked for from the details panel.
#[derive(Clone, Debug, PartialEq)]
pub enum DetailsAction {
    Select(u32),
    CentreOn {
        lat: f64,
        lon: f64,
    },
    /// Read the selected event's place name as `Target` (in this article, or everywhere
    /// when the draft says so).
    Correct(Target),
    /// Take back a correction.
    Undo(u64),
}

/// Byte spans to highlight in a text, with their colour.
type Highlights = Vec<(usize, usize, Color32)>;

fn highlighted(text: &str, offset: usize, highlights: &Highlights, ui: &Ui) -> LayoutJob {
    let mut job = LayoutJob::default();
    let font = FontId::proportional(13.0);
    let plain = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let mut spans: Vec<_> = highlights
        .iter()
        .filter(|(s, e, _)| *s >= offset && *e <= offset + text.len())
        .map(|&(s, e, c)| (s - offset, e - offset, c))
        .collect();
    spans.sort_by_key(|s| s.0);
    let mut at = 0;
    for (start, end, colour) in spans {
        if start < at || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        job.append(&text[at..start], 0.0, plain.clone());
        job.append(
            &text[start..end],
            0.0,
            TextFormat {
                background: colour,
                color: Color32::BLACK,
                ..plain.clone()
            },
        );
        at = end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// Draws the details of event `selected` (`reports`: the records of every article that
/// reports the same incident, itself included); returns the user's action, if any.
#[allow(clippy::too_many_arguments)]
pub fn details_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    selected: u32,
    reports: &[u32],
    gazetteer: &Gazetteer,
    corrections: &Corrections,
    draft: &mut CorrectionDraft,
) -> Option<DetailsAction> {
    let mut action = None;
    let events = &catalog.events;
    let Some(record) = events.get(selected as usize) else {
        ui.label("Nothing selected.");
        return None;
    };
    let (record_article, record_index) = match record.source {
        Source::Article { article, index } => (article, index),
        Source::Layer { layer, row } => {
            let layer = catalog.layers.get(layer)?;
            layer_row_ui(ui, record, &layer.name, layer.rows.get(row)?);
            return None;
        }
    };
    let extracted = &catalog.article(record_article)?.extracted;
    let event = extracted.events.get(record_index)?;
    let article = &extracted.article;
    let title = article.title.clone().unwrap_or_else(|| {
        article
            .path
            .rsplit('/')
            .next()
            .unwrap_or(&article.path)
            .to_owned()
    });
    ui.add(egui::Label::new(RichText::new(&title).heading()).wrap());
    ui.label(format!(
        "{} · {} · dateline {}",
        article.source.as_deref().unwrap_or("source unknown"),
        article
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "date unknown".into()),
        article
            .dateline
            .as_ref()
            .map(|d| d.place.as_str())
            .unwrap_or("none"),
    ));
    ui.separator();
    let dates = match (record.from, record.to) {
        (Some(a), Some(b)) if a != b => format!("{} – {}", date_of(a), date_of(b)),
        (Some(a), _) => date_of(a).to_string(),
        _ => "date unknown".into(),
    };
    ui.label(
        RichText::new(if record.what() == record.kind.as_str() {
            record.what()
        } else {
            format!("{} · {}", record.kind.as_str(), record.what())
        })
        .strong()
        .color(style::colour(record.kind)),
    );
    fact(ui, "Date", dates);
    let located_by = match event.located_by {
        crate::events::LocatedBy::Sentence => "named in the evidence sentence",
        crate::events::LocatedBy::FollowingSentence => "named in a following sentence",
        crate::events::LocatedBy::EarlierSentence => "named earlier in the paragraph",
        crate::events::LocatedBy::Dateline => "the dateline (no place in the text)",
        crate::events::LocatedBy::Capital => {
            "the seat of government involved (the text names no city)"
        }
        crate::events::LocatedBy::Heading => "the heading of the record it is listed under",
    };
    fact(
        ui,
        "Place",
        format!(
            "{} ({}), from {located_by}",
            record.place,
            record.precision.as_str()
        ),
    );
    fact(
        ui,
        "Actors",
        if record.actors.is_empty() {
            "—".to_owned()
        } else {
            record.actors.join(", ")
        },
    );
    let c = event.counts;
    if !c.is_empty() {
        let counts = [
            c.killed.map(|n| format!("killed {n}")),
            c.injured.map(|n| format!("injured {n}")),
            c.attacks.map(|n| format!("attacks {n}")),
        ];
        fact(
            ui,
            "Counts",
            counts.into_iter().flatten().collect::<Vec<_>>().join(", "),
        );
    }
    fact(ui, "Confidence", format!("{:.2}", event.confidence));
    if let Some(mention) = event.mention.and_then(|m| extracted.mentions.get(m)) {
        ui.separator();
        let corrected = mention.corrected_by.and_then(|id| corrections.get(id));
        if let Some(a) = alternatives_ui(ui, &article.text, mention, corrected, gazetteer, draft) {
            action = Some(a);
        }
    }
    ui.separator();
    ui.label(RichText::new("Evidence").strong());
    let place_span = event
        .mention
        .and_then(|m| extracted.mentions.get(m))
        .map(|m| (m.start, m.end, style::HIGHLIGHT_PLACE));
    let mut evidence_highlights: Highlights =
        vec![(event.trigger.0, event.trigger.1, style::HIGHLIGHT_TRIGGER)];
    evidence_highlights.extend(place_span);
    if let Some(sentence) = article.text.get(event.evidence.0..event.evidence.1) {
        ui.label(highlighted(
            sentence,
            event.evidence.0,
            &evidence_highlights,
            ui,
        ));
    }
    ui.separator();
    ui.label(RichText::new("Places found").strong());
    ui.horizontal_wrapped(|ui| {
        let mut seen = Vec::new();
        for mention in &extracted.mentions {
            let place = gazetteer.place(mention.place);
            if seen.contains(&mention.place) {
                continue;
            }
            seen.push(mention.place);
            let label = format!("{} ({})", place.name, super::words::role(mention.role));
            if ui
                .button(label)
                .on_hover_text("Centre the map here")
                .clicked()
            {
                action = Some(DetailsAction::CentreOn {
                    lat: place.lat,
                    lon: place.lon,
                });
            }
        }
    });
    if reports.len() > 1 {
        ui.separator();
        ui.label(RichText::new(format!("Reported by {} articles", reports.len())).strong());
        for &other in reports {
            let Some(Source::Article { article, index }) =
                events.get(other as usize).map(|e| e.source)
            else {
                continue;
            };
            let Some(loaded) = catalog.article(article) else {
                continue;
            };
            let Some(its_event) = loaded.extracted.events.get(index) else {
                continue;
            };
            let text = &loaded.extracted.article.text;
            let name = loaded.path.rsplit('/').next().unwrap_or(&loaded.path);
            let sentence = text
                .get(its_event.evidence.0..its_event.evidence.1)
                .unwrap_or("");
            let date = its_event.date.map(|d| d.to_string()).unwrap_or_default();
            if other == selected {
                ui.label(RichText::new(format!("{name} (shown) · {date}")).italics());
            } else if ui.link(format!("{name} · {date}")).clicked() {
                action = Some(DetailsAction::Select(other));
            }
            ui.label(RichText::new(sentence).small());
        }
    }
    let others: Vec<(u32, &EventRecord)> = events
        .iter()
        .enumerate()
        .filter(|(i, e)| {
            matches!(e.source, Source::Article { article, .. } if article == record_article)
                && *i as u32 != selected
        })
        .map(|(i, e)| (i as u32, e))
        .collect();
    if !others.is_empty() {
        ui.separator();
        ui.label(RichText::new("Other events in this article").strong());
        for (i, other) in others {
            let date = other
                .from
                .map(|d| date_of(d).to_string())
                .unwrap_or_default();
            if ui
                .link(format!(
                    "{} {} in {} {}",
                    other.kind.as_str(),
                    other.subtype,
                    other.place,
                    date
                ))
                .clicked()
            {
                action = Some(DetailsAction::Select(i));
            }
        }
    }
    ui.separator();
    ui.label(RichText::new("Article").strong());
    let places: Highlights = extracted
        .mentions
        .iter()
        .map(|m| (m.start, m.end, style::HIGHLIGHT_PLACE))
        .collect();
    ui.label(highlighted(&article.text, 0, &places, ui));
    action
}

/// The details of an imported row: its fields as the file gave them.
fn layer_row_ui(ui: &mut Ui, record: &EventRecord, layer: &str, row: &Row) {
    ui.heading(if row.title.is_empty() {
        &row.place
    } else {
        &row.title
    });
    ui.label(
        RichText::new(format!("Imported layer: {layer}")).color(style::layer_colour(record.layer)),
    );
    ui.separator();
    {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let fields = [
            ("Kind", format!("{} · {}", row.kind.as_str(), row.subtype)),
            ("Date", date(row.event_date)),
            ("Until", date(row.date_end)),
            (
                "Place",
                format!("{} ({})", row.place, row.precision.as_str()),
            ),
            ("Country", row.country.clone()),
            (
                "Point",
                format!("{:.4}, {:.4}", row.latitude, row.longitude),
            ),
            ("Actors", row.actors.join(", ")),
            (
                "Fatalities",
                row.fatalities.map(|n| n.to_string()).unwrap_or_default(),
            ),
            ("Source", row.source.clone()),
            ("Path", row.path.clone()),
        ];
        for (name, value) in fields {
            if !value.is_empty() {
                fact(ui, name, value);
            }
        }
    }
    if !row.evidence.is_empty() {
        ui.separator();
        ui.label(RichText::new("Notes").strong());
        ui.label(&row.evidence);
    }
}

/// One labelled fact: the name in a fixed column, the value wrapping in the rest of the
/// panel's width (a grid would grow the panel to the longest value instead).
fn fact(ui: &mut Ui, name: &str, value: String) {
    ui.horizontal_top(|ui| {
        let height = ui.spacing().interact_size.y;
        ui.allocate_ui_with_layout(
            egui::vec2(78.0, height),
            egui::Layout::left_to_right(egui::Align::Min),
            |ui| {
                ui.set_min_width(78.0);
                ui.label(RichText::new(name).weak());
            },
        );
        ui.add(egui::Label::new(value).wrap());
    });
}
