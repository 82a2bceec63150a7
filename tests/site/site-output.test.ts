/**
 * The built site from the fixture bundle (tests/fixtures/site-bundle): URL contract, languages, fallback,
 * dates, collation, the relationship records (organisations, agreements, activities), escaping, internal fields and
 * non-public entries, size budget, links. One build for the whole file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cp, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { brokenLinks, buildSite, fileFor, filesUnder, fixture, locales, page, tempDir } from '../support/site.ts'

const site = 'https://international.bangkok.go.th'
const langTag = { th: 'th', en: 'en', zh: 'zh-Hans', ja: 'ja', ko: 'ko' } as const
const publicTerms = [
  'sister-city',
  'friendship-city',
  'bangkok',
  'city-hall',
  'exchange-programme',
  'memorandum-of-understanding',
  'environment',
  'smart-city',
  'script-test',
]
const publicCities = ['fukuoka', 'moscow', 'xss-city']
const publicOrganizations = ['citynet', 'embassy-of-japan']
const publicAgreements = [
  'bangkok-fukuoka-sister-city',
  'moscow-friendship',
  'fukuoka-youth-letter',
  'citynet-training-mou',
  'environment-network',
  'injection-agreement',
]
const publicActivities = ['fukuoka-youth-exchange-2019', 'citynet-congress-2022', 'embassy-courtesy-call', 'moscow-culture-week', 'injection-activity']
/** Entries that are drafts or not public: no page, no link, no trace. */
const hidden = {
  cities: ['draft-city'],
  organizations: ['draft-organization'],
  agreements: ['office-agreement', 'draft-agreement'],
  activities: ['office-visit', 'draft-activity'],
}
const publicNews = [
  'fukuoka-delegation-visit',
  'thai-only-announcement',
  'injection-news',
  ...Array.from({ length: 11 }, (_, i) => `exchange-meeting-${i + 1}`),
]

const dist = inject('fixtureSite')
let htmlFiles: string[] = []
const html = (path: string) => page(dist, path)

beforeAll(async () => {
  // Pages, not the forwarding pages left at renamed slugs (tested on their own).
  htmlFiles = filesUnder(dist).filter((f) => f.endsWith('.html') && !readFileSync(join(dist, f), 'utf8').includes('http-equiv="refresh"'))
})

/** URL path of a built HTML file. */
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`

describe('URL contract', () => {
  it('builds every page for every language', () => {
    const expected = ['/', '/404.html']
    for (const lang of locales) {
      expected.push(
        `/${lang}/`,
        `/${lang}/glossary/`,
        `/${lang}/cities/`,
        `/${lang}/organizations/`,
        `/${lang}/agreements/`,
        `/${lang}/activities/`,
        `/${lang}/news/`,
        `/${lang}/news/rss.xml`,
        `/${lang}/search/`,
        `/${lang}/404/`,
        `/${lang}/news/page/2/`,
      )
      for (const slug of publicTerms) expected.push(`/${lang}/glossary/${slug}/`)
      for (const slug of publicCities) expected.push(`/${lang}/cities/${slug}/`)
      for (const slug of publicOrganizations) expected.push(`/${lang}/organizations/${slug}/`)
      for (const slug of publicAgreements) expected.push(`/${lang}/agreements/${slug}/`)
      for (const slug of publicActivities) expected.push(`/${lang}/activities/${slug}/`)
      for (const slug of publicNews) expected.push(`/${lang}/news/${slug}/`)
    }
    const missing = expected.filter((path) => !fileFor(dist, path))
    expect(missing).toEqual([])
  })

  it('builds no page for drafts or entries that are not public', () => {
    for (const lang of locales) {
      expect(fileFor(dist, `/${lang}/glossary/draft-term/`)).toBeUndefined()
      expect(fileFor(dist, `/${lang}/news/draft-news/`)).toBeUndefined()
      for (const [collection, slugs] of Object.entries(hidden))
        for (const slug of slugs) expect(fileFor(dist, `/${lang}/${collection}/${slug}/`)).toBeUndefined()
    }
  })

  it('leaves a redirect at every renamed slug, in every language', () => {
    for (const lang of locales) {
      const doc = html(`/${lang}/cities/fukuoka-city/`)
      expect(doc).toContain(`<meta http-equiv="refresh" content="0;url=/${lang}/cities/fukuoka/">`)
      expect(doc).toContain(`<link rel="canonical" href="${site}/${lang}/cities/fukuoka/">`)
    }
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain('/en/cities/fukuoka-city/ /en/cities/fukuoka/ 301!\n')
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('fukuoka-city')
    expect(html('/ko/agreements/fukuoka-agreement/')).toContain('content="0;url=/ko/agreements/bangkok-fukuoka-sister-city/"')
  })

  it('sends the city pages of an organisation that moved to organizations to its profile, in every language', () => {
    const rules = readFileSync(join(dist, '_redirects'), 'utf8')
    for (const lang of locales) {
      const doc = html(`/${lang}/cities/citynet/`)
      expect(doc).toContain(`<meta http-equiv="refresh" content="0;url=/${lang}/organizations/citynet/">`)
      expect(doc).toContain(`<link rel="canonical" href="${site}/${lang}/organizations/citynet/">`)
      expect(rules).toContain(`/${lang}/cities/citynet/ /${lang}/organizations/citynet/ 301!\n`)
    }
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/cities/citynet/')
  })

  it('paginates the news list, newest first', () => {
    const first = html('/en/news/')
    expect(first.indexOf('/en/news/fukuoka-delegation-visit/')).toBeLessThan(first.indexOf('/en/news/thai-only-announcement/'))
    expect(first).toContain('href="/en/news/page/2/"')
    expect(html('/en/news/page/2/')).toContain('href="/en/news/"')
  })
})

describe('languages', () => {
  it('sets <html lang>, canonical and hreflang alternates on every page', () => {
    const problems: string[] = []
    for (const file of htmlFiles) {
      const path = pathOf(file)
      const lang = path.split('/')[1] as keyof typeof langTag
      if (!(lang in langTag)) continue
      const doc = html(path)
      if (!doc.includes(`<html lang="${langTag[lang]}"`)) problems.push(`${path}: html lang`)
      if (!doc.includes(`<link rel="canonical" href="${site}${path}">`)) problems.push(`${path}: canonical`)
      for (const l of locales) {
        const alt = `<link rel="alternate" hreflang="${langTag[l]}" href="${site}${path.replace(/^\/[a-z]{2}\//, `/${l}/`)}">`
        if (!doc.includes(alt)) problems.push(`${path}: hreflang ${l}`)
      }
      if (!doc.includes('hreflang="x-default"')) problems.push(`${path}: x-default`)
    }
    expect(problems).toEqual([])
  })

  it('puts a language switcher that keeps the entry, and a search box, on every page', () => {
    for (const lang of locales) {
      const doc = html(`/${lang}/cities/fukuoka/`)
      for (const l of locales) expect(doc).toContain(`href="/${l}/cities/fukuoka/" hreflang="${langTag[l]}" lang="${langTag[l]}"`)
      expect(doc).toMatch(new RegExp(`<form class="search" role="search" action="/${lang}/search/" method="get">`))
    }
  })

  it('marks a page whose content falls back to Thai, with a notice in the page language', () => {
    const moscowKo = html('/ko/cities/moscow/')
    expect(moscowKo).toMatch(/<html lang="ko" data-fallback="th"/)
    expect(moscowKo).toContain('태국어로 표시합니다')
    expect(moscowKo).toContain('<h1><span lang="th">มอสโก</span></h1>')
    expect(moscowKo).not.toContain('data-pagefind-body')
    const moscowEn = html('/en/cities/moscow/')
    expect(moscowEn).not.toContain('data-fallback')
    expect(moscowEn).toContain('data-pagefind-body')
    expect(html('/en/glossary/smart-city/')).toMatch(/<html lang="en" data-fallback="th"/)
    expect(html('/ja/news/thai-only-announcement/')).toMatch(/<html lang="ja" data-fallback="th"/)
    expect(html('/th/news/thai-only-announcement/')).not.toContain('data-fallback')
  })

  it('writes Thai dates in the Buddhist calendar and the others in their own conventions', () => {
    const path = (lang: string) => `/${lang}/news/fukuoka-delegation-visit/`
    expect(html(path('th'))).toContain('14 มีนาคม 2569')
    expect(html(path('en'))).toContain('14 March 2026')
    expect(html(path('zh'))).toContain('2026年3月14日')
    expect(html(path('ja'))).toContain('2026年3月14日')
    expect(html(path('ko'))).toContain('2026년 3월 14일')
    expect(html('/th/cities/moscow/')).toContain('2540') // 1997 CE
  })

  it('marks inline text in other languages: equivalents and the native name', () => {
    const doc = html('/en/glossary/sister-city/')
    expect(doc).toContain('<a href="/ja/glossary/sister-city/" hreflang="ja" lang="ja">姉妹都市</a>')
    expect(doc).toContain('<span class="muted" lang="ja-Latn">(shimai toshi)</span>')
    expect(doc).toContain('<span class="muted" lang="zh-Latn-pinyin">(jiěmèi chéngshì)</span>')
    expect(doc).toContain('<a href="/zh/glossary/sister-city/" hreflang="zh-Hans" lang="zh-Hans">姐妹城市</a>')
    expect(html('/en/cities/moscow/')).toContain('<span lang="ru">Москва</span>')
  })
})

describe('glossary order', () => {
  const order = (lang: string) => {
    const doc = html(`/${lang}/glossary/`)
    return [...doc.matchAll(new RegExp(`href="/${lang}/glossary/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]).filter((s) => publicTerms.slice(0, 7).includes(s))
  }
  it('sorts Thai skipping leading vowels', () => {
    expect(order('th')).toEqual(['bangkok', 'exchange-programme', 'memorandum-of-understanding', 'sister-city', 'friendship-city', 'city-hall', 'environment'])
  })
  it('sorts Japanese by reading', () => {
    expect(order('ja')).toEqual(['memorandum-of-understanding', 'environment', 'exchange-programme', 'sister-city', 'city-hall', 'bangkok', 'friendship-city'])
  })
  it('sorts Chinese by pinyin', () => {
    expect(order('zh')).toEqual(['environment', 'exchange-programme', 'sister-city', 'memorandum-of-understanding', 'bangkok', 'city-hall', 'friendship-city'])
  })
  it('sorts Korean by Hangul', () => {
    expect(order('ko')).toEqual(['exchange-programme', 'bangkok', 'city-hall', 'memorandum-of-understanding', 'friendship-city', 'sister-city', 'environment'])
  })
  it('sorts English A–Z', () => {
    expect(order('en')).toEqual(['bangkok', 'city-hall', 'environment', 'exchange-programme', 'friendship-city', 'memorandum-of-understanding', 'sister-city'])
  })
  it('shows a jump bar in each script and a domain filter', () => {
    expect(html('/th/glossary/')).toMatch(/<a href="#letter-\d+">ก<\/a>/)
    expect(html('/ja/glossary/')).toMatch(/<a href="#letter-\d+">か<\/a>/)
    expect(html('/ko/glossary/')).toMatch(/<a href="#letter-\d+">ㄱ<\/a>/)
    expect(html('/zh/glossary/')).toMatch(/<a href="#letter-\d+">J<\/a>/)
    expect(html('/en/glossary/')).toMatch(/<a href="#letter-\d+">S<\/a>/)
    expect(html('/en/glossary/')).toContain('id="domain-sister-cities"')
  })
})

describe('pages', () => {
  it('renders the search page shell', () => {
    for (const lang of locales) {
      const doc = html(`/${lang}/search/`)
      expect(doc).toContain('data-search-results')
      expect(doc).toMatch(/<form[^>]*action="\/[a-z]{2}\/search\/" method="get">[\s\S]*?name="q"/)
      expect(doc).toMatch(new RegExp(`<noscript>.*href="/${lang}/glossary/".*</noscript>`))
    }
  })

  it('adds JSON-LD, Open Graph and Twitter cards', () => {
    expect(html('/en/glossary/sister-city/')).toContain('"@type":"DefinedTerm"')
    expect(html('/en/cities/fukuoka/')).toContain('"@type":"Place"')
    const article = html('/ja/news/fukuoka-delegation-visit/')
    expect(article).toContain('"@type":"NewsArticle"')
    expect(article).toContain('<meta property="og:title" content="福岡市代表団がバンコクを訪問">')
    expect(article).toMatch(new RegExp(`<meta property="og:image" content="${site}/_astro/visit\\.[^"]+\\.jpg">`))
    expect(article).toContain('<meta name="twitter:card" content="summary_large_image">')
  })

  it('serves images through the image pipeline: AVIF, WebP, srcset, width and height', () => {
    const doc = html('/en/cities/fukuoka/')
    expect(doc).toMatch(/<source srcset="[^"]+\.avif 640w, [^"]+\.avif 1000w[^"]*" type="image\/avif"/)
    expect(doc).toMatch(/<source srcset="[^"]+\.webp 640w[^"]*" type="image\/webp"/)
    const img = doc.match(/<img[^>]*alt="Fukuoka harbour"[^>]*>/)?.[0] ?? ''
    expect(img).toMatch(/ src="\/_astro\/[^"]+\.jpg"/)
    expect(img).toMatch(/ srcset="[^"]+ 640w, [^"]+ 1000w/)
    expect(img).toMatch(/ width="1000" height="625"/)
  })

  it('offers public agreement documents for download, and no others', () => {
    expect(existsSync(join(dist, 'media/documents/fukuoka-agreement.pdf'))).toBe(true)
    expect(existsSync(join(dist, 'media/documents/internal-secret.pdf'))).toBe(false)
    expect(html('/th/cities/fukuoka/')).toMatch(/href="\/media\/documents\/fukuoka-agreement\.pdf"[^>]* download/)
    // A city's own (v1) agreement with its document.
    expect(html('/en/cities/moscow/')).toContain('<a href="/media/documents/moscow-tourism.pdf" download>Download (PDF)</a>')
    expect(existsSync(join(dist, 'media/documents/moscow-tourism.pdf'))).toBe(true)
  })

  it('links a city to OpenStreetMap without map tiles', () => {
    const doc = html('/en/cities/fukuoka/')
    expect(doc).toContain('33.5902° N, 130.4017° E')
    expect(doc).toContain('https://www.openstreetmap.org/?mlat=33.5902&amp;mlon=130.4017')
    expect(doc).not.toMatch(/tile\.openstreetmap|<iframe/)
  })

  it('writes an RSS feed per language and a sitemap with alternates', () => {
    for (const lang of locales) {
      const feed = html(`/${lang}/news/rss.xml`)
      expect(feed).toContain(`<language>${langTag[lang]}</language>`)
      expect(feed).toContain(`<link>${site}/${lang}/news/fukuoka-delegation-visit/</link>`)
      expect(feed).not.toContain('draft-news')
    }
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>${site}/ja/glossary/sister-city/</loc>`)
    expect(sitemap).toContain(`hreflang="zh-Hans" href="${site}/zh/glossary/sister-city/"`)
    expect(sitemap).not.toContain('draft')
  })
})

describe('design', () => {
  const main = (path: string) => html(path).split('<main')[1]!.split('</main>')[0]!

  it('keeps menu, search and languages in one header row behind <details>, and shows breadcrumbs', () => {
    for (const lang of locales) {
      const doc = html(`/${lang}/glossary/sister-city/`)
      const header = doc.match(/<header class="site"[\s\S]*?<\/header>/)![0]
      expect(header.match(/<details class="pop [a-z]+">/g)).toEqual([
        '<details class="pop menu">',
        '<details class="pop search">',
        '<details class="pop langs">',
      ])
      expect(header).toContain(`href="/${lang}/organizations/"`)
      expect(header).not.toMatch(/<script|\sstyle=/)
      const crumbs = doc.match(/<nav class="crumbs wrap"[\s\S]*?<\/nav>/)![0]
      expect(crumbs).toContain(`<a href="/${lang}/">`)
      expect(crumbs).toContain(`<a href="/${lang}/glossary/">`)
      expect(crumbs).toMatch(/<span aria-current="page">[^<]+<\/span>/)
    }
    expect(html('/en/')).not.toContain('class="crumbs')
  })

  it("puts the office's address, contact, open data and accessibility statement in every footer", () => {
    for (const lang of locales) {
      const footer = html(`/${lang}/cities/fukuoka/`).match(/<footer class="site"[\s\S]*?<\/footer>/)![0]
      expect(footer).toContain('<address>')
      expect(footer).toContain('10200')
      expect(footer).toContain('href="tel:1555"')
      expect(footer).toContain(`href="/${lang}/open-data/"`)
      expect(footer).toContain(`href="/${lang}/accessibility/"`)
      expect(main(`/${lang}/accessibility/`)).toContain('WCAG 2.2')
    }
  })

  it('shows cards with their cover images: responsive, lazy, width and height set, decorative beside the heading', () => {
    const card = main('/en/cities/').match(/<div class="card-image">[\s\S]*?<\/div>/)![0]
    expect(card).toMatch(/<source srcset="[^"]+\.avif 640w/)
    const img = card.match(/<img[^>]*>/)![0]
    expect(img).toMatch(/ alt(="")?[ >]/) // empty: decorative
    expect(img).toMatch(/ width="\d+" height="\d+"/)
    expect(img).toContain('loading="lazy"')
    expect(img).toMatch(/ sizes="[^"]+"/)
    // The first story of the news list is in the first screen: its image is not held back.
    expect(main('/en/news/').match(/<div class="card-image">[\s\S]*?<img[^>]*>/)![0]).toContain('loading="eager"')
  })

  it('draws the partners on a world map at build time: an inline SVG whose markers link to them, with the list beside', () => {
    for (const path of ['/en/', '/en/cities/']) {
      const doc = main(path)
      const svg = doc.match(/<svg viewBox="[\d -]+"[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/svg>/)![0]
      expect(svg).toMatch(/<path class="map-land" d="M[\d.,MLZ-]+"/)
      expect(svg).toContain('<a class="map-marker" href="/en/cities/fukuoka/" tabindex="-1"><title>Fukuoka</title>')
      expect(svg).not.toMatch(/https?:|<image|<script/)
      expect(doc).toMatch(/<ul class="partner-list"[^>]*>[\s\S]*?<a href="\/en\/cities\/fukuoka\/">/)
    }
    // Organisations in Bangkok (embassies) would sit on Bangkok's own marker; those elsewhere are on the home page's map.
    expect(main('/th/')).toContain('<a class="map-marker" href="/th/organizations/citynet/"')
    expect(main('/th/')).not.toContain('<a class="map-marker" href="/th/organizations/embassy-of-japan/"')
  })

  it('shows the latest news, featured terms and activities on the home page', () => {
    const home = main('/en/')
    expect(home).toContain('href="/en/news/fukuoka-delegation-visit/"')
    expect(home).toMatch(/<ul class="term-chips">[\s\S]*?href="\/en\/glossary\/sister-city\/"/)
    expect(home).toContain('href="/en/activities/')
  })

  it('gives every city and organisation profile a link kit: five addresses, a QR code and badges with their HTML', () => {
    for (const lang of locales) {
      const kit = main(`/${lang}/cities/fukuoka/`).match(/<section class="kit"[\s\S]*?<\/section>/)![0]
      for (const l of locales) expect(kit).toContain(`value="${site}/${l}/cities/fukuoka/"`)
      expect(kit).toContain(`<img src="/qr/${lang}/cities/fukuoka.svg" width="160" height="160"`)
      expect(kit).toContain('data-copy="kit-url-en" hidden')
      // The snippets are text to copy, not markup of this page.
      expect(kit).toContain(`&lt;a href=&quot;${site}/ja/cities/fukuoka/&quot;&gt;&lt;img src=&quot;${site}/badges/ja/cities/fukuoka.svg&quot;`)
      expect(kit).toContain(`<img src="/badges/en/cities/fukuoka.svg"`)
      expect(main(`/${lang}/organizations/citynet/`)).toContain(`/qr/${lang}/organizations/citynet.svg`)
    }
    const qr = readFileSync(join(dist, 'qr/ko/cities/fukuoka.svg'), 'utf8')
    expect(qr).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/)
    expect(qr).toContain(`<title>${site}/ko/cities/fukuoka/</title>`)
    const badge = readFileSync(join(dist, 'badges/ja/cities/fukuoka.svg'), 'utf8')
    expect(badge).toContain('<title>')
    expect(badge).not.toContain('<text')
    // English and the partner's own language only; an organisation without one of the site's languages, English.
    expect(existsSync(join(dist, 'badges/ko/cities/fukuoka.svg'))).toBe(false)
    expect(existsSync(join(dist, 'badges/en/organizations/citynet.svg'))).toBe(true)
  })
})

describe('relationship records', () => {
  /** The paths a page links to under a collection's segment. */
  const linked = (path: string, segment: string) => [
    ...new Set([...html(path).matchAll(new RegExp(`href="/[a-z]{2}/${segment}/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1])),
  ]
  const main = (path: string) => html(path).split('<main')[1]!.split('</main>')[0]!

  it('lists on each profile the public agreements and activities naming it, and nothing else', () => {
    expect(linked('/en/cities/fukuoka/', 'agreements').sort()).toEqual(['bangkok-fukuoka-sister-city', 'environment-network', 'fukuoka-youth-letter'])
    expect(linked('/en/cities/fukuoka/', 'activities')).toEqual(['fukuoka-youth-exchange-2019'])
    expect(linked('/th/cities/moscow/', 'agreements')).toEqual(['moscow-friendship'])
    expect(linked('/th/cities/moscow/', 'activities').sort()).toEqual(['citynet-congress-2022', 'moscow-culture-week'])
    expect(linked('/ja/organizations/citynet/', 'agreements').sort()).toEqual(['citynet-training-mou', 'environment-network'])
    expect(linked('/ja/organizations/citynet/', 'activities')).toEqual(['citynet-congress-2022'])
    expect(linked('/zh/organizations/embassy-of-japan/', 'activities')).toEqual(['embassy-courtesy-call'])
  })

  it('links an agreement or activity page to every public partner, with its country', () => {
    const partners = (path: string) => [...main(path).matchAll(/href="\/[a-z]{2}\/((?:cities|organizations)\/[a-z0-9-]+)\/"/g)].map((m) => m[1])
    expect(partners('/en/agreements/environment-network/')).toEqual(['cities/fukuoka', 'organizations/citynet'])
    expect(partners('/ko/activities/citynet-congress-2022/')).toEqual(['organizations/citynet', 'cities/moscow'])
    expect(main('/en/agreements/environment-network/')).toContain('(Japan)')
    expect(main('/th/agreements/bangkok-fukuoka-sister-city/')).toContain('data-pagefind-filter="country:JP"> (ญี่ปุ่น)')
    // An activity under an agreement links it, unless that agreement is not public.
    expect(linked('/en/activities/fukuoka-youth-exchange-2019/', 'agreements')).toEqual(['bangkok-fukuoka-sister-city'])
    expect(linked('/en/activities/citynet-congress-2022/', 'agreements')).toEqual([])
    expect(linked('/en/agreements/bangkok-fukuoka-sister-city/', 'activities')).toEqual(['fukuoka-youth-exchange-2019'])
  })

  it("shows a city's own v1 agreements and activities beside the first-class ones, without repeating one", () => {
    const fukuoka = main('/en/cities/fukuoka/')
    // The inline sister city agreement was signed the day the first-class one was: shown once, as the first-class one.
    expect(fukuoka).not.toContain('<h3><span>Sister city agreement</span></h3>')
    expect(fukuoka.match(/<time datetime="2006-10-30">/g)).toHaveLength(1 + 1) // the city's "since" and the agreement
    // The inline youth exchange began the month the first-class one did; the environment meeting stays.
    expect(fukuoka).not.toContain('Youth exchange</span>')
    expect(fukuoka).toContain('Environment meeting')
    const moscow = main('/en/cities/moscow/')
    // Same Thai title as the first-class friendship agreement and culture week: not repeated; the others stay.
    expect(moscow).not.toContain('Friendship city agreement')
    expect(moscow).not.toContain('Moscow culture week</span>')
    expect(moscow).toContain('<h3><span>Tourism agreement</span></h3>')
    expect(moscow).toContain('Public transport meeting')
    expect(moscow.indexOf('Public transport meeting')).toBeGreaterThan(moscow.indexOf('/en/activities/moscow-culture-week/')) // a timeline: oldest first
  })

  it("says an agreement expired in the page's language, from its status or from an expiry date already past", () => {
    expect(main('/en/agreements/moscow-friendship/')).toContain('Expired on <time datetime="2002-12-31">31 December 2002</time>')
    expect(main('/th/agreements/moscow-friendship/')).toContain('หมดอายุเมื่อ <time datetime="2002-12-31">31 ธันวาคม 2545</time>')
    expect(main('/ja/agreements/moscow-friendship/')).toContain('<time datetime="2002-12-31">2002年12月31日</time>に失効')
    expect(main('/zh/agreements/moscow-friendship/')).toContain('已于<time datetime="2002-12-31">2002年12月31日</time>到期')
    expect(main('/ko/agreements/moscow-friendship/')).toContain('<time datetime="2002-12-31">2002년 12월 31일</time>에 만료됨')
    // Marked in force, but its expiry date has passed: expired, on its page and on its partner's profile.
    expect(main('/en/agreements/fukuoka-youth-letter/')).toContain('Expired on <time datetime="2020-05-31">31 May 2020</time>')
    expect(main('/en/cities/fukuoka/')).toContain('Expired on <time datetime="2020-05-31">31 May 2020</time>')
    // A terminated agreement stays terminated after its expiry date; one in force says until when.
    expect(main('/en/agreements/citynet-training-mou/')).toContain('<dd>Terminated</dd>')
    expect(main('/en/agreements/injection-agreement/')).toContain('In force until <time datetime="2099-12-31">31 December 2099</time>')
    expect(main('/en/agreements/environment-network/')).toContain('<dd>Under negotiation</dd>')
  })

  it("offers an agreement's public documents, each marked with its language in the page's language, and no others", () => {
    const doc = main('/en/agreements/bangkok-fukuoka-sister-city/')
    expect(doc).toContain(
      '<a href="/media/documents/fukuoka-agreement.pdf" hreflang="ja" download><span>Japanese text</span></a> <span class="muted">(Japanese · PDF)</span>',
    )
    expect(doc).toContain('<a href="/media/documents/fukuoka-agreement-th.pdf" hreflang="th" download>Signed text</a> <span class="muted">(Thai · PDF)</span>')
    expect(main('/ja/agreements/bangkok-fukuoka-sister-city/')).toContain('(日本語 · PDF)')
    expect(main('/zh/cities/fukuoka/')).toContain('(泰语 · PDF)')
    expect(main('/th/organizations/citynet/')).toContain('(อังกฤษ · PDF)')
    for (const file of ['fukuoka-agreement.pdf', 'fukuoka-agreement-th.pdf', 'citynet-mou.pdf'])
      expect(existsSync(join(dist, 'media/documents', file))).toBe(true)
    for (const file of ['office-only-annex.pdf', 'office-agreement.pdf']) expect(existsSync(join(dist, 'media/documents', file))).toBe(false)
  })

  it('shows the partners, sectors, signatories, units and place of a record, with missing translations in Thai', () => {
    const agreement = main('/en/agreements/bangkok-fukuoka-sister-city/')
    expect(agreement).toContain('<span data-pagefind-filter="domain:environment"><span>Environment</span></span>')
    expect(agreement).toContain('<span data-pagefind-filter="domain:sister-cities"><span>sister-cities</span></span>') // no domains entry: its slug
    expect(agreement).toContain('<li><span>Mayor of Fukuoka</span></li>')
    const activity = main('/ja/activities/fukuoka-youth-exchange-2019/')
    expect(activity).toContain('<time datetime="2019-04">2019年4月</time> – <time datetime="2019-05">2019年5月</time>')
    expect(activity).toContain('<span lang="th">สำนักการศึกษา</span>, <span>国際課</span>')
    expect(activity).toContain('<span>福岡市</span>')
    expect(html('/zh/organizations/embassy-of-japan/')).toMatch(/<html lang="zh-Hans" data-fallback="th"/)
    expect(html('/en/agreements/moscow-friendship/')).toMatch(/<html lang="en" data-fallback="th"/)
    expect(html('/en/activities/embassy-courtesy-call/')).not.toContain('data-pagefind-body')
    expect(html('/th/activities/embassy-courtesy-call/')).toContain('data-pagefind-body')
  })

  it('filters the indexes by kind, status, partner country, sector and year without JavaScript', () => {
    const css = readFileSync(join(dist, 'filters.css'), 'utf8')
    const agreements = main('/en/agreements/')
    for (const id of [
      'kind--all',
      'kind-sister-city',
      'kind-mou',
      'status-expired',
      'status-terminated',
      'country-JP',
      'country-KR',
      'sector-environment',
      'year-2006',
      'year-1997',
    ])
      expect(agreements).toContain(`id="${id}"`)
    expect(agreements).toContain('<input type="radio" name="status" id="status--all" checked>')
    // Both expired ones carry the state: the one the bundle says and the one whose date passed.
    const item = (slug: string) => agreements.match(new RegExp(`<li[^>]*>(?:(?!</li>).)*?/en/agreements/${slug}/`, 's'))![0].match(/<li[^>]*>/)![0]
    expect(item('moscow-friendship')).toContain('data-status="expired"')
    expect(item('fukuoka-youth-letter')).toContain('data-status="expired"')
    expect(item('environment-network')).toContain('data-country="JP KR"')
    expect(item('environment-network')).toMatch(/ data-year[ >]/) // no year: hidden whichever year is chosen
    expect(item('bangkok-fukuoka-sister-city')).toContain('data-sector="environment culture sister-cities"')
    expect(css).toContain('.records:has(#status-expired:checked) [data-status]:not([data-status~="expired"]){display:none}')
    expect(css).toContain('.records:has(#country-RU:checked) [data-country]:not([data-country~="RU"]){display:none}')
    expect(css).toContain('.records:has(#year-2022:checked) [data-year]:not([data-year~="2022"]){display:none}')
    expect(main('/en/activities/')).toContain('id="year-2012"')
    expect(main('/en/organizations/')).toContain('id="kind-embassy"')
    // A year's group carries every value of its items, so that a filter hides the group with its last item.
    expect(agreements).toMatch(/<section aria-labelledby="year-2006-title" data-kind="sister-city" data-status="in-force" data-country="JP"/)
    for (const index of ['organizations', 'agreements', 'activities'])
      for (const lang of locales) {
        const doc = html(`/${lang}/${index}/`)
        expect(doc).toContain('<link rel="stylesheet" href="/filters.css">')
        expect(doc).not.toMatch(/<style|\sstyle="/)
      }
  })

  it('lists organisations by kind, agreements and activities newest first by year', () => {
    const orgs = main('/en/organizations/')
    expect(orgs.indexOf('City networks')).toBeLessThan(orgs.indexOf('Embassies'))
    const agreements = linked('/en/agreements/', 'agreements')
    expect(agreements).toEqual([
      'injection-agreement',
      'fukuoka-youth-letter',
      'citynet-training-mou',
      'bangkok-fukuoka-sister-city',
      'moscow-friendship',
      'environment-network',
    ])
    expect(main('/en/agreements/')).toContain('Date of signing not known')
    expect(linked('/en/activities/', 'activities')).toEqual([
      'embassy-courtesy-call',
      'injection-activity',
      'citynet-congress-2022',
      'fukuoka-youth-exchange-2019',
      'moscow-culture-week',
    ])
    expect(main('/th/agreements/')).toContain('<h2 id="year-2006-title">พ.ศ. 2549</h2>')
  })

  it('describes each record in JSON-LD and Open Graph, and lists it in the sitemap with its alternates', () => {
    const jsonLd = (path: string) => JSON.parse(html(path).match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!) as Record<string, unknown>
    expect(jsonLd('/en/organizations/citynet/')).toMatchObject({
      '@type': 'Organization',
      name: 'CityNet',
      url: `${site}/en/organizations/citynet/`,
      sameAs: ['https://citynet-ap.org/'],
      address: { addressCountry: 'KR' },
    })
    expect(jsonLd('/en/organizations/citynet/').alternateName).toContain('シティネット')
    expect(jsonLd('/th/organizations/embassy-of-japan/')['@type']).toBe('GovernmentOrganization')
    expect(jsonLd('/en/activities/citynet-congress-2022/')).toMatchObject({
      '@type': 'Event',
      startDate: '2022-10-05',
      endDate: '2022-10-08',
      location: { '@type': 'Place', name: 'Seoul' },
      attendee: [
        { name: 'CityNet', url: `${site}/en/organizations/citynet/` },
        { name: 'Moscow', url: `${site}/en/cities/moscow/` },
      ],
    })
    expect(jsonLd('/en/agreements/bangkok-fukuoka-sister-city/')).toMatchObject({
      '@type': 'CreativeWork',
      dateCreated: '2006-10-30',
      associatedMedia: [
        { contentUrl: `${site}/media/documents/fukuoka-agreement.pdf`, inLanguage: 'ja', encodingFormat: 'application/pdf' },
        { contentUrl: `${site}/media/documents/fukuoka-agreement-th.pdf`, inLanguage: 'th' },
      ],
    })
    expect(jsonLd('/en/agreements/moscow-friendship/').expires).toBe('2002-12-31')
    expect(html('/ja/agreements/bangkok-fukuoka-sister-city/')).toContain('<meta property="og:title" content="バンコク都・福岡市姉妹都市協定">')
    expect(html('/en/activities/fukuoka-youth-exchange-2019/')).toMatch(
      new RegExp(`<meta property="og:image" content="${site}/_astro/youth-exchange\\.[^"]+\\.jpg">`),
    )
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')
    for (const path of ['organizations/citynet/', 'agreements/moscow-friendship/', 'activities/citynet-congress-2022/', 'agreements/'])
      expect(sitemap).toContain(`<loc>${site}/ko/${path}</loc>`)
    expect(sitemap).toContain(`hreflang="zh-Hans" href="${site}/zh/organizations/citynet/"`)
  })

  it('hands the new pages to the search index with their type, and organisations to the term list', async () => {
    expect(html('/en/organizations/citynet/')).toMatch(
      /<article data-pagefind-body data-pagefind-filter="type:organization" data-pagefind-meta="type:organization">/,
    )
    expect(html('/en/agreements/bangkok-fukuoka-sister-city/')).toMatch(/<article data-pagefind-body data-pagefind-filter="type:agreement"/)
    expect(html('/en/activities/fukuoka-youth-exchange-2019/')).toMatch(/<article data-pagefind-body data-pagefind-filter="type:activity"/)
    expect(html('/en/organizations/citynet/')).toContain('data-pagefind-filter="country:KR"')
    // On a profile, the agreements and activities that have pages of their own are left to those pages.
    expect(main('/en/cities/fukuoka/')).toMatch(/<li[^>]*data-pagefind-ignore="all"><h3><a href="\/en\/agreements\/bangkok-fukuoka-sister-city\/"/)
    for (const [lang, own] of [
      ['ja', 'シティネット'],
      ['ko', '시티넷'],
      ['en', 'citynet'],
    ] as const) {
      const list = JSON.parse(html(`/${lang}/search/terms.json`)) as { entries: Array<{ u: string; y: string; t: string; k: string[] }> }
      const entry = list.entries.find((e) => e.u === `/${lang}/organizations/citynet/`)
      expect(entry).toMatchObject({ y: 'o' })
      expect(entry!.k).toContain(own)
      expect(list.entries.some((e) => e.u.includes('draft-organization'))).toBe(false)
    }
    expect(html('/th/search/latin.json')).toContain('"citynet"')
    expect(html('/th/search/other-scripts.json')).toContain('"아태도시네트워크"')
  })
})

/** What only staff may see, or what is not published: markers in the fixture's text, files, slugs and staff fields. */
const secrets = [
  'SECRET',
  'secret.person@example.org',
  'delegate.secret@example.org',
  'internal-secret',
  'office-only-annex',
  ...Object.values(hidden).flat(),
  'reviewStatus',
  'internalNote',
  'councilApproval',
  'followUps',
  'internalContacts',
  '"delegation"',
  '"outcomes"',
  '"visibility"',
  '"readers"',
]

describe('safety', () => {
  it('never outputs staff-only fields, internal or office-only agreements, activities and documents, or drafts', () => {
    const leaks: string[] = []
    for (const file of filesUnder(dist)) {
      if (!/\.(html|xml|json|pdf|txt|css)$/.test(file)) continue
      const text = readFileSync(join(dist, file), 'latin1') + readFileSync(join(dist, file), 'utf8')
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret}`)
    }
    expect(leaks).toEqual([])
  })

  it('keeps them out of the search index too (its fragments and filters, in every shard, are compressed)', () => {
    const leaks: string[] = []
    const files = filesUnder(join(dist, 'pagefind')).filter((f) => /\/(fragment|filter)\/[^/]+$/.test(f))
    for (const file of files) {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind', file))).toString('utf8')
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`pagefind/${file}: ${secret}`)
    }
    expect(files.filter((f) => f.includes('/fragment/')).length).toBeGreaterThan(100)
    expect(leaks).toEqual([])
  })

  it('escapes content text and renders Markdown without raw HTML', () => {
    const problems: string[] = []
    for (const file of htmlFiles) {
      // Quoted attribute values are inert text to the HTML parser (a `<` in a meta description is harmless).
      const doc = readFileSync(join(dist, file), 'utf8').replace(/="[^"]*"/g, '=""')
      if (/<script>window\.__pwned|<\/script><script>|<img[^>]*onerror|<iframe|<svg[^>]*onload|<div onmouseover|<b onclick/i.test(doc)) problems.push(file)
    }
    expect(problems).toEqual([])
    expect(htmlFiles.filter((file) => /href="javascript:/i.test(readFileSync(join(dist, file), 'utf8')))).toEqual([])
    expect(html('/en/glossary/script-test/')).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
  })

  it('ships client JavaScript only on the search page, the glossary index and the profiles (their copy buttons)', () => {
    const withScripts = htmlFiles.filter((file) => {
      const scripts =
        readFileSync(join(dist, file), 'utf8')
          .replace(/="([^"]*)"/g, (all, value: string) => (value.includes('<') ? '=""' : all))
          .match(/<script\b[^>]*>/g) ?? []
      return (
        scripts.some((tag) => !tag.includes('type="application/ld+json"')) &&
        !/\/(search|glossary)\/index\.html$/.test(`/${file}`) &&
        !/^[a-z]{2}\/(cities|organizations)\/[^/]+\/index\.html$/.test(file)
      )
    })
    expect(withScripts).toEqual([])
    // Script files may exist only for those (with the modules they import, and Pagefind's bundle, loaded by the
    // search page), and the glossary's stays small.
    const scriptsOf = (path: string) => {
      const found = new Set([...html(path).matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!))
      // Modules a script imports, and the worker the search page's script starts (`new URL("...", import.meta.url)`).
      for (const file of found)
        for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"|new URL\(["`]\/([^"`]+\.js)["`]/g))
          found.add(m[1] ? join(dirname(file), m[1]) : m[2]!)
      return [...found]
    }
    const allowed = new Set(
      locales.flatMap((l) => [
        ...scriptsOf(`/${l}/search/`),
        ...scriptsOf(`/${l}/glossary/`),
        ...scriptsOf(`/${l}/cities/fukuoka/`),
        ...scriptsOf(`/${l}/organizations/citynet/`),
      ]),
    )
    expect(filesUnder(dist).filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/') && !allowed.has(f))).toEqual([])
    for (const l of locales)
      for (const path of [`/${l}/glossary/`, `/${l}/cities/fukuoka/`])
        expect(scriptsOf(path).reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0)).toBeLessThan(3_000)
  })
})

describe('budgets and links', () => {
  it('keeps every term page under 20 KB of HTML+CSS gzipped', () => {
    let largest = 0
    for (const file of htmlFiles.filter((f) => /^[a-z]{2}\/glossary\/[^/]+\/index\.html$/.test(f))) {
      const doc = readFileSync(join(dist, file))
      const css = [...doc.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1])))
      const size = gzipSync(doc).length + css.reduce((sum, c) => sum + gzipSync(c).length, 0)
      largest = Math.max(largest, size)
    }
    console.log(`largest term page: ${(largest / 1024).toFixed(1)} KB gzipped (HTML+CSS)`)
    expect(largest).toBeGreaterThan(0)
    expect(largest).toBeLessThan(20 * 1024)
  })

  it('has zero broken internal links (pages, fragments, images, feeds, sitemap)', () => {
    expect(brokenLinks(dist)).toEqual([])
  })
})

describe('rejected bundle', () => {
  it('exits non-zero listing every problem, and leaves the existing output untouched', async () => {
    const { dir, cleanup: done } = await tempDir('bma-bad-')
    try {
      const content = join(dir, 'content')
      await cp(fixture, content, { recursive: true })
      const term = JSON.parse(readFileSync(join(content, 'glossary/bangkok.json'), 'utf8'))
      delete term.term.th
      writeFileSync(join(content, 'glossary/bangkok.json'), JSON.stringify(term))
      const city = JSON.parse(readFileSync(join(content, 'cities/moscow.json'), 'utf8'))
      city.country = 'XX'
      writeFileSync(join(content, 'cities/moscow.json'), JSON.stringify(city))
      const out = join(dir, 'dist')
      await mkdir(out)
      writeFileSync(join(out, 'marker.txt'), 'previous build')
      const result = await buildSite(content, out)
      expect(result.code).not.toBe(0)
      expect(result.stderr).toContain('glossary/bangkok.json: term.th is required')
      expect(result.stderr).toMatch(/cities\/moscow\.json: country/)
      expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('previous build')
    } finally {
      await done()
    }
  })
})
