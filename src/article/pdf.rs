//! PDF reports: the text layer, page by page, as one article (`pdf-extract`, on `lopdf`).
//!
//! The extractor follows the order the PDF draws its text in, which for the reports
//! monitors and ministries publish (one or two columns, set by word processors and
//! typesetters) is the reading order. A scanned PDF has no text layer: its article is empty
//! with a warning. A malformed file is an error naming the reason; the extractor's own
//! panics on broken files are caught, so a bad PDF never stops the app or the CLI.

use super::InputError;

/// The text of a PDF's pages, in drawing order.
pub fn text_of_pdf(bytes: &[u8]) -> Result<String, InputError> {
    let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes));
    match result {
        // Page breaks come first as blank lines: the text starts at its first line, so a
        // ` date` line at the top of the report is read as in a text file.
        Ok(Ok(text)) => Ok(text.trim_start_matches(['\n', '\r']).to_owned()),
        Ok(Err(error)) => Err(InputError::Pdf(error.to_string())),
        Err(_) => Err(InputError::Pdf(
            "the file is damaged (its structure cannot be followed)".to_owned(),
        )),
    }
}
