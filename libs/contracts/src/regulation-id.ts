/**
 * How the regulation index names a regulation (issue 12, item 5): its key in events, tables, URLs
 * and feeds. A Dutch law by its id in the Basiswettenbestand (`BWBR0024282`, wetten.overheid.nl);
 * an EU act, which has no BWB id, by its CELEX number behind `EU-` (`EU-32016R0679`, the GDPR).
 *
 * Why `EU-` and not EUR-Lex's own `CELEX:32016R0679`: the key is a path segment
 * (`/regelgeving/EU-32016R0679`, `/feeds/regeling/EU-32016R0679.atom`), a query value and half of a
 * subscription's topic key (`regulation:<id>`, split at its first colon). `EU-` plus letters and
 * digits are unreserved characters everywhere — nothing to encode, nothing to split on — and cannot
 * be mistaken for a BWB id. The CELEX part is sector 3 (legislation), the year, the type letter
 * (R regulation, L directive, D decision …) and four digits, as EUR-Lex writes it.
 *
 * Field names older than EU acts in the index (`bwbId` in events and DTOs, `bwb_id` in tables)
 * carry this key; they were kept rather than versioning every contract for a rename.
 */
export const BWB_ID_PATTERN = /^BWBR\d{7}$/;
export const EU_ACT_ID_PATTERN = /^EU-3\d{4}[A-Z]\d{4}$/;
/** A key of the regulation index: a BWB id or an EU act's id. Accept it wherever an index key is meant. */
export const REGULATION_ID_PATTERN = new RegExp(`^(?:${BWB_ID_PATTERN.source.slice(1, -1)}|${EU_ACT_ID_PATTERN.source.slice(1, -1)})$`);
