/**
 * Names of countries, Canadian provinces and territories, and U.S. states,
 * lower-case. A place is no organisation for "it" to point back to:
 * "Norway has detained two men. “…,” it stated" means the group quoted, not
 * the country. (Named as the subject, "Norway said", it stays the speaker.)
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  // countries
  "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
  "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
  "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi",
  "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia",
  "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica", "dominican republic",
  "ecuador", "egypt", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
  "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
  "haiti", "honduras", "hong kong", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
  "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
  "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
  "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius",
  "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
  "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "norway", "oman",
  "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
  "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone", "singapore", "slovakia",
  "slovenia", "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan",
  "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo",
  "trinidad", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "united arab emirates",
  "united kingdom", "united states", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia",
  "zimbabwe", "britain", "great britain", "england", "scotland", "wales", "america", "europe", "africa",
  "asia",
  // Canadian provinces and territories
  "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland", "newfoundland and labrador",
  "nova scotia", "ontario", "prince edward island", "quebec", "saskatchewan", "yukon", "nunavut",
  "northwest territories",
  // U.S. states
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
  "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
  "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
  "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
]);

/** Adjectives of the most-reported nationalities: "Chinese" alone is a word cut from a longer subject. Lower-case. */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set([
  "american", "australian", "british", "canadian", "chinese", "french", "german", "indian", "iranian",
  "israeli", "italian", "japanese", "korean", "mexican", "russian", "saudi", "spanish", "syrian", "turkish",
  "ukrainian", "european", "african", "asian", "palestinian", "pakistani", "afghan", "iraqi", "egyptian",
]);
