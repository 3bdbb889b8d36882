//! The places' fixed columns, packed at build time by `build.rs` (which includes this
//! file): where each text field of each row lies in its TSV file, and the row's numbers
//! already parsed.
//!
//! Why: splitting ~100,000 rows into fields and parsing their coordinates was most of the
//! CLI's start-up; reading fixed-size records and slicing the embedded text is a tenth of
//! that, and every place still borrows its strings from the one embedded copy.
//!
//! Layout (little-endian): `MAGIC` u32, record count u32, then the records, [`RECORD`]
//! bytes each: file index u8 (into the list of files the table was built from), three zero
//! bytes, the row's byte offset in its file u32, one (start, length) u16 pair per column
//! of [`TEXT_COLUMNS`] relative to the row's start, then latitude f64, longitude f64 and
//! population u64.

/// Format tag; bump when the layout changes.
pub const MAGIC: u32 = 0x494d_5031;

/// Bytes per record.
pub const RECORD: usize = 4 + 4 + 4 * TEXT_COLUMNS.len() + 8 * 3;

/// The TSV columns a record points at, in record order: id, kind, fcode, name, cc, admin1.
pub const TEXT_COLUMNS: [usize; 6] = [0, 1, 2, 3, 6, 7];

/// One row as the table gives it back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row<'a> {
    /// Index of the row's file in the list the table was built from.
    pub file: usize,
    /// The text of [`TEXT_COLUMNS`], borrowed from the file.
    pub text: [&'a str; 6],
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

/// An empty table to append records to.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs, which includes this file
pub fn new_table() -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out
}

/// Appends one row: `columns` are slices of `tsv` (as `rows::rows` splits it), the numbers
/// already parsed. Fails when the row does not fit the layout.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs, which includes this file
pub fn push_row(
    table: &mut Vec<u8>,
    file: u8,
    tsv: &str,
    columns: &[&str],
    numbers: (f64, f64, u64),
) -> Result<(), String> {
    let base = tsv.as_ptr() as usize;
    let row_start = columns.first().ok_or("empty row")?.as_ptr() as usize - base;
    table.push(file);
    table.extend_from_slice(&[0, 0, 0]);
    table.extend_from_slice(
        &u32::try_from(row_start)
            .map_err(|_| "file too long")?
            .to_le_bytes(),
    );
    for column in TEXT_COLUMNS {
        let text = columns.get(column).ok_or("too few columns")?;
        let start = text.as_ptr() as usize - base - row_start;
        let start = u16::try_from(start).map_err(|_| "column starts too far into its row")?;
        let len = u16::try_from(text.len()).map_err(|_| "column too long")?;
        table.extend_from_slice(&start.to_le_bytes());
        table.extend_from_slice(&len.to_le_bytes());
    }
    let (lat, lon, population) = numbers;
    table.extend_from_slice(&lat.to_le_bytes());
    table.extend_from_slice(&lon.to_le_bytes());
    table.extend_from_slice(&population.to_le_bytes());
    let count = (table.len() - 8) / RECORD;
    let count = u32::try_from(count).map_err(|_| "too many rows")?;
    table[4..8].copy_from_slice(&count.to_le_bytes());
    Ok(())
}

/// The rows of a table built from `files` (the same texts, in the same order). A record
/// that points outside its file is an error, never a panic.
pub fn rows<'a, 'b>(
    table: &'b [u8],
    files: &'b [&'a str],
) -> Result<impl Iterator<Item = Result<Row<'a>, String>> + 'b, String> {
    let header = table.get(..8).ok_or("place table is truncated")?;
    if u32_at(header, 0) != MAGIC {
        return Err("place table has the wrong format tag".to_owned());
    }
    let count = u32_at(header, 4) as usize;
    let records = table.get(8..).unwrap_or_default();
    if Some(records.len()) != count.checked_mul(RECORD) {
        return Err(format!(
            "place table has {} bytes of records for {count} rows",
            records.len()
        ));
    }
    Ok(records
        .chunks_exact(RECORD)
        .map(move |record| row(record, files)))
}

fn row<'a>(record: &[u8], files: &[&'a str]) -> Result<Row<'a>, String> {
    let file = usize::from(record[0]);
    let tsv = files.get(file).ok_or("record names an unknown file")?;
    let row_start = u32_at(record, 4) as usize;
    let mut text = [""; 6];
    for (i, slot) in text.iter_mut().enumerate() {
        let at = 8 + 4 * i;
        let start = row_start + usize::from(u16_at(record, at));
        let end = start + usize::from(u16_at(record, at + 2));
        *slot = tsv
            .get(start..end)
            .ok_or("record points outside its file")?;
    }
    let numbers = 8 + 4 * TEXT_COLUMNS.len();
    Ok(Row {
        file,
        text,
        lat: f64::from_le_bytes(bytes8(record, numbers)),
        lon: f64::from_le_bytes(bytes8(record, numbers + 8)),
        population: u64::from_le_bytes(bytes8(record, numbers + 16)),
    })
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

fn bytes8(bytes: &[u8], at: usize) -> [u8; 8] {
    let mut out = [0; 8];
    out.copy_from_slice(&bytes[at..at + 8]);
    out
}

#[cfg(test)]
mod tests {
    use super::{new_table, push_row, rows};

    #[test]
    fn rows_round_trip_with_their_text_and_numbers() {
        let tsv = "id\tkind\tfcode\tname\tlat\tlon\tcc\tadmin1\tpopulation\talt\tdem\n\
                   95446\tcity\tPPLA\tErbil\t36.19\t44.01\tIQ\t11\t1612700\tArbil\t\n";
        let line = tsv.lines().nth(1).unwrap();
        let columns: Vec<&str> = line.split('\t').collect();
        let mut table = new_table();
        push_row(&mut table, 0, tsv, &columns, (36.19, 44.01, 1_612_700)).unwrap();
        let back: Vec<_> = rows(&table, &[tsv]).unwrap().collect();
        let row = back[0].clone().unwrap();
        assert_eq!(row.text, ["95446", "city", "PPLA", "Erbil", "IQ", "11"]);
        assert_eq!(
            (row.lat, row.lon, row.population),
            (36.19, 44.01, 1_612_700)
        );
    }

    #[test]
    fn a_table_for_other_text_is_an_error_not_a_panic() {
        let tsv = "h\n1\tcity\tPPL\tSomewhere Long\t1\t2\tIQ\t\t0\t\t\n";
        let line = tsv.lines().nth(1).unwrap();
        let columns: Vec<&str> = line.split('\t').collect();
        let mut table = new_table();
        push_row(&mut table, 0, tsv, &columns, (1.0, 2.0, 0)).unwrap();
        assert!(rows(&table, &["short"]).unwrap().any(|r| r.is_err()));
        assert!(rows(&table, &[]).unwrap().any(|r| r.is_err()));
        assert!(rows(&table[..table.len() - 1], &[tsv]).is_err());
        assert!(rows(&[1, 2], &[tsv]).is_err());
    }
}
