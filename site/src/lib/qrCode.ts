/** A QR code of a page's address as an SVG file (node-qrcode), for partners' printed material and slides. */
import QRCode from 'qrcode'

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })
  // A title, so the file says what it holds when opened on its own.
  return svg.replace(
    /^<svg([^>]*)>/,
    (_, attributes: string) => `<svg${attributes} role="img"><title>${url.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`,
  )
}
