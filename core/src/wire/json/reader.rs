//! Reading one flat JSON object.

use std::borrow::Cow;

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum JsonError {
    #[error("invalid JSON at byte {0}")]
    Syntax(usize),
    #[error("duplicate key {0:?}")]
    DuplicateKey(String),
    #[error("JSON nested deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("JSON object with more than {MAX_FIELDS} members")]
    TooManyFields,
}

const MAX_DEPTH: usize = 32;
/// Members of the object read, at most: a frame has a dozen. Each key is compared with the
/// ones before it (duplicates are refused), so a body stuffed with keys would cost
/// quadratic time; nested objects are only skipped, and count nothing here.
const MAX_FIELDS: usize = 64;

/// A field is present with a value of another type than asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("the field has the wrong type")]
pub struct WrongType;

/// A value of a flat object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonValue<'a> {
    Str(Cow<'a, str>),
    /// A non-negative integer that fits in `u64`.
    Uint(u64),
    Bool(bool),
    Null,
    /// A nested object, as its raw text: read it with [`JsonObject::parse`] when wanted
    /// (error bodies nest one), skipped otherwise.
    Object(&'a str),
    /// Any other number, or an array: present, but not read.
    Other,
}

/// The fields of one JSON object, in document order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonObject<'a> {
    fields: Vec<(Cow<'a, str>, JsonValue<'a>)>,
}

impl<'a> JsonObject<'a> {
    /// Parses text that must be exactly one JSON object (surrounding whitespace allowed).
    pub fn parse(text: &'a str) -> Result<Self, JsonError> {
        let mut reader = Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        };
        reader.ws();
        let object = reader.object()?;
        reader.ws();
        if reader.pos != reader.bytes.len() {
            return Err(JsonError::Syntax(reader.pos));
        }
        Ok(object)
    }

    pub fn get(&self, key: &str) -> Option<&JsonValue<'a>> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(JsonValue::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The nested object under `key`, if it is one and well-formed.
    pub fn object(&self, key: &str) -> Option<JsonObject<'a>> {
        match self.get(key) {
            Some(JsonValue::Object(raw)) => JsonObject::parse(raw).ok(),
            _ => None,
        }
    }

    pub fn uint(&self, key: &str) -> Option<u64> {
        match self.get(key) {
            Some(JsonValue::Uint(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn bool(&self, key: &str) -> Option<bool> {
        match self.get(key) {
            Some(JsonValue::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    /// Absent and `null` both read as `None`.
    pub fn opt_str(&self, key: &str) -> Result<Option<&str>, WrongType> {
        match self.get(key) {
            None | Some(JsonValue::Null) => Ok(None),
            Some(JsonValue::Str(s)) => Ok(Some(s)),
            Some(_) => Err(WrongType),
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn err<T>(&self) -> Result<T, JsonError> {
        Err(JsonError::Syntax(self.pos))
    }

    fn ws(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Result<(), JsonError> {
        self.ws();
        if self.bytes.get(self.pos) == Some(&byte) {
            self.pos += 1;
            Ok(())
        } else {
            self.err()
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.bytes.get(self.pos).copied()
    }

    fn object(&mut self) -> Result<JsonObject<'a>, JsonError> {
        let mut fields: Vec<(Cow<'a, str>, JsonValue<'a>)> = Vec::new();
        self.members(0, &mut |key, value| {
            if fields.iter().any(|(k, _)| *k == key) {
                return Err(JsonError::DuplicateKey(key.into_owned()));
            }
            if fields.len() == MAX_FIELDS {
                return Err(JsonError::TooManyFields);
            }
            fields.push((key, value));
            Ok(())
        })?;
        Ok(JsonObject { fields })
    }

    /// Reads `{...}`, handing each member to `field`. `depth` bounds nesting, so hostile
    /// input cannot exhaust the stack.
    fn members(
        &mut self,
        depth: usize,
        field: &mut dyn FnMut(Cow<'a, str>, JsonValue<'a>) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        self.eat(b'{')?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.ws();
            let key = self.string()?;
            self.eat(b':')?;
            let value = self.value(depth)?;
            field(key, value)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return self.err(),
            }
        }
    }

    /// Reads `[...]`, checking its syntax and dropping its elements.
    fn elements(&mut self, depth: usize) -> Result<(), JsonError> {
        self.eat(b'[')?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.value(depth)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return self.err(),
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<JsonValue<'a>, JsonError> {
        match self.peek() {
            Some(b'"') => Ok(JsonValue::Str(self.string()?)),
            Some(b'{' | b'[') if depth + 1 >= MAX_DEPTH => Err(JsonError::TooDeep),
            Some(b'{') => {
                let start = self.pos;
                self.members(depth + 1, &mut |_, _| Ok(()))?;
                Ok(JsonValue::Object(&self.text[start..self.pos]))
            }
            Some(b'[') => self.elements(depth + 1).map(|()| JsonValue::Other),
            Some(b't') => self.literal("true", JsonValue::Bool(true)),
            Some(b'f') => self.literal("false", JsonValue::Bool(false)),
            Some(b'n') => self.literal("null", JsonValue::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.err(),
        }
    }

    fn literal(&mut self, word: &str, value: JsonValue<'a>) -> Result<JsonValue<'a>, JsonError> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            self.err()
        }
    }

    /// RFC 8259 number grammar; only plain non-negative integers are read as values.
    fn number(&mut self) -> Result<JsonValue<'a>, JsonError> {
        let start = self.pos;
        let digits = |r: &mut Self| {
            let from = r.pos;
            while matches!(r.bytes.get(r.pos), Some(b'0'..=b'9')) {
                r.pos += 1;
            }
            r.pos - from
        };
        let negative = self.bytes[self.pos] == b'-';
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        match digits(self) {
            0 => return self.err(),
            n if n > 1 && self.bytes[int_start] == b'0' => return self.err(),
            _ => {}
        }
        let mut integer = !negative;
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            integer = false;
            if digits(self) == 0 {
                return self.err();
            }
        }
        if matches!(self.bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            integer = false;
            if matches!(self.bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return self.err();
            }
        }
        let literal = &self.text[start..self.pos];
        Ok(match literal.parse::<u64>() {
            Ok(n) if integer => JsonValue::Uint(n),
            _ => JsonValue::Other,
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let hex = self
            .text
            .get(self.pos..self.pos + 4)
            .ok_or(JsonError::Syntax(self.pos))?;
        let code = u32::from_str_radix(hex, 16).map_err(|_| JsonError::Syntax(self.pos))?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return self.err();
        }
        self.pos += 4;
        Ok(code)
    }

    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        if self.bytes.get(self.pos) != Some(&b'"') {
            return self.err();
        }
        self.pos += 1;
        let start = self.pos;
        // Fast path: no escapes, borrow the text.
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(Cow::Borrowed(&self.text[start..self.pos - 1]));
                }
                b'\\' => break,
                0..=0x1f => return self.err(),
                _ => self.pos += 1,
            }
        }
        let mut out = String::from(&self.text[start..self.pos]);
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return self.err();
            };
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(&esc) = self.bytes.get(self.pos) else {
                        return self.err();
                    };
                    self.pos += 1;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&high) {
                                if !self.text[self.pos..].starts_with("\\u") {
                                    return self.err();
                                }
                                self.pos += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return self.err();
                                }
                                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                high
                            };
                            out.push(char::from_u32(code).ok_or(JsonError::Syntax(self.pos))?);
                        }
                        _ => return self.err(),
                    }
                }
                0..=0x1f => return self.err(),
                _ => {
                    // Copy one whole UTF-8 character.
                    let ch = self.text[self.pos..]
                        .chars()
                        .next()
                        .ok_or(JsonError::Syntax(self.pos))?;
                    out.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
    }
}
