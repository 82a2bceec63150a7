/**
 * The spreadsheet check speaks English (content/sheet/, read in a terminal by the command line); the import page and
 * its endpoint answer staff in their language. Each reason as content/sheet/ (and the bundle's checks it reuses)
 * words it, with its Thai; the schema's own rules are Thai in ./schemaMessages.ts.
 */
import type { SheetProblem } from '../../content/sheet/problems.ts'
import { localizeSchemaMessage } from './schemaMessages.ts'

type Thai = string | ((...groups: string[]) => string)

const excelCsv = 'กรุณาเปิดใน Excel แล้วบันทึกเป็น "CSV UTF-8 (comma delimited)"'
const excelXlsx = 'กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น "Excel Workbook (.xlsx)"'
/** What a library said about a damaged file, kept as it said it for whoever looks into it. */
const technical = (detail: string) => `(รายละเอียดทางเทคนิค: ${detail})`

const thai: [RegExp, Thai][] = [
  // Reading the file (content/sheet/read.ts)
  [/^is empty$/, 'เป็นไฟล์ว่าง ไม่มีข้อมูล'],
  [/^is ([\d,]+) bytes; a spreadsheet may be at most ([\d,]+) bytes: split it$/, 'มีขนาด $1 ไบต์ ไฟล์ตารางต้องไม่เกิน $2 ไบต์ กรุณาแบ่งเป็นหลายไฟล์'],
  [
    /^is an Excel 97-2003 workbook \(\.xls\) or a password-protected one: .*$/,
    'เป็นไฟล์ Excel รุ่นเก่า (.xls) หรือไฟล์ที่ตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วบันทึกเป็น "Excel Workbook (.xlsx)" โดยไม่ตั้งรหัสผ่าน หรือบันทึกเป็น "CSV UTF-8"',
  ],
  [/^is not an XLSX workbook \(its content is not a zip file\): .*$/, `ชื่อไฟล์เป็น .xlsx แต่เนื้อไฟล์ไม่ใช่ไฟล์ Excel ${excelXlsx}`],
  [
    /^does not say which collection it holds: .*$/,
    'ไม่ได้บอกว่าเป็นข้อมูลประเภทใด กรุณาตั้งชื่อไฟล์ตามประเภท (agreements.csv, activities.csv, organizations.csv ...) หรือเลือกประเภทในช่อง "ไฟล์ CSV นี้เป็นข้อมูลประเภท"',
  ],
  [/^is UTF-16 text .*$/, `เป็นข้อความแบบ UTF-16 ("Unicode Text" ของ Excel) ${excelCsv}`],
  [/^is not a text file \(it holds NUL bytes\).*$/, 'ไม่ใช่ไฟล์ข้อความ กรุณาอัปโหลดไฟล์ที่บันทึกเป็น "CSV UTF-8 (comma delimited)" หรือไฟล์ .xlsx'],
  [
    /^is not UTF-8 text \(line (\d+) holds .*$/,
    `ไม่ใช่ข้อความแบบ UTF-8: บรรทัดที่ $1 มีอักขระที่อ่านไม่ได้ (ไฟล์ "CSV" ธรรมดาของ Excel บันทึกภาษาไทยเป็นรหัส Windows-874) ${excelCsv}`,
  ],
  [/^row (\d+) has ([\d,]+) columns; a sheet may have at most ([\d,]+)$/, 'แถวที่ $1 มี $2 คอลัมน์ แผ่นงานหนึ่งมีได้ไม่เกิน $3 คอลัมน์'],
  [/^has more than ([\d,]+) rows: split it into several files$/, 'มีเกิน $1 แถว กรุณาแบ่งเป็นหลายไฟล์'],
  [/^row near line (\S+) is longer than ([\d,]+) characters$/, 'แถวใกล้บรรทัดที่ $1 ยาวเกิน $2 ตัวอักษร'],
  [
    /^is not valid CSV near line (\S+): (.*)$/s,
    (_, line, detail) =>
      `ไม่ใช่ไฟล์ CSV ที่ถูกต้อง ตรงบริเวณบรรทัดที่ ${line}${/quote/i.test(detail!) ? ' เครื่องหมายคำพูด (") ไม่ครบคู่หรืออยู่ผิดที่' : ''} ${excelCsv} ${technical(detail!)}`,
  ],
  [/^holds ([\d,]+) characters; a cell may hold at most ([\d,]+)$/, 'มี $1 ตัวอักษร ช่องหนึ่งใส่ได้ไม่เกิน $2 ตัวอักษร'],
  [/^must be the header: .*, and it is empty$/, 'ต้องเป็นแถวหัวตาราง คือชื่อคอลัมน์ (slug, title_th, ...) แต่แถวนี้ว่าง'],
  [/^could not be read as an XLSX workbook \((.*)\): save it again .*$/s, (_, detail) => `เปิดเป็นไฟล์ Excel ไม่ได้ ${excelXlsx} ${technical(detail!)}`],
  [/^is not named after a collection: .*$/, 'ชื่อแผ่นงานไม่ตรงกับประเภทข้อมูลใด กรุณาตั้งชื่อแผ่นงานตามประเภทที่เก็บ (agreements, activities, organizations ...)'],
  [/^holds (\w+), as (.+) does: put all \1 in one sheet$/, 'เก็บข้อมูล $1 ซ้ำกับแผ่นงาน $2 กรุณารวม $1 ทั้งหมดไว้ในแผ่นงานเดียว'],
  [/^has ([\d,]+) columns; a sheet may have at most ([\d,]+)$/, 'มี $1 คอลัมน์ แผ่นงานหนึ่งมีได้ไม่เกิน $2 คอลัมน์'],
  [/^has ([\d,]+) rows; a sheet may have at most ([\d,]+): split it$/, 'มี $1 แถว แผ่นงานหนึ่งมีได้ไม่เกิน $2 แถว กรุณาแบ่งเป็นหลายแผ่นงานหรือหลายไฟล์'],
  [/^holds the Excel error (\S+): fix the cell or leave it empty$/, 'มีค่าผิดพลาดของ Excel ($1) กรุณาแก้ช่องนี้หรือปล่อยว่าง'],
  [/^has no sheet named after a collection$/, 'ไม่มีแผ่นงานที่ตั้งชื่อตามประเภทข้อมูล (agreements, activities, organizations ...)'],
  [
    /^is not a valid XLSX workbook \(a damaged zip file: (.*)\): save it again in Excel$/s,
    (_, detail) => `ไฟล์ Excel เสียหาย ${excelXlsx} ${technical(detail!)}`,
  ],
  [/^is not a valid XLSX workbook \((.*)\)$/s, (_, detail) => `ไฟล์ Excel เสียหาย ${excelXlsx} ${technical(detail!)}`],
  [/^holds ([\d,]+) parts; .*$/, 'มีส่วนประกอบภายใน $1 ส่วน มากผิดปกติ (ไฟล์ Excel ทั่วไปมีไม่กี่สิบส่วน) ระบบจึงไม่เปิดไฟล์นี้'],
  [/^unzips to more than ([\d,]+) bytes: .*$/, 'เมื่อคลายไฟล์แล้วมีขนาดเกิน $1 ไบต์ ไม่ใช่ไฟล์ตารางขนาดปกติ หรือเป็นไฟล์ที่สร้างมาเพื่อทำให้ระบบล่ม (zip bomb) ระบบจึงไม่เปิดไฟล์นี้'],
  [/^(.+): a hidden sheet that names no collection, passed over$/, '$1: แผ่นงานที่ซ่อนไว้และไม่ได้ตั้งชื่อตามประเภทข้อมูล ข้ามไป'],

  // Reading the header (content/sheet/layout.ts)
  [/^is in every language: name its columns (.*)$/, 'มีได้ทุกภาษา กรุณาตั้งชื่อคอลัมน์แยกตามภาษา: $1'],
  [/^names the language "(.*)", which is not one of (.*) \(Chinese is zh, Simplified\)$/, 'ระบุภาษา "$1" ซึ่งไม่ใช่ภาษาของระบบ ใช้ได้เฉพาะ $2 (ภาษาจีนใช้ zh คือจีนตัวย่อ)'],
  [/^numbers items from 1 .*$/, 'ลำดับรายการเริ่มที่ 1 (documents.1.file คือไฟล์ของเอกสารแรก)'],
  [/^is not a column: items of (\S+) are numbered columns such as (\S+)$/, 'ไม่ใช่ชื่อคอลัมน์ที่ใช้ได้ รายการของ $1 ใส่เป็นคอลัมน์ที่มีลำดับ เช่น $2'],
  [
    /^holds "(tab|;)": .*$/,
    (_, separator) =>
      `มี${separator === 'tab' ? 'แท็บ' : 'เครื่องหมาย ; '}อยู่ในชื่อคอลัมน์ แสดงว่าไฟล์ใช้${separator === 'tab' ? 'แท็บ' : 'เครื่องหมายนี้'}คั่นคอลัมน์ ${excelCsv} ซึ่งคั่นด้วยจุลภาค (,)`,
  ],
  [/^is not a column of (\w+) \(.*\)$/, 'ไม่ใช่คอลัมน์ของข้อมูลประเภท $1 (ดูชื่อคอลัมน์ที่ใช้ได้ท้ายหน้านำเข้า)'],

  // Checking the rows (content/sheet/check.ts)
  [/^is required: the slug names the entry the row is .*$/, 'ต้องกรอก slug ซึ่งเป็นชื่อประจำรายการของแถวนี้ เช่น bangkok-fukuoka-mou'],
  [
    /^repeats "(.*)" of (?:(.+), )?row (\d+): one row per entry$/,
    (_, slug, sheet, row) => `slug "${slug}" ซ้ำกับแถวที่ ${row}${sheet ? ` ของ ${sheet}` : ''} รายการหนึ่งมีได้แถวเดียว`,
  ],
  [/^has a value, but its column has no header: .*$/, 'มีค่า แต่คอลัมน์นี้ไม่มีชื่อ กรุณาตั้งชื่อคอลัมน์ในแถวที่ 1 หรือลบค่าออก'],
  [/^repeats the column ([A-Z]+): each column once$/, 'ซ้ำกับคอลัมน์ $1 แต่ละคอลัมน์มีได้ครั้งเดียว'],
  [/^has a value beyond the last column of the header$/, 'มีค่าอยู่เลยคอลัมน์สุดท้ายที่มีชื่อ กรุณาลบค่าออกหรือตั้งชื่อคอลัมน์ในแถวที่ 1'],
  [/^has no slug column: .*$/, 'ไม่มีคอลัมน์ slug ทุกแถวต้องมี slug ซึ่งเป็นชื่อประจำรายการ'],
  [/^names (\d+) items and (\S+) names (\d+): .*$/, 'มี $1 รายการ แต่ $2 มี $3 รายการ กรุณาใส่รายการเดียวกันในทุกภาษา เรียงลำดับเดียวกัน'],
  [/^must be a number, e\.g\. 13\.7563 \(it is "(.*)"\)$/s, 'ต้องเป็นตัวเลข ใช้จุดเป็นทศนิยม เช่น 13.7563 (ช่องนี้เป็น "$1")'],
  [/^must be TRUE or FALSE \(it is "(.*)"\)$/s, 'ต้องเป็น TRUE (ใช่) หรือ FALSE (ไม่ใช่) (ช่องนี้เป็น "$1")'],
  [/^(.+) has a year of the Buddhist era \((\d+) BE is (\d+) CE\): .*$/, '$1 เป็นปีพุทธศักราช (พ.ศ. $2 คือ ค.ศ. $3) กรุณาใส่วันที่เป็นปีคริสต์ศักราช แบบ ปี-เดือน-วัน'],
  [/^names media\/(.+), which is neither .*$/, 'ระบุไฟล์ media/$1 ซึ่งไม่มีทั้งในโฟลเดอร์สื่อที่ส่งมาพร้อมไฟล์ตารางและในคลังสื่อของระบบ'],

  // Who may change what (cms/bundle/importSheet.ts)
  [/^is a new entry of (\w+), and you may not create \1$/, 'เป็นรายการใหม่ของ $1 แต่คุณไม่มีสิทธิ์สร้างข้อมูลประเภทนี้'],
  [/^names an entry you may not change: .*$/, 'เป็นรายการที่คุณไม่มีสิทธิ์แก้ไข รายการแบบ "เฉพาะผู้มีรายชื่อ" แก้ไขได้เฉพาะผู้ดูแลระบบและเจ้าหน้าที่ที่มีชื่อเป็นผู้อ่านของรายการนั้น'],

  // The bundle's own checks (content/bundle.ts)
  [/^is required$/, 'ต้องกรอก'],
  [/^is "(.*)", which is not one of: (.*)$/s, 'เป็น "$1" ซึ่งไม่ใช่ค่าที่ใช้ได้ ใช้ได้เฉพาะ: $2'],
  [/^has unknown fields? (.*)$/, 'มีช่องที่ระบบไม่รู้จัก: $1'],
  [/^refers to (\w+)\/, but may only refer to (.*)$/, (_, collection, to) => `อ้างถึง ${collection}/ แต่ช่องนี้อ้างถึงได้เฉพาะ ${either(to!)}`],
  [/^refers to "(.*)", which is not in (\w+)\/$/, 'อ้างถึง "$1" ซึ่งไม่มีใน $2/'],
]

/** What the check adds around a reason: an item of a list cell first, where the value came from last. */
const prefixes: [RegExp, Thai][] = [[/^item (\d+) /, 'รายการที่ $1: ']]
const suffixes: [RegExp, Thai][] = [
  [/ \(as the CMS holds it; the sheet has no column ([^)]+)\)$/, ' (ตามข้อมูลที่มีอยู่ในระบบ เพราะไฟล์ไม่มีคอลัมน์ $1)'],
  [/ \(the sheet has no column ([^)]+)\)$/, ' (ไฟล์ไม่มีคอลัมน์ $1)'],
  [/ \(neither in the CMS nor in this spreadsheet\)$/, ' (ไม่มีทั้งในระบบและในไฟล์นี้)'],
]

/** A list the check joins with "or" (`cities/ or organizations/`), joined in Thai. */
const either = (list: string) => list.split(' or ').join(' หรือ ')

const replace = (text: string, pattern: RegExp, by: Thai) =>
  typeof by === 'string' ? text.replace(pattern, by) : text.replace(pattern, (...match: string[]) => by(...match.slice(0, -2)))

/** A reason of a spreadsheet problem (or a note) in the admin's language: Thai where the tables have it. */
export function localizeSheetReason(reason: string, language: string | undefined): string {
  if (language !== 'th') return reason
  let core = reason
  let before = ''
  let after = ''
  for (const [pattern, by] of prefixes) {
    const found = pattern.exec(core)
    if (found) {
      before = replace(found[0], pattern, by)
      core = core.slice(found[0].length)
    }
  }
  for (const [pattern, by] of suffixes) {
    const found = pattern.exec(core)
    if (found) {
      after = replace(found[0], pattern, by)
      core = core.slice(0, found.index)
      break
    }
  }
  const rule = thai.find(([pattern]) => pattern.test(core))
  return `${before}${rule ? replace(core, rule[0], rule[1]) : schemaRule(core)}${after}`
}

/** A rule of the content schema, as ./schemaMessages.ts words it in Thai (zod's own wording as the bundle check reads it). */
function schemaRule(message: string): string {
  const asZod = message.replace(/^is invalid: /, 'Invalid input: ')
  const words = localizeSchemaMessage(asZod, 'th')
  return words === asZod ? message : words
}

/** A problem with its reason in the admin's language. */
export const localizeSheetProblem = (problem: SheetProblem, language: string | undefined): SheetProblem => ({
  ...problem,
  reason: localizeSheetReason(problem.reason, language),
})
