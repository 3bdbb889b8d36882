//! Where basemap tiles come from besides the offline outlines: an offline tile package (a
//! raster PMTiles file, or a folder of `z/x/y.png` tiles as gdal2tiles `--xyz`, MOBAC or
//! `mb-util` write them) or OpenStreetMap online, and whether online tiles are arriving.
//!
//! A package is opened once and remembered in the workspace. Online tiles that do not come
//! (no network, blocked) are noticed after [`ONLINE_GRACE`] with none drawn, so the map can
//! say so and keep the offline basemap in full instead of turning dark.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use walkers::sources::Attribution;
use walkers::{Tile, TileId, TilePiece, Tiles};

/// Opens a tile package: a PMTiles file (by its magic bytes) or a z/x/y folder.
pub fn open_package(path: &Path, ctx: &egui::Context) -> Result<Box<dyn Tiles>, String> {
    if path.is_dir() {
        return FolderTiles::open(path, ctx).map(|t| Box::new(t) as Box<dyn Tiles>);
    }
    let mut magic = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .map_err(|e| format!("cannot read it: {e}"))?;
    // PMTiles v3: "PMTiles" then the version byte.
    if &magic[..7] != b"PMTiles" || magic[7] != 3 {
        return Err("not a PMTiles (version 3) file nor a folder of z/x/y tiles".to_owned());
    }
    // Raster packages are usually of 256-pixel tiles; walkers draws them at that size.
    Ok(Box::new(walkers::PmTiles::with_style_and_tile_size(
        path,
        walkers::Style,
        256,
        ctx.clone(),
    )))
}

/// Tiles from a folder laid out `z/x/y.png` (or `.jpg`), XYZ numbering (y from the north).
/// Where a tile is missing, or past the deepest zoom, its nearest ancestor is drawn
/// enlarged. Decoded on the UI thread, a few per frame, then kept.
pub struct FolderTiles {
    root: PathBuf,
    max_zoom: u8,
    ctx: egui::Context,
    /// Decoded tiles; `None` where the folder has no tile.
    cache: HashMap<TileId, Option<Tile>>,
    /// Decodes this frame, to keep each frame short.
    budget: (Instant, usize),
}

/// Tiles decoded in one frame at most; the rest come in the next frames.
const DECODES_PER_FRAME: usize = 6;

impl FolderTiles {
    pub fn open(root: &Path, ctx: &egui::Context) -> Result<FolderTiles, String> {
        let entries = std::fs::read_dir(root).map_err(|e| format!("cannot list it: {e}"))?;
        let max_zoom = entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str()?.parse::<u8>().ok())
            .filter(|&z| z <= 22)
            .max()
            .ok_or("no zoom folders (0, 1, 2 …) in it: not a z/x/y tile folder")?;
        Ok(FolderTiles {
            root: root.to_path_buf(),
            max_zoom,
            ctx: ctx.clone(),
            cache: HashMap::new(),
            budget: (Instant::now(), 0),
        })
    }

    /// The tile at `id` from the cache or the folder; `None` if missing, or not decoded yet
    /// because this frame's budget is spent (a repaint is asked for).
    fn load(&mut self, id: TileId) -> Option<Tile> {
        if let Some(cached) = self.cache.get(&id) {
            return cached.clone();
        }
        if self.budget.0.elapsed() > Duration::from_millis(10) {
            self.budget = (Instant::now(), 0);
        }
        if self.budget.1 >= DECODES_PER_FRAME {
            self.ctx.request_repaint();
            return None;
        }
        self.budget.1 += 1;
        let tile = ["png", "jpg", "jpeg"].iter().find_map(|ext| {
            let path = self
                .root
                .join(id.zoom.to_string())
                .join(id.x.to_string())
                .join(format!("{}.{ext}", id.y));
            let bytes = std::fs::read(path).ok()?;
            Tile::new(&bytes, &walkers::Style, id.zoom, 256, &self.ctx).ok()
        });
        self.cache.insert(id, tile.clone());
        tile
    }
}

impl Tiles for FolderTiles {
    fn at(&mut self, id: TileId) -> Option<TilePiece> {
        // The tile itself, else the nearest ancestor's part of it, up to six levels up.
        let deepest = id.zoom.min(self.max_zoom);
        for zoom in (deepest.saturating_sub(6)..=deepest).rev() {
            let levels = u32::from(id.zoom - zoom);
            let ancestor = TileId {
                x: id.x >> levels,
                y: id.y >> levels,
                zoom,
            };
            if let Some(tile) = self.load(ancestor) {
                let parts = (1u32 << levels) as f32;
                let (dx, dy) = (
                    (id.x - (ancestor.x << levels)) as f32,
                    (id.y - (ancestor.y << levels)) as f32,
                );
                let uv = egui::Rect::from_min_size(
                    egui::pos2(dx / parts, dy / parts),
                    egui::vec2(1.0 / parts, 1.0 / parts),
                );
                return Some(TilePiece::new(tile, uv));
            }
        }
        None
    }

    fn attribution(&self) -> Attribution {
        Attribution {
            text: "Offline tile package",
            url: "",
            logo_light: None,
            logo_dark: None,
        }
    }

    fn tile_size(&self) -> u32 {
        256
    }
}

/// How long online tiles may take before the map says none are arriving.
pub const ONLINE_GRACE: Duration = Duration::from_secs(8);

/// Online tiles, watched: counts what is drawn, to notice when nothing arrives.
pub struct WatchedTiles<T> {
    pub inner: T,
    first_asked: Option<Instant>,
    served: usize,
}

impl<T: Tiles> WatchedTiles<T> {
    pub fn new(inner: T) -> Self {
        WatchedTiles {
            inner,
            first_asked: None,
            served: 0,
        }
    }

    /// Tiles were asked for over [`ONLINE_GRACE`] and not one has come.
    pub fn failing(&self) -> bool {
        self.served == 0 && self.first_asked.is_some_and(|t| t.elapsed() > ONLINE_GRACE)
    }
}

impl<T: Tiles> Tiles for WatchedTiles<T> {
    fn at(&mut self, id: TileId) -> Option<TilePiece> {
        self.first_asked.get_or_insert_with(Instant::now);
        let piece = self.inner.at(id);
        self.served += usize::from(piece.is_some());
        piece
    }

    fn attribution(&self) -> Attribution {
        self.inner.attribution()
    }

    fn tile_size(&self) -> u32 {
        self.inner.tile_size()
    }

    fn stats(&self) -> walkers::Stats {
        self.inner.stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-tile PNG at z/x/y in a temporary folder.
    fn folder_with_tile(z: u8, x: u32, y: u32) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let at = dir.path().join(z.to_string()).join(x.to_string());
        std::fs::create_dir_all(&at).unwrap();
        let image = image::RgbaImage::from_pixel(256, 256, image::Rgba([10, 120, 200, 255]));
        image.save(at.join(format!("{y}.png"))).unwrap();
        dir
    }

    #[test]
    fn a_folder_package_draws_its_tiles_and_enlarges_ancestors() {
        let ctx = egui::Context::default();
        let dir = folder_with_tile(3, 4, 2);
        let mut tiles = FolderTiles::open(dir.path(), &ctx).unwrap();
        assert_eq!(tiles.max_zoom, 3);
        let own = tiles
            .at(TileId {
                x: 4,
                y: 2,
                zoom: 3,
            })
            .expect("its own tile");
        assert_eq!(
            own.uv,
            egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0))
        );
        // Zoom 5, tile (19, 9): a quarter-of-a-quarter of (4, 2), column 3, row 1.
        let child = tiles
            .at(TileId {
                x: 19,
                y: 9,
                zoom: 5,
            })
            .expect("from the ancestor");
        assert_eq!(child.uv.min, egui::pos2(0.75, 0.25));
        assert!((child.uv.width() - 0.25).abs() < 1e-6);
        assert!(
            tiles
                .at(TileId {
                    x: 0,
                    y: 0,
                    zoom: 3
                })
                .is_none(),
            "not in the folder"
        );
    }

    #[test]
    fn what_is_not_a_package_is_refused_with_the_reason() {
        let ctx = egui::Context::default();
        let dir = tempfile::tempdir().unwrap();
        let err = open_package(dir.path(), &ctx).err().unwrap();
        assert!(err.contains("no zoom folders"), "{err}");
        let file = dir.path().join("tiles.pmtiles");
        std::fs::write(&file, b"<html>not tiles</html>").unwrap();
        let err = open_package(&file, &ctx).err().unwrap();
        assert!(err.contains("not a PMTiles"), "{err}");
        let err = open_package(&dir.path().join("missing.pmtiles"), &ctx)
            .err()
            .unwrap();
        assert!(err.contains("cannot read it"), "{err}");
    }
}
