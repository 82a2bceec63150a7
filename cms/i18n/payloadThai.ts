/**
 * Payload's own words in Thai where its Thai translations leave English (the navigation's "Collections", the account's
 * "API Key" ...) or say it unclearly for this office. Merged over Payload's Thai as custom translations
 * (tests/unit/adminLabels.test.ts holds every one of Payload's words to Thai text).
 */
export const payloadThai = {
  general: {
    // The heading over the navigation's list of what the admin holds (glossary, partners, news, users, deploys ...).
    collections: 'ข้อมูลในระบบ',
    globals: 'ข้อมูลส่วนกลาง',
    deletedCountSuccessfully: 'ลบ {{label}} {{count}} รายการเรียบร้อยแล้ว',
    // Payload's Thai calls the content language a "location" (ตำแหน่งที่ตั้ง): here it is the language of the content.
    locale: 'ภาษาของเนื้อหา',
    fallbackToDefaultLocale: 'ใช้ภาษาไทยแทนเมื่อยังไม่มีคำแปล',
    cannotCopySameLocale: 'คัดลอกไปยังภาษาเดียวกันไม่ได้',
    selectedLocales: 'ภาษาที่เลือก',
  },
  // An API key is a กุญแจ API, as in the project's own messages (adminOnlyChanges).
  authentication: {
    apiKey: 'กุญแจ API',
    enableAPIKey: 'เปิดใช้กุญแจ API',
    generateNewAPIKey: 'สร้างกุญแจ API',
    generatingNewAPIKeyWillInvalidate: 'การสร้างกุญแจ API ใหม่จะ<1>ยกเลิก</1>กุญแจเดิม ต้องการดำเนินการต่อหรือไม่',
    newAPIKeyGenerated: 'สร้างกุญแจ API ใหม่แล้ว',
  },
  fields: {
    block: 'บล็อก',
    blocks: 'บล็อก',
    blockType: 'ประเภทบล็อก',
  },
}
