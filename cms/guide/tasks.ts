/**
 * The illustrated guide's content: the everyday tasks of the office, step by step, in Thai and English. Each task's
 * picture is a screenshot of the real admin (`cms/public/guide/{id}.png`, made by `npm run guide:screenshots`).
 */
type Words = { th: string; en: string }

export interface GuideTask {
  id: string
  title: Words
  steps: { th: string[]; en: string[] }
}

export const guideTasks: GuideTask[] = [
  {
    id: 'add-term',
    title: { th: 'เพิ่มคำศัพท์ใหม่', en: 'Add a glossary term' },
    steps: {
      th: [
        'เลือก "อภิธานศัพท์" ที่เมนูด้านซ้าย แล้วกดปุ่ม "สร้างใหม่"',
        'ตรวจว่าภาษาที่มุมขวาบนเป็น "ไทย" รายการใหม่ต้องสร้างเป็นภาษาไทยก่อนเสมอ',
        'กรอก "คำศัพท์" และ "ความหมาย" และตั้ง "ชื่อในที่อยู่เว็บ (slug)" เป็นคำภาษาอังกฤษตัวเล็ก เช่น sister-city',
        'กด "บันทึกฉบับร่าง" เพื่อเก็บไว้ก่อน หรือ "เผยแพร่" เมื่อพร้อมขึ้นเว็บไซต์',
      ],
      en: [
        'Choose "Glossary" in the menu on the left, then "Create new".',
        'Check that the language at the top right is "ไทย" (Thai): every new entry is written in Thai first.',
        'Fill in "Term" and "Definition" and set the "slug", lowercase English words such as sister-city.',
        'Press "Save draft" to keep it for later, or "Publish" when it is ready for the website.',
      ],
    },
  },
  {
    id: 'translate',
    title: { th: 'แปลรายการเป็นภาษาอื่น', en: 'Translate an entry' },
    steps: {
      th: [
        'เปิดเมนู "งานแปล" จะเห็นรายการที่ยังไม่แปลหรือต้นฉบับภาษาไทยเปลี่ยนไป เรียงจากรายการที่รอนานที่สุด',
        'คลิกชื่อรายการ ระบบจะเปิดรายการนั้นในภาษาที่ต้องแปล',
        'ข้างแต่ละช่องมีกรอบ "ต้นฉบับภาษาไทย" ให้ดู ถ้าต้นฉบับเปลี่ยน กรอบจะแสดงคำที่เพิ่ม (ขีดเส้นใต้) และคำที่ลบ (ขีดฆ่า)',
        'แปลให้ครบแล้วกด "บันทึกฉบับร่าง" บรรณาธิการจะเป็นผู้เผยแพร่ เพื่อนร่วมงานอีกคนกด "ยืนยันว่าตรวจคำแปลแล้ว" ได้',
      ],
      en: [
        'Open "Translations" in the menu: the entries not yet translated or whose Thai has changed, the longest waiting first.',
        'Click an entry: it opens in the language to translate.',
        'Beside each field is the "Thai source"; when the Thai has changed, it shows the words added (underlined) and removed (struck through).',
        'Translate every field and press "Save draft"; an editor publishes. A second colleague can "Confirm the translation is reviewed".',
      ],
    },
  },
  {
    id: 'publish',
    title: { th: 'เผยแพร่ขึ้นเว็บไซต์', en: 'Publish to the website' },
    steps: {
      th: [
        'เปิดรายการที่ต้องการ (บรรณาธิการเท่านั้นที่เผยแพร่ได้)',
        'กด "เผยแพร่การแก้ไข" ที่มุมขวาบน หรือเลือกวันเวลาเผยแพร่ล่วงหน้าจากลูกศรข้างปุ่ม',
        'ระบบสร้างเว็บไซต์ใหม่ให้เองภายในไม่กี่นาที ดูความคืบหน้าได้ที่หน้าแรก หัวข้อ "การเผยแพร่เว็บไซต์ล่าสุด"',
      ],
      en: [
        'Open the entry (only editors publish).',
        'Press "Publish changes" at the top right, or pick a date and time to publish later from the arrow beside it.',
        'The site rebuilds by itself within minutes; follow it on the home page under "Latest site deploys".',
      ],
    },
  },
  {
    id: 'agreement-pdf',
    title: { th: 'แนบไฟล์ PDF ของความตกลง', en: 'Attach an agreement PDF' },
    steps: {
      th: [
        'เปิด "ความตกลงและบันทึกความเข้าใจ" แล้วเลือกความตกลง',
        'ที่หัวข้อ "เอกสารที่ลงนาม" กด "เพิ่ม เอกสาร" แล้วเลือก "สร้างใหม่" เพื่ออัปโหลดไฟล์ PDF หรือเลือกไฟล์ที่มีอยู่แล้ว',
        'กรอก "ภาษาของเอกสาร" (เช่น th, ja) และเลือก "ผู้มีสิทธิ์เห็นเอกสาร" เอกสารที่ไม่ใช่ "ทุกคน" จะไม่ขึ้นเว็บไซต์',
        'กด "บันทึกร่าง" หรือ "เผยแพร่การแก้ไข"',
      ],
      en: [
        'Open "Agreements" and choose the agreement.',
        'Under "Signed documents" press "Add Document", then "Create new" to upload the PDF, or choose a file already uploaded.',
        'Fill in "Language of the document" (th, ja ...) and choose "Who may see the document": documents not for everyone never reach the website.',
        'Press "Save draft" or "Publish changes".',
      ],
    },
  },
  {
    id: 'record-visit',
    title: { th: 'บันทึกการเยือน', en: 'Record a visit' },
    steps: {
      th: [
        'เปิด "กิจกรรมความร่วมมือ" แล้วกด "สร้างใหม่"',
        'เลือก "ประเภท" เป็น "คณะจากต่างประเทศเยือนกรุงเทพฯ" หรือ "คณะกรุงเทพฯ เยือนต่างประเทศ" และกรอก "วันเริ่ม"',
        'เลือก "คู่ความร่วมมือ" (เมืองหรือองค์กร) และหน่วยงานของ กทม. ที่ร่วม',
        'รายชื่อคณะผู้แทนเป็นข้อมูลส่วนบุคคล ใช้ภายในกองเท่านั้น ไม่ขึ้นเว็บไซต์',
      ],
      en: [
        'Open "Activities" and press "Create new".',
        'Choose the "Kind", "Incoming visit" or "Outgoing visit", and fill in the "Start".',
        'Choose the "Partners" (cities or organisations) and the BMA units involved.',
        'The delegation’s names are personal data, for this office only: they never reach the website.',
      ],
    },
  },
  {
    id: 'deploy-failed',
    title: { th: 'ดูสาเหตุเมื่อเผยแพร่ไม่สำเร็จ', en: 'See why a deploy failed' },
    steps: {
      th: [
        'ที่หน้าแรก หัวข้อ "การเผยแพร่เว็บไซต์ล่าสุด" รายการที่ไม่สำเร็จจะแสดงสถานะ "ไม่สำเร็จ" พร้อมสาเหตุโดยย่อ',
        'คลิกรายการเพื่อเปิดหน้ารายละเอียด ช่อง "สาเหตุที่ไม่สำเร็จ" แสดงข้อความเต็มจากระบบ',
        'ส่งข้อความนั้นให้ผู้ดูแลระบบ เว็บไซต์เดิมยังออนไลน์อยู่ตามปกติจนกว่าจะเผยแพร่สำเร็จ',
      ],
      en: [
        'On the home page, under "Latest site deploys", a failed deploy shows "Failed" and a short reason.',
        'Click it to open the details: "Why it failed" holds the full message.',
        'Pass that message on to an administrator; the website stays as it was until a deploy succeeds.',
      ],
    },
  },
]
