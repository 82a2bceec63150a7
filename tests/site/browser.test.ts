/**
 * The fixture site in Debian Chromium: nothing from a script-injection bundle executes, axe-core reports no
 * violations on any page template in any language, the keyboard path (skip link, visible focus) works, the
 * glossary index's instant filter narrows the list as the reader types, and the organisation, agreement and
 * activity indexes filter without JavaScript.
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, locales, serve } from '../support/site.ts'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let server: Awaited<ReturnType<typeof serve>>
let browser: Browser
let page: Page

beforeAll(async () => {
  server = await serve(inject('fixtureSite'))
  browser = await launchChromium()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('script injection', () => {
  it('runs nothing from content on any page that shows it', async () => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const pwned: string[] = []
    for (const lang of locales) {
      for (const path of [
        'glossary/script-test/',
        'cities/xss-city/',
        'news/injection-news/',
        'agreements/injection-agreement/',
        'activities/injection-activity/',
        'glossary/',
        'cities/',
        'organizations/',
        'agreements/',
        'activities/',
        'news/',
        '',
      ]) {
        const url = `${server.origin}/${lang}/${path}`
        await page.goto(url, { waitUntil: 'load' })
        await page.hover('h1').catch(() => {})
        if (await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined)) pwned.push(url)
      }
    }
    expect(pwned).toEqual([])
    expect(dialogs).toEqual([])
  })
})

describe('accessibility', () => {
  const templates = [
    '',
    'glossary/',
    'glossary/sister-city/',
    'glossary/smart-city/',
    'cities/',
    'cities/fukuoka/',
    'cities/moscow/',
    'organizations/',
    'organizations/citynet/',
    'organizations/embassy-of-japan/',
    'agreements/',
    'agreements/bangkok-fukuoka-sister-city/',
    'agreements/moscow-friendship/',
    'activities/',
    'activities/fukuoka-youth-exchange-2019/',
    'activities/embassy-courtesy-call/',
    'news/',
    'news/page/2/',
    'news/fukuoka-delegation-visit/',
    'search/',
    'open-data/',
    'accessibility/',
    '404/',
  ]
  it('has zero axe-core violations on every page template in every language, and loads nothing from another host', async () => {
    const report: string[] = []
    const elsewhere = new Set<string>()
    const record = (request: { url: () => string }) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin) elsewhere.add(request.url())
    }
    page.on('request', record)
    const urls = ['/', '/404.html', ...locales.flatMap((lang) => templates.map((t) => `/${lang}/${t}`))]
    for (const path of urls) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' })
      await page.addScriptTag({ path: axePath })
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe
        const result = await axe.run(document, { resultTypes: ['violations'] })
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        )
      })
      for (const v of violations) report.push(`${path} ${v}`)
    }
    page.off('request', record)
    expect(report).toEqual([])
    expect([...elsewhere]).toEqual([])
  }, 600_000) // over a hundred pages, each loaded and checked in turn

  it('offers a skip link first, shows focus, and moves the keyboard into the main content', async () => {
    await page.goto(`${server.origin}/en/glossary/sister-city/`, { waitUntil: 'load' })
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      return { href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), onScreen: box.left >= 0 && box.width > 0 }
    })
    expect(skip).toEqual({ href: '#main', outline: 'solid', width: 3, onScreen: true })
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')))
    expect(inMain).toBe(true)
    // The header links are reachable by keyboard and show a visible focus ring.
    await page.goto(`${server.origin}/en/`, { waitUntil: 'load' })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const brand = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
    }))
    expect(brand.outline).toBe('solid')
    expect(brand.text).toContain('International Affairs Office')
  })
})

describe('header and link kit', () => {
  it('opens the menu, search and languages without script on a phone, and shows the menu in the row on a wide screen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } })
    const plain = await context.newPage()
    await plain.goto(`${server.origin}/th/cities/fukuoka/`, { waitUntil: 'load' })
    const header = plain.locator('header.site')
    // One compact row: the header is no taller than its tallest button and the wordmark.
    expect((await header.boundingBox())!.height).toBeLessThan(80)
    expect(await plain.isVisible('header.site a[href="/th/organizations/"]')).toBe(false)
    await plain.locator('.menu > summary').click()
    expect(await plain.isVisible('header.site a[href="/th/organizations/"]')).toBe(true)
    await plain.locator('.langs > summary').click()
    await plain.locator('header.site a[hreflang="ja"]').click()
    await plain.waitForURL(`${server.origin}/ja/cities/fukuoka/`)
    await plain.locator('.search > summary').click()
    await plain.locator('#site-search').fill('姉妹都市')
    await plain.keyboard.press('Enter')
    await plain.waitForURL(/\/ja\/search\/\?q=/)
    await plain.setViewportSize({ width: 1280, height: 800 })
    await plain.goto(`${server.origin}/en/`, { waitUntil: 'load' })
    expect(await plain.isVisible('header.site a[href="/en/organizations/"]')).toBe(true)
    expect(await plain.isVisible('.menu > summary')).toBe(false)
    expect((await header.boundingBox())!.height).toBeLessThan(80)
    // The menu's links are in the keyboard's path: skip link, wordmark, then the first section.
    await plain.keyboard.press('Tab')
    await plain.keyboard.press('Tab')
    await plain.keyboard.press('Tab')
    expect(await plain.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/en/glossary/')
    await context.close()
  })

  it('offers the addresses to select without script, and copy buttons that copy where script runs', async () => {
    const plainContext = await browser.newContext({ javaScriptEnabled: false })
    const plain = await plainContext.newPage()
    await plain.goto(`${server.origin}/en/cities/fukuoka/`, { waitUntil: 'load' })
    expect(await plain.isVisible('button[data-copy="kit-url-ko"]')).toBe(false)
    expect(await plain.inputValue('#kit-url-ko')).toBe('https://international.bangkok.go.th/ko/cities/fukuoka/')
    await plainContext.close()
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
    const scripted = await context.newPage()
    await scripted.goto(`${server.origin}/en/cities/fukuoka/`, { waitUntil: 'load' })
    await scripted.locator('button[data-copy="kit-url-ko"]').click()
    await expect.poll(() => scripted.evaluate(() => navigator.clipboard.readText())).toBe('https://international.bangkok.go.th/ko/cities/fukuoka/')
    expect(await scripted.textContent('[data-copy-status]')).toBe('Copied')
    await scripted.locator('button[data-copy="kit-badge-ja"]').click()
    await expect
      .poll(() => scripted.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        /^<a href="https:\/\/international\.bangkok\.go\.th\/ja\/cities\/fukuoka\/"><img src="[^"]+\/badges\/ja\/cities\/fukuoka\.svg" width="\d+" height="56" alt="[^"]+"><\/a>$/,
      )
    // The QR code and the badges are files of this host that the browser can show.
    for (const src of await scripted.$$eval('.kit img', (imgs) => imgs.map((img) => (img as HTMLImageElement).src))) {
      const response = await scripted.request.get(src)
      expect(response.headers()['content-type']).toBe('image/svg+xml')
    }
    await context.close()
  })
})

describe('glossary instant filter', () => {
  const visibleTerms = () => page.$$eval('.terms li:not([hidden]) a', (links) => links.map((a) => a.textContent?.trim()))

  it('narrows the A-Z list as the reader types, folding case, width and spaces, and says how many are left', async () => {
    await page.goto(`${server.origin}/en/glossary/`, { waitUntil: 'load' })
    const all = await visibleTerms()
    await page.locator('#term-filter').focus()
    await page.keyboard.type('CITY')
    expect((await visibleTerms()).sort()).toEqual(['City hall', 'Friendship city', 'Sister city'])
    expect(await page.textContent('[data-term-filter-status]')).toBe('3 terms')
    // Letter sections with no term left are hidden.
    expect(await page.$$eval('.glossary section:not([hidden]) h2', (h) => h.map((x) => x.textContent))).toEqual(['C', 'F', 'S'])
    await page.fill('#term-filter', 'ｓｉｓｔｅｒ ｃｉｔｙ')
    await page.dispatchEvent('#term-filter', 'input')
    expect(await visibleTerms()).toEqual(['Sister city'])
    await page.fill('#term-filter', '')
    await page.dispatchEvent('#term-filter', 'input')
    expect(await visibleTerms()).toEqual(all)
    expect(await page.textContent('[data-term-filter-status]')).toBe('')
  })

  it('is hidden where JavaScript does not run, in the place it takes where it does: the list never moves', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${server.origin}/en/glossary/`, { waitUntil: 'load' })
    expect(await plain.isVisible('[data-term-filter]')).toBe(false)
    expect(await plain.$$eval('.terms li', (items) => items.length)).toBeGreaterThan(0)
    await page.goto(`${server.origin}/en/glossary/`, { waitUntil: 'load' })
    await page.locator('#term-filter').waitFor()
    const top = (p: Page) => p.locator('.jump').evaluate((jump) => jump.getBoundingClientRect().top)
    expect(await top(plain)).toBe(await top(page))
    await context.close()
  })
})

describe('record index filters', () => {
  /** The entries of an index a reader sees (by slug), and the year headings still shown. */
  const seen = (p: Page, segment: string) =>
    p.$$eval(`.records li a[href*="/${segment}/"]`, (links) =>
      links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!.split('/')[3]),
    )
  const headings = (p: Page) => p.$$eval('.records section h2', (hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent))

  it('narrows the agreements by state, partner country, sector and year, with JavaScript off, and shows all again', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${server.origin}/en/agreements/`, { waitUntil: 'load' })
    const all = await seen(plain, 'agreements')
    expect(all).toHaveLength(6)
    await plain.getByLabel('Expired').check()
    expect(await seen(plain, 'agreements')).toEqual(['fukuoka-youth-letter', 'moscow-friendship'])
    expect(await headings(plain)).toEqual(['2015', '1997'])
    // Filters add up: expired, with a partner in Japan.
    await plain.locator('#country-JP').check()
    expect(await seen(plain, 'agreements')).toEqual(['fukuoka-youth-letter'])
    await plain.locator('#status--all').check()
    await plain.locator('#country--all').check()
    await plain.locator('#sector-environment').check()
    expect(await seen(plain, 'agreements')).toEqual(['bangkok-fukuoka-sister-city', 'environment-network'])
    await plain.locator('#sector--all').check()
    await plain.locator('#year-2014').check()
    expect(await seen(plain, 'agreements')).toEqual(['citynet-training-mou'])
    await plain.locator('#year--all').check()
    expect(await seen(plain, 'agreements')).toEqual(all)
    await context.close()
  })

  it('narrows activities by year (an activity counts in every year it spans) and organisations by kind, by keyboard', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${server.origin}/ja/activities/`, { waitUntil: 'load' })
    await plain.locator('#kind-exchange-programme').check()
    expect(await seen(plain, 'activities')).toEqual(['fukuoka-youth-exchange-2019', 'moscow-culture-week'])
    await plain.locator('#country-RU').check()
    expect(await seen(plain, 'activities')).toEqual(['moscow-culture-week'])
    await plain.goto(`${server.origin}/th/organizations/`, { waitUntil: 'load' })
    // The kind radios are reached by Tab and moved along with the arrow keys, as any radio group.
    await plain.locator('#kind--all').focus()
    await plain.keyboard.press('ArrowRight')
    expect(await plain.evaluate(() => document.activeElement?.id)).toBe('kind-city-network')
    expect(await seen(plain, 'organizations')).toEqual(['citynet'])
    await plain.keyboard.press('ArrowRight')
    expect(await seen(plain, 'organizations')).toEqual(['embassy-of-japan'])
    expect(await headings(plain)).toEqual(['สถานเอกอัครราชทูต'])
    await context.close()
  })
})
