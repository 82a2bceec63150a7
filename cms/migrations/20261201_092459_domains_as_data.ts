import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Domains become data: a `domains` collection, and the glossary's `domain` a reference to it. The domains stored
 * terms already name become published entries (named as the site named them when this migration was written; any
 * other slug is named by itself until an editor names it), and every term and term version points at its domain.
 */
const namesAtMigration: Record<string, Record<string, string>> = {
  bangkok: { th: 'กรุงเทพมหานคร', en: 'Bangkok', zh: '曼谷', ja: 'バンコク', ko: '방콕' },
  'city-government': { th: 'การบริหารเมือง', en: 'City government', zh: '城市治理', ja: '都市行政', ko: '도시 행정' },
  'international-relations': { th: 'ความสัมพันธ์ระหว่างประเทศ', en: 'International relations', zh: '国际关系', ja: '国際関係', ko: '국제 관계' },
  'sister-cities': { th: 'เมืองพี่เมืองน้อง', en: 'Sister cities', zh: '友好城市', ja: '姉妹都市', ko: '자매도시' },
  'digital-government': { th: 'รัฐบาลดิจิทัล', en: 'Digital government', zh: '数字政府', ja: 'デジタル行政', ko: '디지털 정부' },
  'urban-development': { th: 'การพัฒนาเมือง', en: 'Urban development', zh: '城市发展', ja: '都市開発', ko: '도시 개발' },
  environment: { th: 'สิ่งแวดล้อม', en: 'Environment', zh: '环境', ja: '環境', ko: '환경' },
  transport: { th: 'การคมนาคม', en: 'Transport', zh: '交通', ja: '交通', ko: '교통' },
  'public-health': { th: 'สาธารณสุข', en: 'Public health', zh: '公共卫生', ja: '公衆衛生', ko: '공중보건' },
  tourism: { th: 'การท่องเที่ยว', en: 'Tourism', zh: '旅游', ja: '観光', ko: '관광' },
}

/** Creates a published domain entry (with its version) for every slug stored terms name, and points the terms at them. */
async function convertStoredDomains(db: MigrateUpArgs['db']): Promise<void> {
  const rows = await db.all<{ slug: string }>(
    sql`SELECT DISTINCT domain AS slug FROM glossary WHERE domain IS NOT NULL AND domain <> '' UNION SELECT DISTINCT version_domain FROM _glossary_v WHERE version_domain IS NOT NULL AND version_domain <> ''`,
  )
  for (const { slug } of rows) {
    const names = namesAtMigration[slug] ?? { th: slug }
    const [domain] = await db.all<{ id: number }>(sql`INSERT INTO domains (slug, _status) VALUES (${slug}, 'published') RETURNING id`)
    const [version] = await db.all<{ id: number }>(
      sql`INSERT INTO _domains_v (parent_id, version_slug, version__status, latest) VALUES (${domain!.id}, ${slug}, 'published', 1) RETURNING id`,
    )
    for (const [locale, name] of Object.entries(names)) {
      await db.run(sql`INSERT INTO domains_locales (name, _locale, _parent_id) VALUES (${name}, ${locale}, ${domain!.id})`)
      await db.run(sql`INSERT INTO _domains_v_locales (version_name, _locale, _parent_id) VALUES (${name}, ${locale}, ${version!.id})`)
    }
  }
  await db.run(sql`UPDATE glossary SET domain_id = (SELECT id FROM domains WHERE domains.slug = glossary.domain)`)
  await db.run(sql`UPDATE _glossary_v SET version_domain_id = (SELECT id FROM domains WHERE domains.slug = _glossary_v.version_domain)`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`domains\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`domains_slug_idx\` ON \`domains\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`domains_updated_at_idx\` ON \`domains\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`domains_created_at_idx\` ON \`domains\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`domains__status_idx\` ON \`domains\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`domains_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`domains_locales_locale_parent_id_unique\` ON \`domains_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_domains_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`domains\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_domains_v_parent_idx\` ON \`_domains_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_version_version_slug_idx\` ON \`_domains_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_version_version_updated_at_idx\` ON \`_domains_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_version_version_created_at_idx\` ON \`_domains_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_version_version__status_idx\` ON \`_domains_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_created_at_idx\` ON \`_domains_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_updated_at_idx\` ON \`_domains_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_snapshot_idx\` ON \`_domains_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_published_locale_idx\` ON \`_domains_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_domains_v_latest_idx\` ON \`_domains_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_domains_v_locales\` (
  	\`version_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_domains_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_domains_v_locales_locale_parent_id_unique\` ON \`_domains_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`glossary\` ADD \`domain_id\` integer REFERENCES domains(id);`)
  await db.run(sql`CREATE INDEX \`glossary_domain_idx\` ON \`glossary\` (\`domain_id\`);`)
  await db.run(sql`ALTER TABLE \`_glossary_v\` ADD \`version_domain_id\` integer REFERENCES domains(id);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_domain_idx\` ON \`_glossary_v\` (\`version_domain_id\`);`)
  await convertStoredDomains(db)
  await db.run(sql`ALTER TABLE \`glossary\` DROP COLUMN \`domain\`;`)
  await db.run(sql`ALTER TABLE \`_glossary_v\` DROP COLUMN \`version_domain\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`domains_id\` integer REFERENCES domains(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_domains_id_idx\` ON \`payload_locked_documents_rels\` (\`domains_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_glossary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`domain\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`internal_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_glossary\`("id", "slug", "domain", "review_status", "internal_note", "updated_at", "created_at", "_status") SELECT "id", "slug", (SELECT slug FROM domains WHERE domains.id = glossary.domain_id), "review_status", "internal_note", "updated_at", "created_at", "_status" FROM \`glossary\`;`,
  )
  await db.run(sql`DROP TABLE \`glossary\`;`)
  await db.run(sql`ALTER TABLE \`__new_glossary\` RENAME TO \`glossary\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_slug_idx\` ON \`glossary\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`glossary_updated_at_idx\` ON \`glossary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_created_at_idx\` ON \`glossary\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary__status_idx\` ON \`glossary\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__glossary_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_domain\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_internal_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__glossary_v\`("id", "parent_id", "version_slug", "version_domain", "version_review_status", "version_internal_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", (SELECT slug FROM domains WHERE domains.id = _glossary_v.version_domain_id), "version_review_status", "version_internal_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_glossary_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_glossary_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__glossary_v\` RENAME TO \`_glossary_v\`;`)
  await db.run(sql`CREATE INDEX \`_glossary_v_parent_idx\` ON \`_glossary_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_slug_idx\` ON \`_glossary_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_updated_at_idx\` ON \`_glossary_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version_created_at_idx\` ON \`_glossary_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_version_version__status_idx\` ON \`_glossary_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_created_at_idx\` ON \`_glossary_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_updated_at_idx\` ON \`_glossary_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_snapshot_idx\` ON \`_glossary_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_published_locale_idx\` ON \`_glossary_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_v_latest_idx\` ON \`_glossary_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`glossary_id\` integer,
  	\`cities_id\` integer,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`deploys_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cities_id\`) REFERENCES \`cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deploys_id\`) REFERENCES \`deploys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "glossary_id", "cities_id", "news_id", "media_id", "users_id", "deploys_id") SELECT "id", "order", "parent_id", "path", "glossary_id", "cities_id", "news_id", "media_id", "users_id", "deploys_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cities_id_idx\` ON \`payload_locked_documents_rels\` (\`cities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deploys_id_idx\` ON \`payload_locked_documents_rels\` (\`deploys_id\`);`)
  // Last: the terms took their domains' slugs back above.
  await db.run(sql`DROP TABLE \`_domains_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_domains_v\`;`)
  await db.run(sql`DROP TABLE \`domains_locales\`;`)
  await db.run(sql`DROP TABLE \`domains\`;`)
}
