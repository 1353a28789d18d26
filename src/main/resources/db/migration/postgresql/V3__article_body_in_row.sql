-- H2's V3 moves article bodies from a clob (kept outside the row) to character varying. PostgreSQL's
-- text is already kept in the row (TOAST compresses long values by itself); this version only
-- documents the column, so both databases share their schema versions.
comment on column article.body is 'the article''s paragraphs, joined by a blank line, after OCR repair';
