//! Translation: the pipeline that lets shopper and agent each read their own language —
//! masking personal data and glossary terms, the phrasebook and memory, providers and
//! where they process text. Imports `language`, `privacy`, `wire`, `residency`, `store`.

pub mod glossary;
pub mod memory;
pub mod pipeline;
pub mod placeholders;
pub mod provider_api;
pub mod reader;
pub mod translators;
