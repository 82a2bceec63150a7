/** What the spreadsheet import page says, in the admin's two languages. */
export const sheetImportStrings = {
  en: {
    title: 'Import from a spreadsheet',
    intro:
      'A CSV file holds one collection (name it agreements.csv, activities.csv, ... or choose below); an XLSX workbook holds one sheet per collection, each named after it. Row 1 names the columns: slug, title_th, title_en, ... (the columns of each collection are listed below). Every row is checked first; nothing is written unless every row is right. A row whose slug is already in the CMS updates that entry: columns the sheet does not have are left as they are.',
    file: 'Spreadsheet (CSV or XLSX)',
    collection: 'Collection of a CSV file',
    fromName: 'as its file name says',
    check: 'Check',
    checking: 'Checking ...',
    import: (n: number) => `Import ${n} row${n === 1 ? '' : 's'}`,
    importing: 'Importing ...',
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'}: nothing was imported. Correct the spreadsheet and check it again.`,
    clean: (create: number, update: number, unchanged: number) => `No problems. ${create} to create, ${update} to update, ${unchanged} unchanged.`,
    done: (created: number, updated: number, unchanged: number) => `Imported: ${created} created, ${updated} updated, ${unchanged} unchanged.`,
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    entry: 'Entry',
    action: 'Action',
    actions: { create: 'create', update: 'update', unchanged: 'unchanged' },
    notAllowed: 'Only editors and admins may import spreadsheets.',
    columns: 'Columns of each sheet',
    columnsIntro:
      '{lang} stands for each language: th, en, zh, ja, ko (title_th, title_en, ...); {n} for the number of an item, from 1 (documents.1.file, documents.2.file). Lists in one cell are separated by ";". staff columns are internal and never public.',
    holds: 'Holds',
    required: 'Required',
    failed: 'The import failed:',
  },
  th: {
    title: 'นำเข้าข้อมูลจากตาราง (สเปรดชีต)',
    intro:
      'ไฟล์ CSV หนึ่งไฟล์เก็บข้อมูลหนึ่งชุด (ตั้งชื่อไฟล์เป็น agreements.csv, activities.csv ... หรือเลือกด้านล่าง) ไฟล์ XLSX เก็บได้หลายชุด แผ่นงานละหนึ่งชุด ตั้งชื่อแผ่นงานตามชื่อชุดข้อมูล แถวที่ 1 คือชื่อคอลัมน์ เช่น slug, title_th, title_en ... (ดูคอลัมน์ของแต่ละชุดข้อมูลได้ด้านล่าง) ระบบตรวจทุกแถวก่อน และจะไม่บันทึกสิ่งใดเลยหากมีแถวที่ไม่ถูกต้อง แถวที่มี slug ซ้ำกับข้อมูลในระบบจะปรับปรุงข้อมูลนั้น คอลัมน์ที่ไม่มีในไฟล์จะคงค่าเดิมไว้',
    file: 'ไฟล์ตาราง (CSV หรือ XLSX)',
    collection: 'ชุดข้อมูลของไฟล์ CSV',
    fromName: 'ตามชื่อไฟล์',
    check: 'ตรวจสอบ',
    checking: 'กำลังตรวจสอบ ...',
    import: (n: number) => `นำเข้า ${n} แถว`,
    importing: 'กำลังนำเข้า ...',
    problems: (n: number) => `พบปัญหา ${n} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ โปรดแก้ไขไฟล์แล้วตรวจสอบอีกครั้ง`,
    clean: (create: number, update: number, unchanged: number) => `ไม่พบปัญหา สร้างใหม่ ${create} ปรับปรุง ${update} ไม่เปลี่ยนแปลง ${unchanged}`,
    done: (created: number, updated: number, unchanged: number) => `นำเข้าแล้ว: สร้างใหม่ ${created} ปรับปรุง ${updated} ไม่เปลี่ยนแปลง ${unchanged}`,
    sheet: 'แผ่นงาน',
    row: 'แถว',
    column: 'คอลัมน์',
    problem: 'ปัญหา',
    entry: 'รายการ',
    action: 'ผลการนำเข้า',
    actions: { create: 'สร้างใหม่', update: 'ปรับปรุง', unchanged: 'ไม่เปลี่ยนแปลง' },
    notAllowed: 'เฉพาะบรรณาธิการและผู้ดูแลระบบเท่านั้นที่นำเข้าข้อมูลจากตารางได้',
    columns: 'คอลัมน์ของแต่ละแผ่นงาน',
    columnsIntro:
      '{lang} แทนรหัสภาษา th, en, zh, ja, ko (เช่น title_th, title_en ...) และ {n} แทนลำดับของรายการ เริ่มที่ 1 (documents.1.file, documents.2.file) รายการหลายค่าในช่องเดียวคั่นด้วย ";" คอลัมน์ที่ระบุว่า staff เป็นข้อมูลภายใน ไม่เผยแพร่ต่อสาธารณะ',
    holds: 'ข้อมูลที่ใส่',
    required: 'จำเป็น',
    failed: 'การนำเข้าล้มเหลว:',
  },
}

export type SheetImportStrings = (typeof sheetImportStrings)['en']
export const stringsFor = (language: string): SheetImportStrings => (language === 'th' ? sheetImportStrings.th : sheetImportStrings.en)
