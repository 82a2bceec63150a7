/** A partner's Wikidata item (`Q1490`): its page, linked from the partner's profile and given as `sameAs` in JSON-LD, so others can join the data. */
export const wikidataUrl = (id: string) => `https://www.wikidata.org/wiki/${id}`
