//! The UTF-8 arithmetic of the Arabic block, in one place.
//!
//! Letters of U+0600–U+06FF are two bytes: a lead byte 0xD8–0xDB and a
//! continuation byte. The hot paths read them as byte pairs instead of
//! decoding characters.

/// The first lead byte of the Arabic block U+0600–U+06FF.
pub(crate) const ARABIC_LEAD_FIRST: u8 = 0xD8;
/// The last lead byte of the Arabic block.
pub(crate) const ARABIC_LEAD_LAST: u8 = 0xDB;

/// The two UTF-8 bytes of a character of U+0080–U+07FF read as one
/// little-endian `u16` (the lead byte lowest).
#[inline]
pub(crate) const fn two_byte_pair(cp: u32) -> u16 {
    (0xC0 | (cp >> 6) | (0x80 | (cp & 0x3F)) << 8) as u16
}

/// The position in the Arabic block (0–255) of the character whose bytes
/// are `lead` (from [`ARABIC_LEAD_FIRST`] to [`ARABIC_LEAD_LAST`]) and `next`.
#[inline]
pub(crate) const fn arabic_block_index(lead: u8, next: u8) -> usize {
    (((lead & 0x03) << 6) | (next & 0x3F)) as usize
}

/// The character of the Arabic block whose bytes are `lead` and `next`, or
/// `None` when `lead` is not from [`ARABIC_LEAD_FIRST`] to [`ARABIC_LEAD_LAST`].
#[inline]
pub(crate) fn decode_arabic(lead: u8, next: u8) -> Option<char> {
    if !(ARABIC_LEAD_FIRST..=ARABIC_LEAD_LAST).contains(&lead) {
        return None;
    }
    char::from_u32(0x600 + arabic_block_index(lead, next) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_and_indices_agree_with_the_standard_library() {
        for cp in 0x600u32..=0x6FF {
            let c = char::from_u32(cp).unwrap();
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(two_byte_pair(cp).to_le_bytes(), [bytes[0], bytes[1]]);
            assert_eq!(arabic_block_index(bytes[0], bytes[1]), (cp - 0x600) as usize);
            assert_eq!(decode_arabic(bytes[0], bytes[1]), Some(c));
        }
        assert_eq!(decode_arabic(b'a', 0x80), None);
    }
}
