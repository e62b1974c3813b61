/** Which items of the Name Suggestion Index (brands and operators with Wikidata ids) are companies. */

/**
 * Which NSI items are companies: a business word in the Wikidata description and no public body,
 * school, place or association word. Brands of a company are companies here (news names them so).
 */
export const COMPANY_WORDS =
  /\b(compan(y|ies)|corporation|conglomerate|manufacturer|maker|automaker|carmaker|retailer|chain|bank|brand|banking|franchise|group|firm|business|enterprise|supermarkets?|restaurants?|retail|airline|insurer|insurance|carrier|telecommunications?|provider|producer|distributor|dealer|wholesaler|utility|subsidiary|stores?|shops?|holding|brewery|operator)\b/i;
export const NOT_COMPANY_WORDS =
  /\b(school|district|municipality|city|town|village|county|government|agency|ministry|department|police|park|university|college|church|charity|non-?profit|association|council|authority|public body|hospital|trust|library|museum|foundation|federal|province|region|commune|ward|fire|army|military|party|organi[sz]ation|cooperative bank|savings bank|credit union|volunteer|club|union)\b/i;

export function isCompanyDescription(description: string): boolean {
  return COMPANY_WORDS.test(description) && !NOT_COMPANY_WORDS.test(description);
}
