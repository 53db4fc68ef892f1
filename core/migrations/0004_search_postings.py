"""The search's postings: per word of every index entry, its relevance in
the entry's title and body (PostgreSQL only).

Ranking a search on the entries themselves reads every match's body vector
(stored out of line) and ranks it again for every query: for two common
words at 10,000 products about 8,000 vectors and 80 ms a search. ts_rank
over words joined by OR is the sum of what each word scores alone, divided
by the number of words, so each word's score can be worked out once, when
the entry is written, and a search adds them up (core.search). The trigger
keeps the table in step with Wagtail's index table however it is written
(insert, upsert, delete, truncate); words with a quote or a backslash are
left out, as a visitor's words never have one (core.search.WORD_RE).
Nothing changes on SQLite, which ranks in its FTS5 table.
"""

from django.db import migrations

TABLE = "core_search_posting"
ENTRIES = "wagtailsearch_indexentry"

CREATE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    lexeme text NOT NULL,
    entry_id integer NOT NULL,
    page_id bigint,
    content_type_id integer NOT NULL,
    title_score real NOT NULL,
    body_score real NOT NULL,
    PRIMARY KEY (lexeme, entry_id)
        INCLUDE (page_id, content_type_id, title_score, body_score)
);
CREATE INDEX IF NOT EXISTS {TABLE}_entry ON {TABLE} (entry_id);

CREATE OR REPLACE FUNCTION {TABLE}s_of(entry {ENTRIES})
RETURNS TABLE (
    lexeme text, entry_id integer, page_id bigint, content_type_id integer,
    title_score real, body_score real
) LANGUAGE sql STABLE AS $$
    SELECT word.lexeme, entry.id,
        CASE WHEN entry.object_id ~ '^[0-9]{{1,18}}$'
            THEN entry.object_id::bigint END,
        entry.content_type_id,
        ts_rank(entry.title, word.q), ts_rank(entry.body, word.q)
    FROM (
        SELECT DISTINCT lexeme, ('''' || lexeme || '''')::tsquery AS q
        FROM unnest(tsvector_to_array(
            coalesce(entry.title, ''::tsvector) || coalesce(entry.body, ''::tsvector)
        )) AS lexeme
        WHERE strpos(lexeme, '''') = 0 AND strpos(lexeme, E'\\\\') = 0
    ) AS word
$$;

CREATE OR REPLACE FUNCTION {TABLE}s_follow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE {TABLE};
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {TABLE} WHERE entry_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO {TABLE} SELECT * FROM {TABLE}s_of(NEW);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS {TABLE}s_follow ON {ENTRIES};
CREATE TRIGGER {TABLE}s_follow
    AFTER INSERT OR DELETE OR UPDATE OF title, body ON {ENTRIES}
    FOR EACH ROW EXECUTE FUNCTION {TABLE}s_follow();
DROP TRIGGER IF EXISTS {TABLE}s_truncate ON {ENTRIES};
CREATE TRIGGER {TABLE}s_truncate AFTER TRUNCATE ON {ENTRIES}
    FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}s_follow();

TRUNCATE {TABLE};
INSERT INTO {TABLE} SELECT p.* FROM {ENTRIES} e, {TABLE}s_of(e) p;
ANALYZE {TABLE};
"""

DROP = f"""
DROP TRIGGER IF EXISTS {TABLE}s_follow ON {ENTRIES};
DROP TRIGGER IF EXISTS {TABLE}s_truncate ON {ENTRIES};
DROP FUNCTION IF EXISTS {TABLE}s_follow();
DROP FUNCTION IF EXISTS {TABLE}s_of({ENTRIES});
DROP TABLE IF EXISTS {TABLE};
"""


def create_postings(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_postings(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_listingindex"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_postings, drop_postings, elidable=False)]
