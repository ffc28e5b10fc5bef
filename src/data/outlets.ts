/**
 * News domains → the outlet's display name. A URL line such as
 * `https://www.cbc.ca/news/politics/…` names its outlet more surely than any
 * byline, so the load stage looks its host up here first (subdomains fold onto
 * the registered domain: `bc.ctvnews.ca` → `ctvnews.ca`). General data: a broad
 * list of English-language outlets, not the outlets of any one story.
 */
export const OUTLET_DOMAINS: Readonly<Record<string, string>> = {
  // Canada
  "cbc.ca": "CBC News",
  "ctvnews.ca": "CTV News",
  "globalnews.ca": "Global News",
  "nationalpost.com": "National Post",
  "theglobeandmail.com": "The Globe and Mail",
  "thestar.com": "Toronto Star",
  "torontosun.com": "Toronto Sun",
  "montrealgazette.com": "Montreal Gazette",
  "ottawacitizen.com": "Ottawa Citizen",
  "vancouversun.com": "Vancouver Sun",
  "calgaryherald.com": "Calgary Herald",
  "edmontonjournal.com": "Edmonton Journal",
  "macleans.ca": "Maclean's",
  "thecanadianpressnews.ca": "The Canadian Press",
  "cp24.com": "CP24",
  "citynews.ca": "CityNews",
  "huffingtonpost.ca": "HuffPost Canada",
  "hilltimes.com": "The Hill Times",
  "ipolitics.ca": "iPolitics",
  "thetyee.ca": "The Tyee",
  "lapresse.ca": "La Presse",
  "ledevoir.com": "Le Devoir",
  "radio-canada.ca": "Radio-Canada",
  "winnipegfreepress.com": "Winnipeg Free Press",
  "theprovince.com": "The Province",
  // United States
  "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post",
  "wsj.com": "The Wall Street Journal",
  "usatoday.com": "USA Today",
  "latimes.com": "Los Angeles Times",
  "cnn.com": "CNN",
  "foxnews.com": "Fox News",
  "nbcnews.com": "NBC News",
  "cbsnews.com": "CBS News",
  "abcnews.go.com": "ABC News",
  "npr.org": "NPR",
  "politico.com": "Politico",
  "axios.com": "Axios",
  "thehill.com": "The Hill",
  "huffpost.com": "HuffPost",
  "huffingtonpost.com": "HuffPost",
  "apnews.com": "AP News",
  "bloomberg.com": "Bloomberg",
  "newsweek.com": "Newsweek",
  "time.com": "Time",
  "theatlantic.com": "The Atlantic",
  "vox.com": "Vox",
  "businessinsider.com": "Business Insider",
  "cnbc.com": "CNBC",
  "dailycaller.com": "The Daily Caller",
  "nypost.com": "New York Post",
  "washingtontimes.com": "The Washington Times",
  "breitbart.com": "Breitbart",
  // United Kingdom, Ireland
  "bbc.co.uk": "BBC News",
  "bbc.com": "BBC News",
  "theguardian.com": "The Guardian",
  "telegraph.co.uk": "The Telegraph",
  "independent.co.uk": "The Independent",
  "thetimes.co.uk": "The Times",
  "ft.com": "Financial Times",
  "dailymail.co.uk": "Daily Mail",
  "mirror.co.uk": "Daily Mirror",
  "sky.com": "Sky News",
  "economist.com": "The Economist",
  "irishtimes.com": "The Irish Times",
  // Wire services and international
  "reuters.com": "Reuters",
  "afp.com": "AFP",
  "aljazeera.com": "Al Jazeera",
  "dw.com": "DW",
  "france24.com": "France 24",
  "abc.net.au": "ABC News (Australia)",
  "smh.com.au": "The Sydney Morning Herald",
  "scmp.com": "South China Morning Post",
  "hindustantimes.com": "Hindustan Times",
  "timesofindia.indiatimes.com": "The Times of India",
  "japantimes.co.jp": "The Japan Times",
  "globaltimes.cn": "Global Times",
  "xinhuanet.com": "Xinhua",
};

/**
 * Words that end an outlet's name: "Global News", "The Ottawa Citizen", "The
 * Daily Star". A byline part such as "Catharine Tunney · Metro News · Posted: …"
 * names its outlet even when the outlet is not in {@link OUTLET_DOMAINS}.
 */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set([
  "news", "post", "times", "press", "herald", "star", "journal", "tribune", "gazette", "sun", "daily",
  "globe", "mail", "telegraph", "guardian", "observer", "chronicle", "review", "report", "wire",
  "media", "today", "network", "radio", "tv", "magazine", "citizen", "examiner", "courier", "record",
  "channel", "dispatch", "monitor", "bulletin", "standard", "independent", "register", "agency",
]);
