import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Organisations, agreements, activities and BMA units; cities' Wikidata ids; media get a visibility instead of the internal flag. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organizations_internal_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`organization\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_internal_contacts_order_idx\` ON \`organizations_internal_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_internal_contacts_parent_id_idx\` ON \`organizations_internal_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`country\` text,
  	\`since\` text,
  	\`url\` text,
  	\`wikidata\` text,
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`image_id\` integer,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_image_idx\` ON \`organizations\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organizations_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`contact_office\` text,
  	\`contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_texts_order_parent\` ON \`organizations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_texts_locale_parent\` ON \`organizations_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_version_internal_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`organization\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_internal_contacts_order_idx\` ON \`_organizations_v_version_internal_contacts\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_internal_contacts_parent_id_idx\` ON \`_organizations_v_version_internal_contacts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_country\` text,
  	\`version_since\` text,
  	\`version_url\` text,
  	\`version_wikidata\` text,
  	\`version_coordinates_lat\` numeric,
  	\`version_coordinates_lng\` numeric,
  	\`version_image_id\` integer,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_image_idx\` ON \`_organizations_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_contact_office\` text,
  	\`version_contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_organizations_v_locales_locale_parent_id_unique\` ON \`_organizations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_texts_order_parent\` ON \`_organizations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_texts_locale_parent\` ON \`_organizations_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_signatories_order_idx\` ON \`agreements_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agreements_signatories_parent_id_idx\` ON \`agreements_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_signatories_locales\` (
  	\`name\` text,
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements_signatories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`agreements_signatories_locales_locale_parent_id_unique\` ON \`agreements_signatories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`agreements_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`lang\` text,
  	\`visibility\` text DEFAULT 'public',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_documents_order_idx\` ON \`agreements_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agreements_documents_parent_id_idx\` ON \`agreements_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_documents_file_idx\` ON \`agreements_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_documents_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`agreements_documents_locales_locale_parent_id_unique\` ON \`agreements_documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`agreements_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`due\` text,
  	\`done\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_follow_ups_order_idx\` ON \`agreements_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agreements_follow_ups_parent_id_idx\` ON \`agreements_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`status\` text,
  	\`signed\` text,
  	\`expires\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`council_approval\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agreements_slug_idx\` ON \`agreements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agreements_visibility_idx\` ON \`agreements\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`agreements_updated_at_idx\` ON \`agreements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements_created_at_idx\` ON \`agreements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agreements__status_idx\` ON \`agreements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`agreements_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agreements_locales_locale_parent_id_unique\` ON \`agreements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agreements_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_texts_order_parent\` ON \`agreements_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_texts_text_idx\` ON \`agreements_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`agreements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cities_id\` integer,
  	\`organizations_id\` integer,
  	\`domains_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agreements_rels_order_idx\` ON \`agreements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agreements_rels_parent_idx\` ON \`agreements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_rels_path_idx\` ON \`agreements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agreements_rels_cities_id_idx\` ON \`agreements_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_rels_organizations_id_idx\` ON \`agreements_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`agreements_rels_domains_id_idx\` ON \`agreements_rels\` (\`domains_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_version_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_signatories_order_idx\` ON \`_agreements_v_version_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_signatories_parent_id_idx\` ON \`_agreements_v_version_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_version_signatories_locales\` (
  	\`name\` text,
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v_version_signatories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_agreements_v_version_signatories_locales_locale_parent_id_u\` ON \`_agreements_v_version_signatories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_agreements_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`lang\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_documents_order_idx\` ON \`_agreements_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_documents_parent_id_idx\` ON \`_agreements_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_documents_file_idx\` ON \`_agreements_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_version_documents_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_agreements_v_version_documents_locales_locale_parent_id_uni\` ON \`_agreements_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_agreements_v_version_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`due\` text,
  	\`done\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_follow_ups_order_idx\` ON \`_agreements_v_version_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_follow_ups_parent_id_idx\` ON \`_agreements_v_version_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_status\` text,
  	\`version_signed\` text,
  	\`version_expires\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_council_approval\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_parent_idx\` ON \`_agreements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_slug_idx\` ON \`_agreements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_visibility_idx\` ON \`_agreements_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_updated_at_idx\` ON \`_agreements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version_created_at_idx\` ON \`_agreements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_version_version__status_idx\` ON \`_agreements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_created_at_idx\` ON \`_agreements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_updated_at_idx\` ON \`_agreements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_snapshot_idx\` ON \`_agreements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_published_locale_idx\` ON \`_agreements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_latest_idx\` ON \`_agreements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_agreements_v_locales_locale_parent_id_unique\` ON \`_agreements_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_texts_order_parent\` ON \`_agreements_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agreements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cities_id\` integer,
  	\`organizations_id\` integer,
  	\`domains_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agreements_v_rels_order_idx\` ON \`_agreements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_rels_parent_idx\` ON \`_agreements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_rels_path_idx\` ON \`_agreements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_rels_cities_id_idx\` ON \`_agreements_v_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_rels_organizations_id_idx\` ON \`_agreements_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_agreements_v_rels_domains_id_idx\` ON \`_agreements_v_rels\` (\`domains_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_gallery_order_idx\` ON \`activities_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_gallery_parent_id_idx\` ON \`activities_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_gallery_image_idx\` ON \`activities_gallery\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_delegation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`organization\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_delegation_order_idx\` ON \`activities_delegation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_delegation_parent_id_idx\` ON \`activities_delegation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`due\` text,
  	\`done\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_follow_ups_order_idx\` ON \`activities_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_follow_ups_parent_id_idx\` ON \`activities_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`start\` text,
  	\`end\` text,
  	\`agreement_id\` integer,
  	\`image_id\` integer,
  	\`visibility\` text DEFAULT 'public',
  	\`outcomes\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agreement_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_slug_idx\` ON \`activities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`activities_start_idx\` ON \`activities\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`activities_agreement_idx\` ON \`activities\` (\`agreement_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_image_idx\` ON \`activities\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_visibility_idx\` ON \`activities\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`activities_locales\` (
  	\`title\` text,
  	\`place\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_locales_locale_parent_id_unique\` ON \`activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_texts_order_parent\` ON \`activities_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_texts_text_idx\` ON \`activities_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cities_id\` integer,
  	\`organizations_id\` integer,
  	\`units_id\` integer,
  	\`domains_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_cities_id_idx\` ON \`activities_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_organizations_id_idx\` ON \`activities_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_units_id_idx\` ON \`activities_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_domains_id_idx\` ON \`activities_rels\` (\`domains_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_gallery_order_idx\` ON \`_activities_v_version_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_gallery_parent_id_idx\` ON \`_activities_v_version_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_gallery_image_idx\` ON \`_activities_v_version_gallery\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_delegation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`organization\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_delegation_order_idx\` ON \`_activities_v_version_delegation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_delegation_parent_id_idx\` ON \`_activities_v_version_delegation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`due\` text,
  	\`done\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_follow_ups_order_idx\` ON \`_activities_v_version_follow_ups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_follow_ups_parent_id_idx\` ON \`_activities_v_version_follow_ups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_agreement_id\` integer,
  	\`version_image_id\` integer,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_outcomes\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agreement_id\`) REFERENCES \`agreements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_slug_idx\` ON \`_activities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_start_idx\` ON \`_activities_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_agreement_idx\` ON \`_activities_v\` (\`version_agreement_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_image_idx\` ON \`_activities_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_visibility_idx\` ON \`_activities_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version__status_idx\` ON \`_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_snapshot_idx\` ON \`_activities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_published_locale_idx\` ON \`_activities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_latest_idx\` ON \`_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_locales\` (
  	\`version_title\` text,
  	\`version_place\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_activities_v_locales_locale_parent_id_unique\` ON \`_activities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_texts_order_parent\` ON \`_activities_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cities_id\` integer,
  	\`organizations_id\` integer,
  	\`units_id\` integer,
  	\`domains_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_cities_id_idx\` ON \`_activities_v_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_organizations_id_idx\` ON \`_activities_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_units_id_idx\` ON \`_activities_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_domains_id_idx\` ON \`_activities_v_rels\` (\`domains_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`units_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_name_idx\` ON \`units_locales\` (\`name\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_locales_locale_parent_id_unique\` ON \`units_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`cities\` ADD \`wikidata\` text;`)
  await db.run(sql`ALTER TABLE \`_cities_v\` ADD \`version_wikidata\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`visibility\` text DEFAULT 'public' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  // Files marked internal were for the office's staff.
  await db.run(sql`UPDATE \`media\` SET \`visibility\` = 'office' WHERE \`internal\` = 1;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`internal\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`agreements_id\` integer REFERENCES agreements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activities_id\` integer REFERENCES activities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`units_id\` integer REFERENCES units(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organizations_internal_contacts\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations_texts\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_internal_contacts\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`agreements_signatories\`;`)
  await db.run(sql`DROP TABLE \`agreements_signatories_locales\`;`)
  await db.run(sql`DROP TABLE \`agreements_documents\`;`)
  await db.run(sql`DROP TABLE \`agreements_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`agreements_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`agreements\`;`)
  await db.run(sql`DROP TABLE \`agreements_locales\`;`)
  await db.run(sql`DROP TABLE \`agreements_texts\`;`)
  await db.run(sql`DROP TABLE \`agreements_rels\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_signatories\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_signatories_locales\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_version_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_agreements_v_rels\`;`)
  await db.run(sql`DROP TABLE \`activities_gallery\`;`)
  await db.run(sql`DROP TABLE \`activities_delegation\`;`)
  await db.run(sql`DROP TABLE \`activities_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_locales\`;`)
  await db.run(sql`DROP TABLE \`activities_texts\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_gallery\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_delegation\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`units_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`glossary_id\` integer,
  	\`cities_id\` integer,
  	\`news_id\` integer,
  	\`domains_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`deploys_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`domains_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deploys_id\`) REFERENCES \`deploys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "glossary_id", "cities_id", "news_id", "domains_id", "media_id", "users_id", "deploys_id") SELECT "id", "order", "parent_id", "path", "glossary_id", "cities_id", "news_id", "domains_id", "media_id", "users_id", "deploys_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cities_id_idx\` ON \`payload_locked_documents_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_domains_id_idx\` ON \`payload_locked_documents_rels\` (\`domains_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deploys_id_idx\` ON \`payload_locked_documents_rels\` (\`deploys_id\`);`)
  await db.run(sql`DROP INDEX \`media_visibility_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`internal\` integer DEFAULT false;`)
  await db.run(sql`UPDATE \`media\` SET \`internal\` = 1 WHERE \`visibility\` <> 'public';`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visibility\`;`)
  await db.run(sql`ALTER TABLE \`cities\` DROP COLUMN \`wikidata\`;`)
  await db.run(sql`ALTER TABLE \`_cities_v\` DROP COLUMN \`version_wikidata\`;`)
}
