/**
 * Synthetic content bundle for benchmarks: N glossary terms, cities, news items, organisations, agreements and
 * activities in five languages, with text of realistic length and script (Thai and CJK without spaces, Korean with),
 * some translations missing (so fallback pages exist), a few images and documents, and some agreements and
 * activities that are not public (no page). Deterministic for a given size.
 *
 * CLI: `tsx tests/bench/generate-bundle.ts --out <dir> --terms 1400 --cities 200 --news 360 [--organizations 80 --agreements 120 --activities 200]`
 */
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import sharp from 'sharp'
import { emptyBundle, readBundle, writeBundle } from '../../content/bundle.ts'
import {
  activityKinds,
  agreementKinds,
  agreementStatuses,
  organizationKinds,
  relationships,
  type Activity,
  type Agreement,
  type City,
  type GlossaryEntry,
  type Locale,
  type NewsItem,
  type Organization,
} from '../../content/schema/index.ts'

const words: Record<Locale, { list: string[]; sep: string; end: string }> = {
  th: {
    list: 'กรุงเทพมหานคร ความร่วมมือ เมืองพี่เมืองน้อง การพัฒนา ระหว่างประเทศ การประชุม นโยบาย ประชาชน สิ่งแวดล้อม การขนส่ง สาธารณะ เทคโนโลยี ดิจิทัล การท่องเที่ยว วัฒนธรรม การศึกษา เยาวชน สุขภาพ ผู้แทน การเยือน ความตกลง โครงการ แลกเปลี่ยน ประสบการณ์ เครือข่าย ยั่งยืน ชุมชน บริการ ข้อมูล นวัตกรรม'.split(
      ' ',
    ),
    sep: '',
    end: ' ',
  },
  en: {
    list: 'Bangkok city cooperation sister partner international development meeting policy citizens environment transport public technology digital tourism culture education youth health delegation visit agreement programme exchange experience network sustainable community services data innovation'.split(
      ' ',
    ),
    sep: ' ',
    end: '. ',
  },
  zh: {
    list: '曼谷 城市 合作 友好 国际 发展 会议 政策 市民 环境 交通 公共 技术 数字 旅游 文化 教育 青年 健康 代表团 访问 协议 项目 交流 经验 网络 可持续 社区 服务 数据 创新'.split(
      ' ',
    ),
    sep: '',
    end: '。',
  },
  ja: {
    list: 'バンコク 都市 協力 姉妹 国際 開発 会議 政策 市民 環境 交通 公共 技術 デジタル 観光 文化 教育 青少年 健康 代表団 訪問 協定 事業 交流 経験 ネットワーク 持続可能 地域 サービス データ 革新 について を推進 しました'.split(
      ' ',
    ),
    sep: '',
    end: '。',
  },
  ko: {
    list: '방콕 도시 협력 자매 국제 개발 회의 정책 시민 환경 교통 공공 기술 디지털 관광 문화 교육 청소년 건강 대표단 방문 협정 사업 교류 경험 네트워크 지속가능한 지역사회 서비스 데이터 혁신'.split(
      ' ',
    ),
    sep: ' ',
    end: '. ',
  },
}
const locales: Locale[] = ['th', 'en', 'zh', 'ja', 'ko']
const countries = ['JP', 'CN', 'KR', 'FR', 'DE', 'US', 'AU', 'VN', 'LA', 'KH', 'ID', 'PH', 'MY', 'IN', 'RU', 'TR', 'HU', 'CH', 'KZ', 'BR']

/** Small deterministic PRNG (mulberry32), so a size always gives the same bundle. */
function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface BundleCounts {
  terms: number
  cities: number
  news: number
  organizations?: number
  agreements?: number
  activities?: number
}

export async function generateBundle(out: string, counts: BundleCounts): Promise<void> {
  // The seed bundle's subject fields, so that terms name domains the bundle defines.
  const { domains: seedDomains } = await readBundle(new URL('../../content', import.meta.url).pathname)
  const domains = seedDomains.map((d) => d.slug)
  const rnd = random(counts.terms * 31 + counts.cities * 7 + counts.news)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const phrase = (lang: Locale, n: number) => Array.from({ length: n }, () => pick(words[lang].list)).join(words[lang].sep)
  const sentence = (lang: Locale) => {
    const s = phrase(lang, 6 + Math.floor(rnd() * 10))
    return (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s) + words[lang].end
  }
  const paragraphs = (lang: Locale, count: number, perParagraph: number) =>
    Array.from({ length: count }, () =>
      Array.from({ length: perParagraph }, () => sentence(lang))
        .join('')
        .trim(),
    ).join('\n\n')
  /** Every locale, except that about one entry in ten lacks some translations (Thai always present). */
  const localized = (make: (lang: Locale) => string) => {
    const thaiOnly = rnd() < 0.1
    return Object.fromEntries(locales.filter((l) => l === 'th' || !thaiOnly || l === 'en').map((l) => [l, make(l)])) as { th: string }
  }

  await rm(out, { recursive: true, force: true })
  await mkdir(join(out, 'media', 'images'), { recursive: true })
  await mkdir(join(out, 'media', 'documents'), { recursive: true })
  const images = ['harbour', 'city-hall', 'park', 'river']
  await Promise.all(
    images.map((name, i) =>
      sharp({ create: { width: 1600, height: 900, channels: 3, background: ['#2a7a5a', '#7a2a2a', '#2a4a7a', '#7a6a2a'][i] } })
        .composite([
          {
            input: Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><circle cx="${400 + i * 200}" cy="450" r="300" fill="#fff" fill-opacity="0.4"/></svg>`,
            ),
          },
        ])
        .jpeg({ quality: 80 })
        .toFile(join(out, 'media', 'images', `${name}.jpg`)),
    ),
  )
  // A real one-page PDF (the CMS checks uploaded documents), shared with the CMS test fixture.
  await copyFile(new URL('../fixtures/cms-bundle/media/docs/mou.pdf', import.meta.url), join(out, 'media', 'documents', 'agreement.pdf'))

  const termSlugs = Array.from({ length: counts.terms }, (_, i) => `term-${i + 1}`)
  const glossary: GlossaryEntry[] = termSlugs.map((slug) => ({
    slug,
    term: localized((l) => phrase(l, 1 + Math.floor(rnd() * 3))),
    definition: localized((l) => paragraphs(l, 1 + Math.floor(rnd() * 2), 2)),
    domain: pick(domains),
    romanization: { th: 'kham sap', zh: 'cíhuì', ja: 'yōgo', ko: 'yongeo' },
    reading: { ja: 'ようご' },
    aliases: rnd() < 0.3 ? { en: [phrase('en', 1).toUpperCase()] } : undefined,
    related: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(termSlugs)).filter((s, i, a) => s !== slug && a.indexOf(s) === i),
    sources: rnd() < 0.5 ? [{ title: 'BMA International Affairs Office', url: 'https://international.bangkok.go.th/' }] : undefined,
  }))
  const citySlugs = Array.from({ length: counts.cities }, (_, i) => `city-${i + 1}`)
  const cities: City[] = citySlugs.map((slug, i) => ({
    slug,
    name: localized((l) => phrase(l, 1)),
    nativeName: { lang: 'ja', value: '都市' },
    country: pick(countries),
    relationship: pick(relationships),
    since: `${1980 + Math.floor(rnd() * 45)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    summary: localized((l) => sentence(l).trim()),
    body: localized((l) => paragraphs(l, 3 + Math.floor(rnd() * 3), 3)),
    coordinates: { lat: Math.round((rnd() * 120 - 60) * 1e4) / 1e4, lng: Math.round((rnd() * 340 - 170) * 1e4) / 1e4 },
    image: i % 3 === 0 ? `images/${pick(images)}.jpg` : undefined,
    imageAlt: i % 3 === 0 ? { th: 'ภาพเมือง', en: 'City view' } : undefined,
    agreements: [{ title: { th: 'ความตกลง', en: 'Agreement' }, date: '2010', document: 'documents/agreement.pdf' }],
    activities: Array.from({ length: 3 }, () => ({ date: `${2000 + Math.floor(rnd() * 25)}`, text: localized((l) => sentence(l).trim()) })),
  }))
  const news: NewsItem[] = Array.from({ length: counts.news }, (_, i) => ({
    slug: `news-${i + 1}`,
    date: `${2020 + Math.floor(i / 120)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: localized((l) => phrase(l, 4 + Math.floor(rnd() * 4))),
    summary: localized((l) => sentence(l).trim()),
    body: localized((l) => paragraphs(l, 4 + Math.floor(rnd() * 3), 3)),
    cities: [pick(citySlugs)],
    terms: [pick(termSlugs), pick(termSlugs)].filter((s, j, a) => a.indexOf(s) === j),
    image: i % 4 === 0 ? `images/${pick(images)}.jpg` : undefined,
  }))
  const date = (from: number, span: number) =>
    `${from + Math.floor(rnd() * span)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
  const organizationSlugs = Array.from({ length: counts.organizations ?? 0 }, (_, i) => `organization-${i + 1}`)
  const organizations: Organization[] = organizationSlugs.map((slug, i) => ({
    slug,
    name: localized((l) => phrase(l, 2 + Math.floor(rnd() * 3))),
    aliases: rnd() < 0.5 ? { en: [phrase('en', 1).toUpperCase()] } : undefined,
    kind: pick(organizationKinds),
    country: rnd() < 0.9 ? pick(countries) : undefined,
    since: rnd() < 0.7 ? date(1970, 55) : undefined,
    url: 'https://example.org/',
    summary: localized((l) => sentence(l).trim()),
    body: localized((l) => paragraphs(l, 2 + Math.floor(rnd() * 3), 3)),
    coordinates: { lat: Math.round((rnd() * 120 - 60) * 1e4) / 1e4, lng: Math.round((rnd() * 340 - 170) * 1e4) / 1e4 },
    image: i % 4 === 0 ? `images/${pick(images)}.jpg` : undefined,
    imageAlt: i % 4 === 0 ? { th: 'ภาพสำนักงาน', en: 'The office' } : undefined,
    contact: { office: { th: 'สำนักงาน', en: 'Office' }, email: 'office@example.org' },
  }))
  const partners = [...citySlugs.map((s) => `cities/${s}`), ...organizationSlugs.map((s) => `organizations/${s}`)]
  const somePartners = () => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(partners)))]
  const someSectors = () => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(domains)))]
  const agreementSlugs = Array.from({ length: counts.agreements ?? 0 }, (_, i) => `agreement-${i + 1}`)
  const agreements: Agreement[] = agreementSlugs.map((slug) => {
    const signed = rnd() < 0.9 ? date(1975, 50) : undefined
    return {
      slug,
      title: localized((l) => phrase(l, 4 + Math.floor(rnd() * 4))),
      kind: pick(agreementKinds),
      partners: somePartners(),
      status: pick(agreementStatuses),
      signed,
      expires: signed && rnd() < 0.4 ? `${Number(signed.slice(0, 4)) + 5}${signed.slice(4)}` : undefined,
      sectors: someSectors(),
      signatories: [{ name: { th: 'ผู้ว่าราชการกรุงเทพมหานคร', en: 'Governor of Bangkok' } }],
      summary: localized((l) => sentence(l).trim()),
      body: localized((l) => paragraphs(l, 2 + Math.floor(rnd() * 2), 3)),
      documents: [
        { file: 'documents/agreement.pdf', lang: pick(locales) },
        ...(rnd() < 0.3 ? [{ file: 'documents/agreement.pdf', lang: 'en', visibility: 'office' as const }] : []),
      ],
      // One in twenty is for the office only: no page, in no list.
      visibility: rnd() < 0.05 ? 'office' : undefined,
    }
  })
  const activities: Activity[] = Array.from({ length: counts.activities ?? 0 }, (_, i) => {
    const start = date(1995, 31)
    return {
      slug: `activity-${i + 1}`,
      title: localized((l) => phrase(l, 4 + Math.floor(rnd() * 4))),
      kind: pick(activityKinds),
      start,
      end: rnd() < 0.5 ? `${start.slice(0, 8)}28` : undefined,
      partners: somePartners(),
      place: rnd() < 0.5 ? localized((l) => phrase(l, 1)) : undefined,
      units: [{ th: 'กองการต่างประเทศ', en: 'International Affairs Division' }],
      sectors: someSectors(),
      agreement: agreementSlugs.length > 0 && rnd() < 0.4 ? `agreements/${pick(agreementSlugs)}` : undefined,
      summary: localized((l) => sentence(l).trim()),
      body: localized((l) => paragraphs(l, 3 + Math.floor(rnd() * 3), 3)),
      image: i % 4 === 0 ? `images/${pick(images)}.jpg` : undefined,
      visibility: rnd() < 0.05 ? 'office' : undefined,
      delegation: [{ name: 'Delegate', title: 'Director' }],
    }
  })
  const clean = <T extends object>(entry: T) => JSON.parse(JSON.stringify(entry)) as T
  await writeBundle(out, {
    ...emptyBundle(),
    glossary: glossary.map(clean),
    cities: cities.map(clean),
    news: news.map(clean),
    organizations: organizations.map(clean),
    agreements: agreements.map(clean),
    activities: activities.map(clean),
    domains: seedDomains,
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'bench/tmp/bundle' },
      terms: { type: 'string', default: '140' },
      cities: { type: 'string', default: '20' },
      news: { type: 'string', default: '36' },
      organizations: { type: 'string', default: '0' },
      agreements: { type: 'string', default: '0' },
      activities: { type: 'string', default: '0' },
    },
  })
  await generateBundle(values.out, {
    terms: Number(values.terms),
    cities: Number(values.cities),
    news: Number(values.news),
    organizations: Number(values.organizations),
    agreements: Number(values.agreements),
    activities: Number(values.activities),
  })
  console.log(`wrote ${values.out}`)
}
