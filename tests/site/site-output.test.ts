/**
 * The built site from the fixture bundle (tests/fixtures/site-bundle): URL contract, languages, fallback,
 * dates, collation, escaping, internal fields, size budget, links. One build for the whole file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cp, mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
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
const publicCities = ['fukuoka', 'moscow', 'citynet', 'xss-city']
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
        `/${lang}/news/`,
        `/${lang}/news/rss.xml`,
        `/${lang}/search/`,
        `/${lang}/404/`,
        `/${lang}/news/page/2/`,
      )
      for (const slug of publicTerms) expected.push(`/${lang}/glossary/${slug}/`)
      for (const slug of publicCities) expected.push(`/${lang}/cities/${slug}/`)
      for (const slug of publicNews) expected.push(`/${lang}/news/${slug}/`)
    }
    const missing = expected.filter((path) => !fileFor(dist, path))
    expect(missing).toEqual([])
  })

  it('builds no page for drafts', () => {
    for (const lang of locales) {
      expect(fileFor(dist, `/${lang}/glossary/draft-term/`)).toBeUndefined()
      expect(fileFor(dist, `/${lang}/cities/draft-city/`)).toBeUndefined()
      expect(fileFor(dist, `/${lang}/news/draft-news/`)).toBeUndefined()
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
    expect(html('/th/cities/fukuoka/')).toContain('href="/media/documents/fukuoka-agreement.pdf" download')
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

describe('safety', () => {
  it('never outputs staff-only fields, internal agreements or drafts', () => {
    const leaks: string[] = []
    for (const file of filesUnder(dist)) {
      if (!/\.(html|xml|json|pdf|txt|css)$/.test(file)) continue
      const text = readFileSync(join(dist, file), 'latin1') + readFileSync(join(dist, file), 'utf8')
      for (const secret of ['SECRET', 'secret.person@example.org', 'internal-secret', 'reviewStatus', 'internalNote'])
        if (text.includes(secret)) leaks.push(`${file}: ${secret}`)
    }
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

  it('ships client JavaScript only on the search page and the glossary index', () => {
    const withScripts = htmlFiles.filter((file) => {
      const scripts =
        readFileSync(join(dist, file), 'utf8')
          .replace(/="([^"]*)"/g, (all, value: string) => (value.includes('<') ? '=""' : all))
          .match(/<script\b[^>]*>/g) ?? []
      return scripts.some((tag) => !tag.includes('type="application/ld+json"')) && !/\/(search|glossary)\/index\.html$/.test(`/${file}`)
    })
    expect(withScripts).toEqual([])
    // Script files may exist only for those (with the modules they import, and Pagefind's bundle, loaded by the
    // search page), and the glossary's stays small.
    const scriptsOf = (path: string) => {
      const found = new Set([...html(path).matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!))
      for (const file of found)
        for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) found.add(join(dirname(file), m[1]!))
      return [...found]
    }
    const allowed = new Set(locales.flatMap((l) => [...scriptsOf(`/${l}/search/`), ...scriptsOf(`/${l}/glossary/`)]))
    expect(filesUnder(dist).filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/') && !allowed.has(f))).toEqual([])
    for (const l of locales)
      expect(scriptsOf(`/${l}/glossary/`).reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0)).toBeLessThan(3_000)
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
