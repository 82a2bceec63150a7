/**
 * The content schema speaks English (the bundle's checks are read in a terminal); in the admin the same rules speak
 * the user's language. Each rule's message, as the schema words it, with its Thai.
 */
const kinds: Record<string, string> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  array: 'รายการ',
  object: 'ชุดข้อมูล',
  boolean: 'ใช่หรือไม่ใช่',
  undefined: 'ค่าว่าง',
  null: 'ค่าว่าง',
}
const kind = (name: string) => kinds[name] ?? name

const thai: [RegExp, string | ((...groups: string[]) => string)][] = [
  // zod's own wording, for a value of the wrong kind (a list where a text belongs ...).
  [/^Invalid input: expected (\w+), received (\w+)$/, (_, expected, received) => `ข้อมูลผิดชนิด: ต้องเป็น${kind(expected!)} แต่ได้รับ${kind(received!)}`],
  [/^must be lowercase ASCII words joined by hyphens, e\.g\. "sister-city"$/, 'ต้องเป็นคำภาษาอังกฤษตัวพิมพ์เล็ก คั่นด้วยขีด (-) เช่น "sister-city"'],
  [/^must be at most (\d+) characters$/, 'ต้องยาวไม่เกิน $1 ตัวอักษร'],
  [/^must be an ISO date: YYYY-MM-DD \(or YYYY-MM, YYYY\)$/, 'ต้องเป็นวันที่แบบ ปี ค.ศ.-เดือน-วัน เช่น 2026-03-14 (หรือเฉพาะปีกับเดือน 2026-03 หรือเฉพาะปี 2026)'],
  [/^must be an ISO date or date-time, e\.g\. (.+)$/, 'ต้องเป็นวันที่ หรือวันที่และเวลา เช่น $1'],
  [/^must be an ISO 3166-1 alpha-2 code in capitals, e\.g\. "JP"$/, 'ต้องเป็นรหัสประเทศ 2 ตัวอักษรพิมพ์ใหญ่ เช่น "JP" (ญี่ปุ่น)'],
  [/^is not an ISO 3166-1 country code$/, 'ไม่ใช่รหัสประเทศที่มีอยู่จริง'],
  [/^must be a BCP 47 language tag, e\.g\. "ja" or "zh-Hans"$/, 'ต้องเป็นรหัสภาษา เช่น "th", "ja" หรือ "zh-Hans"'],
  [/^must be an http\(s\) URL$/, 'ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://'],
  [/^must be a Wikidata item id, e\.g\. "Q1861"$/, 'ต้องเป็นรหัสรายการ Wikidata เช่น "Q1861"'],
  [/^must not be empty$/, 'ต้องไม่เว้นว่าง'],
  [/^is before the signing date \((.+)\)$/, 'อยู่ก่อนวันที่ลงนาม ($1)'],
  [/^is before the start \((.+)\)$/, 'อยู่ก่อนวันเริ่ม ($1)'],
  [/^is restricted, but the agreement is not: .*$/, 'เอกสารเป็นแบบ "เฉพาะผู้มีรายชื่อ" แต่ความตกลงไม่ใช่ เอกสารแบบนี้ต้องอยู่ในความตกลงแบบ "เฉพาะผู้มีรายชื่อ" ซึ่งระบุชื่อผู้อ่านไว้'],
  [/^Each entry is "\{collection\}\/\{slug\}", e\.g\. "cities\/citynet"\.$/, 'แต่ละรายการต้องเป็น "{ประเภท}/{slug}" เช่น "cities/citynet"'],
  [/^must be "\{collection\}\/\{slug\}", e\.g\. "cities\/citynet"$/, 'ต้องเป็น "{ประเภท}/{slug}" เช่น "cities/citynet"'],
  [
    /^must be a reference "\{collection\}\/\{slug\}" to (.+)$/,
    (_, to) => `ต้องเป็นชื่ออ้างอิงแบบ "{ประเภท}/{slug}" ของ ${to!.split(' or ').join(' หรือ ')} เช่น "cities/fukuoka"`,
  ],
  [/^must name at least one partner$/, 'ต้องระบุคู่ภาคีอย่างน้อยหนึ่งราย'],
  [/^must be a file path under media\/, e\.g\. "(.+)"$/, 'ต้องเป็นที่อยู่ไฟล์ในโฟลเดอร์ media/ เช่น "$1"'],
  [/^must not leave the media folder$/, 'ต้องไม่ชี้ออกนอกโฟลเดอร์ media/'],
  [/^must have at most (\d+) items$/, 'มีได้ไม่เกิน $1 รายการ'],
  [/^has unknown locale (.+) \(allowed: (.+)\)$/, 'มีภาษาที่ระบบไม่รู้จัก $1 (ใช้ได้เฉพาะ $2)'],
]

/** A schema message in the admin's language: Thai where the table has it, otherwise as the schema words it. */
export function localizeSchemaMessage(message: string, language: string | undefined): string {
  if (language !== 'th') return message
  for (const [pattern, text] of thai)
    if (pattern.test(message)) return typeof text === 'string' ? message.replace(pattern, text) : message.replace(pattern, text)
  return message
}
