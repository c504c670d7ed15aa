-- Full-text search over every record and passage. The text is folded to
-- Simplified, lower case, with a space between CJK characters, so that the
-- unicode61 tokenizer makes each Han character a token and a phrase query of
-- any length (one character included) is answered from the index.
CREATE VIRTUAL TABLE `search` USING fts5(
  `record_type` UNINDEXED,
  `record_id` UNINDEXED,
  `content`,
  tokenize = 'unicode61 remove_diacritics 2'
);
