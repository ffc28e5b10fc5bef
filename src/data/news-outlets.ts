import { OUTLET_DOMAINS } from "./outlets.js";

/**
 * Names news outlets go by in running text ("the BBC reported", "according to
 * Reuters", "he told CNN"), without a leading "The". General data: a broad
 * list of English-language outlets, wire services and broadcasters, plus the
 * display names of every outlet in {@link OUTLET_DOMAINS}. Names that end in a
 * news word ("… News", "… Post", "… Reporter") are also found by pattern.
 */
const NAMES: readonly string[] = [
  // wire services and agencies
  "Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Bloomberg", "Bloomberg News", "Xinhua",
  "TASS", "RIA Novosti", "Interfax", "Kyodo", "Kyodo News", "Yonhap", "ANSA", "EFE", "dpa", "PTI", "Anadolu",
  "Canadian Press", "Australian Associated Press", "Press Association", "PA Media", "UPI", "United Press International",
  // broadcasters
  "BBC", "BBC News", "CBC", "CBC News", "Radio-Canada", "CTV", "CTV News", "Global News", "Citytv", "CityNews", "CP24",
  "TVA", "TVA Nouvelles", "CPAC", "TVO", "CNN", "MSNBC", "CNBC", "Fox News", "Fox", "NBC", "NBC News", "CBS", "CBS News",
  "ABC", "ABC News", "PBS", "NPR", "C-SPAN", "Sky News", "ITV", "ITV News", "Channel 4 News", "Al Jazeera", "RT",
  "Sputnik", "CGTN", "CCTV", "DW", "Deutsche Welle", "France 24", "RFI", "NHK", "Arirang", "Voice of America", "VOA",
  "Radio Free Europe", "RFE/RL", "Radio Free Asia", "RTE", "RTÉ", "SBS", "Newsmax", "One America News", "OAN",
  // newspapers and magazines
  "Globe and Mail", "Toronto Star", "National Post", "Toronto Sun", "Ottawa Citizen", "Montreal Gazette", "La Presse",
  "Le Devoir", "Le Journal de Montréal", "Vancouver Sun", "Calgary Herald", "Edmonton Journal", "Winnipeg Free Press",
  "Hill Times", "iPolitics", "Maclean's", "Tyee", "Narwhal", "Walrus", "Postmedia", "Torstar",
  "New York Times", "Washington Post", "Wall Street Journal", "USA Today", "Los Angeles Times", "Chicago Tribune",
  "Boston Globe", "New York Post", "Daily News", "Miami Herald", "Houston Chronicle", "San Francisco Chronicle",
  "Politico", "Axios", "Hill", "HuffPost", "Huffington Post", "Newsweek", "Time", "Atlantic", "New Yorker",
  "Vox", "Vice", "Vice News", "BuzzFeed", "BuzzFeed News", "Business Insider", "Insider", "Daily Beast", "Slate",
  "Salon", "Mother Jones", "ProPublica", "Intercept", "Semafor", "Breitbart", "Daily Caller", "Daily Wire",
  "Washington Examiner", "Washington Times", "Washington Free Beacon", "National Review", "Federalist", "Epoch Times",
  "Guardian", "Observer", "Times", "Sunday Times", "Telegraph", "Daily Telegraph", "Independent", "Financial Times",
  "FT", "Economist", "Daily Mail", "Mail on Sunday", "Daily Mirror", "Mirror", "Sun", "Evening Standard",
  "Daily Express", "Irish Times", "Irish Independent", "Scotsman", "Herald",
  "Sydney Morning Herald", "Age", "Australian", "ABC Australia", "New Zealand Herald", "Stuff",
  "South China Morning Post", "Global Times", "People's Daily", "China Daily", "Japan Times", "Asahi Shimbun",
  "Yomiuri Shimbun", "Nikkei", "Nikkei Asia", "Korea Herald", "Korea Times", "Straits Times", "Times of India",
  "Hindustan Times", "Indian Express", "Hindu", "Dawn", "Haaretz", "Times of Israel", "Jerusalem Post",
  "Al Arabiya", "Der Spiegel", "Spiegel", "Le Monde", "Le Figaro", "El País", "Corriere della Sera",
  "La Repubblica", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "Bild", "Kyiv Independent",
  "Moscow Times", "Meduza", "Kommersant", "Novaya Gazeta", "Caixin", "Radio Canada International",
];

/**
 * One-word names that are also ordinary words: they name an outlet only after
 * "the" ("The Guardian reported", not "a guardian"; "the Sun", not "Sun.").
 */
export const NAMES_NEEDING_ARTICLE: ReadonlySet<string> = new Set([
  "Guardian", "Observer", "Times", "Telegraph", "Independent", "Sun", "Herald", "Mirror", "Economist", "Atlantic",
  "Australian", "Hill", "Federalist", "Intercept", "Tyee", "Narwhal", "Walrus", "Age", "Hindu", "Insider", "Time",
  "Stuff", "Dawn", "Vice", "Fox", "Scotsman", "Daily News", "Spiegel", "Slate", "Salon",
]);

/** Every outlet name, without a leading "The", longest first so "CBC News" wins over "CBC". */
export const NEWS_OUTLET_NAMES: readonly string[] = [
  ...new Set([...NAMES, ...Object.values(OUTLET_DOMAINS).map((n) => n.replace(/^The\s+/, "").replace(/\s*\(.*\)$/, ""))]),
].sort((a, b) => b.length - a.length);

/**
 * Last words of outlet names, capitalised in text: a run of capitalised words
 * ending in one of them names an outlet ("Blacklock's Reporter", "Metro
 * News"). Narrower than the byline list: "Independent", "Star", "Today" and
 * "Sun" end too many other phrases ("sit as an Independent").
 */
export const OUTLET_SUFFIXES: ReadonlySet<string> = new Set([
  "News", "Post", "Times", "Press", "Herald", "Tribune", "Gazette", "Journal", "Reporter", "Chronicle",
  "Telegraph", "Guardian", "Observer", "Examiner", "Courier", "Dispatch", "Inquirer", "Bulletin", "Wire", "Beast",
  "Insider", "Magazine", "Radio", "TV", "Daily", "Mail", "Globe", "Citizen", "Sentinel", "Leader", "Register",
]);

/** Common nouns that stand for an outlet named earlier: "the outlet further reported", "the same outlet". */
export const OUTLET_NOUNS: readonly string[] = [
  "outlet", "news outlet", "media outlet", "newspaper", "paper", "network", "broadcaster", "news agency",
  "publication", "news site", "website", "station", "channel", "tabloid", "magazine", "wire service", "daily",
];
