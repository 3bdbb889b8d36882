//! The app's panels around the map: menu bar, filters with the country tray and the event
//! list, the details panel, the Problems list, the tile attribution.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::details::{DetailsAction, details_ui};
use super::dialogs::{self, PathField, Pick, Picked};
use super::markers::MarkerAction;
use super::{IncidentApp, style, words};
use crate::events::EventKind;
use crate::view::catalog::{EventRecord, Precision, date_of};

/// File menu, map options, progress of a load.
pub fn menu_bar(app: &mut IncidentApp, ui: &mut Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        // Menus hold text fields (typed paths): a click inside must not close them; every
        // entry that acts closes its menu itself.
        let config = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        egui::MenuBar::new().config(config).ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                let mut picked = None;
                if ui.button("Open files…").clicked() {
                    picked = Some((Pick::Articles, "open"));
                }
                if ui.button("Open folder…").clicked() {
                    picked = Some((Pick::Folder, "open"));
                }
                if ui
                    .button("Follow a folder…")
                    .on_hover_text("Show articles added to the folder as they arrive")
                    .clicked()
                {
                    picked = Some((Pick::Folder, "follow"));
                }
                if ui
                    .button("Follow a feed (URL)…")
                    .on_hover_text(
                        "Show the items of an RSS/Atom feed or a news page as they are published",
                    )
                    .clicked()
                {
                    app.ask_for_feed();
                    ui.close();
                }
                if ui
                    .button("New article from text…")
                    .on_hover_text("Or press Ctrl+V anywhere with an article's text copied")
                    .clicked()
                {
                    app.new_article_from_text(String::new());
                    ui.close();
                }
                if ui.button("Import events layer (GeoJSON/CSV)…").clicked() {
                    picked = Some((Pick::Layer, "import"));
                }
                if let Some((what, then)) = picked {
                    match dialogs::pick(what) {
                        Picked::Paths(paths) => {
                            match then {
                                "follow" => follow(app, &paths[0], ui),
                                "import" => app.import_in_background(&paths[0], ui.ctx()),
                                _ => app.open(paths, &ui.ctx().clone()),
                            }
                            ui.close();
                        }
                        Picked::Cancelled => ui.close(),
                        // The menu stays open on the typed-path field.
                        Picked::Unavailable => {
                            app.status = dialogs::UNAVAILABLE.to_owned();
                            app.focus_path = Some(PathField::Open);
                        }
                    }
                }
                opened_menu(app, ui);
                ui.menu_button("Export", |ui| super::export::menu(app, ui));
                ui.separator();
                if app.status == dialogs::UNAVAILABLE {
                    ui.label(RichText::new(dialogs::UNAVAILABLE).color(ui.visuals().warn_fg_color));
                }
                ui.label("Or type a path (file or folder), Enter opens it:");
                ui.horizontal(|ui| {
                    let label = ui.label("Path");
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut app.path_input)
                                .hint_text("/path/to/articles")
                                .desired_width(220.0),
                        )
                        .labelled_by(label.id);
                    if app.focus_path == Some(PathField::Open) {
                        field.request_focus();
                        app.focus_path = None;
                    }
                    let entered =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("Open path").clicked()
                        || entered && !app.path_input.trim().is_empty()
                    {
                        let path = std::path::PathBuf::from(app.path_input.trim());
                        app.open(vec![path], &ui.ctx().clone());
                        ui.close();
                    }
                });
                ui.horizontal(|ui| {
                    if ui.button("Follow path").clicked() {
                        let path = std::path::PathBuf::from(app.path_input.trim());
                        follow(app, &path, ui);
                        ui.close();
                    }
                    if ui.button("Import path as layer").clicked() {
                        let path = std::path::PathBuf::from(app.path_input.trim());
                        app.import_in_background(&path, ui.ctx());
                        ui.close();
                    }
                });
            });
            ui.menu_button("Map", |ui| {
                ui.checkbox(&mut app.settings.osm_tiles, "OpenStreetMap tiles (online)");
                tile_package_menu(app, ui);
                ui.checkbox(&mut app.settings.dark_map, "Dark map");
                let mut legend = !app.settings.hide_legend;
                if ui.checkbox(&mut legend, "Legend").changed() {
                    app.settings.hide_legend = !legend;
                }
                if ui.button("Frame the data (F)").clicked() {
                    app.frame_requested = true;
                    ui.close();
                }
                if ui
                    .add_enabled(
                        app.selected.is_some(),
                        egui::Button::new("Zoom to selection (Enter)"),
                    )
                    .clicked()
                {
                    if let Some(event) = app
                        .selected
                        .and_then(|i| app.catalog.events.get(i as usize))
                    {
                        app.pending_zoom = Some((event.lat, event.lon));
                    }
                    ui.close();
                }
            });
            let corrections = app
                .corrections
                .all()
                .iter()
                .filter(|c| c.is_active())
                .count();
            if ui
                .selectable_label(app.show_audit, format!("Corrections ({corrections})"))
                .clicked()
            {
                app.show_audit = !app.show_audit;
            }
            let mut list = !app.settings.hide_list;
            if ui
                .selectable_label(list, "List")
                .on_hover_text("Show the filters and the event list")
                .clicked()
            {
                list = !list;
                app.settings.hide_list = !list;
            }
            let problems = app.catalog.problems.len();
            if ui
                .selectable_label(app.show_problems, format!("Problems ({problems})"))
                .clicked()
            {
                app.show_problems = !app.show_problems;
            }
            if let Some((done, files)) = app.load_progress() {
                let progress = if files == 0 {
                    0.0
                } else {
                    (done as f32 / files as f32).min(1.0)
                };
                ui.add(
                    egui::ProgressBar::new(progress)
                        .desired_width(160.0)
                        .text(format!("loading {done}/{files}")),
                );
                ui.spinner();
            }
            ui.label(format!(
                "{} · {} · {} shown",
                words::counted(app.catalog.article_count(), "article"),
                words::counted(app.catalog.events.len(), "event"),
                app.derived.visible.len()
            ));
            if let Some(watch) = &app.watch {
                ui.label(RichText::new(format!("following {}", watch.dir.display())).weak());
            }
            let feeds = app.followed_feeds().len();
            if feeds > 0 {
                ui.label(
                    RichText::new(format!("following {}", words::counted(feeds, "feed"))).weak(),
                );
            }
            if app.derived.new_events > 0 {
                let since = app.watching_since.clone().unwrap_or_default();
                ui.label(
                    RichText::new(format!(" {} new since {since} ", app.derived.new_events))
                        .background_color(style::SELECTED)
                        .color(egui::Color32::BLACK),
                );
                if ui.button("Mark seen").clicked() {
                    app.catalog.mark_all_seen();
                }
            }
            if !app.status.is_empty() {
                ui.label(RichText::new(&app.status).weak());
            }
        });
    });
}

/// Filters, the country tray, problems and the event list. Returns a selection.
///
/// At most 30 % of the window wide, so the map keeps most of a small screen; hidden with
/// "List" in the menu bar or by dragging its edge closed.
pub fn side_panel(app: &mut IncidentApp, ui: &mut Ui) -> Option<MarkerAction> {
    let mut action = None;
    let mut expanded = !app.settings.hide_list;
    let widest = (ui.ctx().content_rect().width() * 0.3).max(220.0);
    egui::Panel::left("events")
        .default_size(300.0_f32.min(widest))
        .size_range(200.0..=widest)
        .resizable(true)
        .show_collapsible(ui, &mut expanded, |ui| {
            let filters = &mut app.settings.filters;
            ui.horizontal(|ui| {
                ui.checkbox(
                    &mut filters.incidents,
                    RichText::new("Incidents").color(style::INCIDENT),
                );
                ui.checkbox(
                    &mut filters.meetings,
                    RichText::new("Meetings").color(style::MEETING),
                );
                ui.checkbox(
                    &mut filters.calls,
                    RichText::new("Calls").color(style::CALL),
                );
            });
            ui.horizontal(|ui| {
                let label = ui.label("Search");
                ui.add(
                    egui::TextEdit::singleline(&mut filters.text)
                        .hint_text("title, actor, place")
                        .desired_width(200.0),
                )
                .labelled_by(label.id);
            });
            let countries = &app.derived.countries;
            let gazetteer = app.gazetteer;
            // Country names from the gazetteer, the code after them ("Iraq (IQ)").
            let name_of = |code: &str| match gazetteer.country(code) {
                Some(id) => format!("{} ({code})", gazetteer.place(id).name),
                None => code.to_owned(),
            };
            egui::ComboBox::from_label("Country")
                .selected_text(if filters.country.is_empty() {
                    "all countries".to_owned()
                } else {
                    name_of(&filters.country)
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filters.country, String::new(), "all countries");
                    for code in countries {
                        ui.selectable_value(&mut filters.country, code.clone(), name_of(code));
                    }
                });
            layers(app, ui);
            if app.show_problems && !app.catalog.problems.is_empty() {
                ui.separator();
                ui.label(
                    RichText::new("Problems")
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
                for problem in &app.catalog.problems {
                    ui.label(format!("{}: {}", problem.path, problem.message));
                }
            }
            ui.separator();
            country_tray(app, ui);
            ui.separator();
            if let Some(members) = app.open_cluster.clone() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("Cluster: {} events", members.len())).strong());
                    if ui.button("Close cluster").clicked() {
                        app.open_cluster = None;
                    }
                });
                list(app, ui, "cluster-list", &members, &mut action);
                ui.separator();
            }
            ui.label(RichText::new("Events shown").strong());
            let visible = app.derived.visible.clone();
            list(app, ui, "shown-list", &visible, &mut action);
        });
    app.settings.hide_list = !expanded;
    app.scroll_list = false;
    action
}

/// One line per event, truncated to the panel (the full line on hover), so that rows
/// have one height and only those on screen are laid out. Scrolls to the selection when
/// the keyboard moved it.
fn list(
    app: &IncidentApp,
    ui: &mut Ui,
    salt: &str,
    items: &[u32],
    action: &mut Option<MarkerAction>,
) {
    let row_height = ui.spacing().interact_size.y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt(salt)
        .max_height(ui.available_height().max(120.0))
        .auto_shrink([false, true]);
    if app.scroll_list
        && let Some(at) = app
            .selected
            .and_then(|s| items.iter().position(|&i| i == s))
    {
        let pitch = row_height + ui.spacing().item_spacing.y;
        let keep_above = (ui.available_height() / 2.0).max(0.0);
        area = area.vertical_scroll_offset((at as f32 * pitch - keep_above).max(0.0));
    }
    area.show_rows(ui, row_height, items.len(), |ui, range| {
        for &i in &items[range] {
            let Some(event) = app.catalog.events.get(i as usize) else {
                continue;
            };
            let date = event
                .from
                .map(|d| date_of(d).to_string())
                .unwrap_or_else(|| "undated".into());
            let line = format!(
                "{}{date}  {} — {}",
                if event.new { "NEW " } else { "" },
                words::capitalised(&event.what()),
                event.place
            );
            let selected = app.selected == Some(i);
            // Selected: the kind's colour as the fill, dark text on it for contrast.
            let text = if selected {
                RichText::new(&line).color(egui::Color32::BLACK)
            } else {
                RichText::new(&line).color(style::fill(event.kind, event.layer))
            };
            let mut button = egui::Button::selectable(selected, text)
                .truncate()
                .min_size(egui::vec2(ui.available_width(), row_height));
            if selected {
                button = button.fill(style::fill(event.kind, event.layer));
            }
            let response = ui
                .add(button)
                .on_hover_text(format!("{line}\n{}", kind_word(event.kind)));
            if response.clicked() {
                *action = Some(MarkerAction::Select(i));
            }
        }
    });
}

fn kind_word(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Incident | EventKind::Other => "incident",
        EventKind::Meeting => "meeting",
        EventKind::Call => "call",
    }
}

/// Country-level events in `visible`, grouped per country: (label, members).
pub fn tray(events: &[EventRecord], visible: &[u32]) -> Vec<(String, Vec<u32>)> {
    let mut by_country: BTreeMap<(&str, &str), Vec<u32>> = BTreeMap::new();
    for &i in visible {
        if let Some(event) = events.get(i as usize)
            && event.precision == Precision::Country
        {
            by_country
                .entry((event.place.as_str(), event.country_code.as_str()))
                .or_default()
                .push(i);
        }
    }
    by_country
        .into_iter()
        .map(|((place, code), members)| {
            let label = if code.is_empty() {
                place.to_owned()
            } else {
                format!("{place} ({code})")
            };
            (label, members)
        })
        .collect()
}

/// Country-level events are not pins: counted per country here, click to list them.
fn country_tray(app: &mut IncidentApp, ui: &mut Ui) {
    let by_country = app.derived.tray.clone();
    ui.label(RichText::new("Country-level (not pinned)").strong());
    if by_country.is_empty() {
        ui.label("none in this window");
    }
    ui.horizontal_wrapped(|ui| {
        for (country, members) in by_country {
            if ui.button(format!("{country}: {}", members.len())).clicked() {
                app.selected = members.first().copied();
                app.open_cluster = Some(members);
            }
        }
    });
}

/// The selected event's details, in a right panel.
pub fn details_panel(app: &mut IncidentApp, ui: &mut Ui) -> Option<DetailsAction> {
    let selected = app.selected?;
    let mut action = None;
    let widest = (ui.ctx().content_rect().width() * 0.34).max(260.0);
    egui::Panel::right("details")
        .default_size(380.0_f32.min(widest))
        .size_range(240.0..=widest)
        .resizable(true)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("Details").strong());
                if ui.button("Close details").clicked() {
                    app.selected = None;
                }
            });
            if app.draft.for_selected != Some(selected) {
                app.draft = super::correction::CorrectionDraft {
                    for_selected: Some(selected),
                    ..Default::default()
                };
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                let reports = app.reports_of(selected);
                action = details_ui(
                    ui,
                    &app.catalog,
                    selected,
                    &reports,
                    app.gazetteer,
                    &app.corrections,
                    &mut app.draft,
                );
            });
        });
    action
}

/// OpenStreetMap requires the map to be credited wherever it is shown.
pub fn attribution(ui: &mut Ui) {
    let rect = ui.max_rect();
    let at = rect.right_bottom() - egui::vec2(8.0, 8.0);
    egui::Area::new(egui::Id::unique("osm-attribution"))
        .fixed_pos(at - egui::vec2(230.0, 18.0))
        .show(ui.ctx(), |ui| {
            ui.hyperlink_to(
                "© OpenStreetMap contributors",
                "https://www.openstreetmap.org/copyright",
            );
        });
}

/// The offline tile package: which one is used, open another (dialog or the typed path),
/// or stop using it.
fn tile_package_menu(app: &mut IncidentApp, ui: &mut Ui) {
    let current = app.settings.workspace.tiles.clone();
    let label = match &current {
        Some(path) => format!("Tile package: {}", path.display()),
        None => "Tile package: none (offline outlines)".to_owned(),
    };
    ui.menu_button(label, |ui| {
        if ui
            .button("Open PMTiles file…")
            .on_hover_text("A raster PMTiles file, used offline as the basemap")
            .clicked()
        {
            match dialogs::pick(Pick::Tiles) {
                Picked::Paths(paths) => {
                    use_package(app, &paths[0], ui);
                    ui.close();
                }
                Picked::Cancelled => ui.close(),
                Picked::Unavailable => {
                    app.status = dialogs::UNAVAILABLE.to_owned();
                    app.focus_path = Some(PathField::Open);
                }
            }
        }
        if ui
            .button("Use the typed path (File menu)")
            .on_hover_text("A PMTiles file or a folder of z/x/y tiles, typed in File > Path")
            .clicked()
        {
            let path = PathBuf::from(app.path_input.trim());
            use_package(app, &path, ui);
            ui.close();
        }
        if current.is_some() && ui.button("Stop using it").clicked() {
            app.drop_tile_package();
            ui.close();
        }
    });
}

fn use_package(app: &mut IncidentApp, path: &std::path::Path, ui: &Ui) {
    if let Err(message) = app.use_tile_package(path, ui.ctx()) {
        app.status = format!("{}: {message}", path.display());
        app.report_problem(path, message);
    }
}

/// What is open and followed, each with a way to close it.
fn opened_menu(app: &mut IncidentApp, ui: &mut Ui) {
    let opened = app.settings.workspace.opened.clone();
    let following = app.watch.as_ref().map(|w| w.dir.clone());
    let feeds = app.followed_feeds();
    if opened.is_empty() && following.is_none() && feeds.is_empty() {
        return;
    }
    ui.menu_button("Opened", |ui| {
        for path in &opened {
            ui.horizontal(|ui| {
                ui.label(path.display().to_string());
                if ui.small_button("Close").clicked() {
                    app.close_opened(path);
                }
            });
        }
        if let Some(dir) = following {
            ui.horizontal(|ui| {
                ui.label(format!("following {}", dir.display()));
                if ui.small_button("Stop following").clicked() {
                    app.stop_following();
                }
            });
        }
        for url in &feeds {
            ui.horizontal(|ui| {
                ui.label(format!("following {url}"));
                if ui.small_button("Stop following").clicked() {
                    app.stop_following_feed(url);
                }
            });
        }
    });
}

fn follow(app: &mut IncidentApp, folder: &std::path::Path, ui: &Ui) {
    if let Err(message) = app.watch_folder(folder, ui.ctx()) {
        app.status = message.clone();
        app.report_problem(folder, message);
    }
}

/// The imported layers shown, for the map's legend.
pub fn layer_names(app: &IncidentApp) -> Vec<(u16, String)> {
    app.catalog
        .layers
        .iter()
        .enumerate()
        .filter(|(_, l)| l.loaded)
        .filter_map(|(i, l)| {
            let layer = u16::try_from(i + 1).ok()?;
            (!app.settings.filters.hidden_layers.contains(&layer)).then(|| (layer, l.name.clone()))
        })
        .collect()
}

/// The legend of layers (extracted events and each imported file), each with a switch.
fn layers(app: &mut IncidentApp, ui: &mut Ui) {
    let loaded: Vec<(u16, String, usize)> = app
        .catalog
        .layers
        .iter()
        .enumerate()
        .filter(|(_, l)| l.loaded)
        .map(|(i, l)| {
            (
                u16::try_from(i + 1).unwrap_or(u16::MAX),
                l.name.clone(),
                l.rows.len(),
            )
        })
        .collect();
    let samples = app
        .catalog
        .articles
        .iter()
        .flatten()
        .filter(|a| a.sample)
        .count();
    if loaded.is_empty() && samples == 0 {
        return;
    }
    ui.separator();
    ui.label(RichText::new("Layers").strong());
    if samples > 0 {
        let mut shown = !app.settings.filters.hide_samples;
        if ui
            .checkbox(
                &mut shown,
                format!("Sample reports ({})", words::counted(samples, "article")),
            )
            .on_hover_text("The reports shipped with the app, to try it on")
            .changed()
        {
            app.settings.filters.hide_samples = !shown;
        }
    }
    let hidden = &mut app.settings.filters.hidden_layers;
    let mut toggle = |ui: &mut Ui, layer: u16, text: RichText| {
        let mut shown = !hidden.contains(&layer);
        if ui.checkbox(&mut shown, text).changed() {
            if shown {
                hidden.retain(|&l| l != layer);
            } else {
                hidden.push(layer);
            }
        }
    };
    if !loaded.is_empty() {
        toggle(ui, 0, RichText::new("Extracted from articles"));
    }
    let mut remove = None;
    for (layer, name, rows) in loaded {
        ui.horizontal(|ui| {
            toggle(
                ui,
                layer,
                RichText::new(format!("{name} ({rows})")).color(style::layer_colour(layer)),
            );
            if ui.small_button("Remove").clicked() {
                remove = Some(layer);
            }
        });
    }
    if let Some(layer) = remove {
        let index = usize::from(layer - 1);
        if let Some(path) = app
            .catalog
            .layers
            .get(index)
            .map(|l| PathBuf::from(&l.path))
        {
            app.settings.workspace.forget_layer(&path);
        }
        app.keep_selection(|app| app.catalog.remove_layer(index));
    }
}
