CREATE TABLE "publication_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"entity" text NOT NULL,
	"record_key" text NOT NULL,
	"row" jsonb
);
--> statement-breakpoint
CREATE INDEX "publication_log_entity_record_key_id_index" ON "publication_log" USING btree ("entity","record_key","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "publication_log_at_index" ON "publication_log" USING btree ("at");--> statement-breakpoint
-- The publication log is append-only, whoever writes to the database.
CREATE FUNCTION publication_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'publication_log is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER publication_log_no_update_or_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON "publication_log"
  FOR EACH STATEMENT EXECUTE FUNCTION publication_log_append_only();--> statement-breakpoint
-- SQL for a served table's record key (`12`, `3:VIDEO`) and for "this row is served": a record
-- while it is PUBLISHED, a link row while it exists. The row logged is the table's row without
-- `pending` (a change waiting to be published is not served).
CREATE FUNCTION publication_log_key(alias text, key_columns text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'concat_ws('':'', ' || string_agg(alias || '.' || quote_ident(trim(c)), ', ') || ')'
  FROM unnest(string_to_array(key_columns, ',')) AS c
$$;--> statement-breakpoint
CREATE FUNCTION publication_log_served(alias text, kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE kind WHEN 'record' THEN alias || '.publication = ''PUBLISHED''' ELSE 'true' END
$$;--> statement-breakpoint
-- Statement triggers with transition tables: one INSERT … SELECT per statement, however many rows
-- it wrote (a seed or an import of thousands of rows costs one extra statement, not one per row).
-- Arguments: the key columns, and 'record' or 'link'.
CREATE FUNCTION publication_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO publication_log (entity, record_key, "row") SELECT %L, %s, to_jsonb(n) - ''pending'' FROM new_rows n WHERE %s',
    TG_TABLE_NAME, publication_log_key('n', TG_ARGV[0]), publication_log_served('n', TG_ARGV[1]));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A change is logged when what is served changed: served from now, no longer served, or served
-- with other values (not counting the bookkeeping columns: version, updated_at, published_at).
CREATE FUNCTION publication_log_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO publication_log (entity, record_key, "row")
     SELECT %L, c.k, c.served FROM (
       SELECT %s AS k,
              CASE WHEN %s THEN to_jsonb(n) - ''pending'' END AS served,
              CASE WHEN %s THEN to_jsonb(o) - ''pending'' END AS was
       FROM new_rows n JOIN old_rows o ON %s = %s
     ) c
     WHERE (c.served IS NULL) <> (c.was IS NULL)
        OR c.served - ARRAY[''version'', ''updated_at'', ''published_at''] <> c.was - ARRAY[''version'', ''updated_at'', ''published_at'']',
    TG_TABLE_NAME, publication_log_key('n', TG_ARGV[0]),
    publication_log_served('n', TG_ARGV[1]), publication_log_served('o', TG_ARGV[1]),
    publication_log_key('n', TG_ARGV[0]), publication_log_key('o', TG_ARGV[0]));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION publication_log_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO publication_log (entity, record_key, "row") SELECT %L, %s, NULL FROM old_rows o WHERE %s',
    TG_TABLE_NAME, publication_log_key('o', TG_ARGV[0]), publication_log_served('o', TG_ARGV[1]));
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Every table the federated schema reads, with its key; then what is served now, as of now.
DO $$
DECLARE
  served record;
BEGIN
  FOR served IN SELECT * FROM (VALUES
    ('care_units', 'id', 'record'), ('offerings', 'id', 'record'), ('decisions', 'id', 'record'),
    ('basutbud_versions', 'id', 'record'), ('measurements', 'id', 'record'), ('goals', 'id', 'record'),
    ('audits', 'id', 'record'), ('recommendations', 'id', 'record'), ('action_plans', 'id', 'record'),
    ('activities', 'id', 'record'), ('findings', 'id', 'record'), ('events', 'id', 'record'),
    ('basutbud_services', 'version_id,service_code', 'link'),
    ('recommendation_decisions', 'recommendation_id,decision_id', 'link'),
    ('recommendation_activities', 'recommendation_id,activity_id', 'link')
  ) AS t(name, key_columns, kind) LOOP
    EXECUTE format('CREATE TRIGGER publication_log_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_log_inserted(%L, %L)', served.name, served.key_columns, served.kind);
    EXECUTE format('CREATE TRIGGER publication_log_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_log_updated(%L, %L)', served.name, served.key_columns, served.kind);
    EXECUTE format('CREATE TRIGGER publication_log_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_log_deleted(%L, %L)', served.name, served.key_columns, served.kind);
    EXECUTE format('INSERT INTO publication_log (entity, record_key, "row") SELECT %L, %s, to_jsonb(n) - ''pending'' FROM %I n WHERE %s',
      served.name, publication_log_key('n', served.key_columns), served.name, publication_log_served('n', served.kind));
  END LOOP;
END;
$$;
