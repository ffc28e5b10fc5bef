/**
 * Line patterns for what a copied web page carries besides the article: site
 * chrome, prompts, credits. Each pattern is tested against one trimmed line and
 * must match the whole line's role, not a phrase a reporter might write inside
 * a sentence. General data: generic web and newspaper phrasing only.
 */

/**
 * Comment, share and site prompts ("boilerplate"). "Leave A Reply", "Your
 * email address will not be published.", "Share This Post On", "0 comments",
 * "You need to login to leave a comment. Log-in" are WordPress page furniture.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^leave (a|your) (reply|comment|response)\b/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^save my name, email,? and website\b/i,
  /^(post|submit) (a )?comment$/i,
  /^cancel reply$/i,
  /^(you (need|must) (to )?(be )?(log ?in|logged in|sign in|signed in)|log ?in to (leave|post) a comment)\b/i,
  /^(join the conversation|comments?|\d+ (comments?|responses?|replies))$/i,
  /^(share|share this( (post|article|story))?( on| via)?|share on \w+|tweet|email this|print this( (article|page))?)[:.]?$/i,
  /^(click to share|like this|loading\.*|advertisement|sponsored( content)?|story continues below( advertisement)?)[:.]?$/i,
  /^(related( (posts|articles|stories|coverage))?|you may also like|more from [\w ]{1,30}|recommended( for you)?|trending( now)?)[:.]?$/i,
  /^(report (an error|a typo)|editorial standards( and practices)?|skip to (main )?content)\b/i,
  /^this (article|story) (is|was) (closed|no longer open) for comments\b/i,
];

/**
 * A copyright footer: "© 2015 - 2024 Conservative Institute. All Rights
 * Reserved." The outlet's name sits between the years and "All Rights Reserved".
 */
export const COPYRIGHT_LINE =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–—]\s*\d{4})?)?[\s,]*(.*?)[\s.,]*(?:all rights reserved\.?)?\s*$/i;

/**
 * Newsletter and cross-promotion lines ("promo"): "Capital Dispatch: Sign up
 * for in-depth political coverage of Parliament Hill", "READ MORE: …",
 * "Subscribe to our newsletter". A sentence that merely mentions signing up
 * ("Residents can sign up at city hall.") ends with a period and is kept.
 */
export const PROMO_LINES: readonly RegExp[] = [
  /^(?:[^.:]{1,60}:\s*)?(sign up|subscribe|get the latest|download (the|our) app|click here|don't miss)\b(?!.*[.!?]["”’]?$)/i,
  /^(READ MORE|MORE|RELATED|WATCH|LISTEN|SEE ALSO|ALSO READ|READ ALSO|VIDEO|PHOTOS|OPINION|ANALYSIS)\s*[:|]/,
  /\bnewsletter\b(?!.*[.!?]["”’]?$)/i,
  // "Sign up for our newsletter: the Morning Brief, in your inbox every weekday.": an imperative
  // that opens the line and offers the outlet's own product is a promo even as a full sentence.
  /^(?:[^.:]{1,60}:\s*)?(?:sign up|subscribe)\b.*\b(?:our|newsletter|inbox)\b/i,
];

/**
 * Photo captions and credits ("caption"): "… Nathan Denette / The Canadian
 * Press PHOTO BY …", "Photo: Jane Roe/Reuters", "(AP Photo/Jane Roe)". The
 * "Name / Agency" credit is what makes it a caption; "(in the pic above)" in a
 * sentence is not one.
 */
export const CAPTION_LINES: readonly RegExp[] = [
  /\bPHOTO (BY|CREDIT)\b/,
  /^(photo|file photo|image|credit|photograph|pictured|caption)( credit)?\s*:/i,
  /\((AP|AFP|Reuters|CP|Getty|Bloomberg)( Images)?( Photo)?\s*\/[^)]*\)\s*$/,
  /\b\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\s?\/\s?(The Canadian Press|The Associated Press|Associated Press|Reuters|AFP|Getty Images|Bloomberg|Postmedia|Postmedia News|File|Handout)\b/u,
  /\b(Getty Images|Shutterstock|iStock)\s*$/,
  /\((\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+\s?\/\s?[\p{L}\p{N} .&]{2,40}\)$/u,
  /^open this (photo|image) in gallery\b/i,
];

/**
 * Credits, contact and counter lines that are about the article, not in it
 * ("metadata"): "Edited by: Jane Roe", "Twitter: janeroe", "Email: …",
 * "With files from The Canadian Press", share counters like "0 132".
 */
export const METADATA_LINES: readonly RegExp[] = [
  /^(edited|reporting|written|compiled|translated|produced|additional reporting|fact[- ]checked) by\b:?/i,
  /^with (files|reporting) from\b/i,
  // "This report by The Harbour Wire was first published March 10, 2025.": the outlet's credit, not news.
  /^this (?:report|story|article) (?:by|from) .{2,60} was (?:first |originally )?published\b/i,
  /^(twitter|x|email|e-mail|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|contact)\s*:/i,
  /^follow (me|us|him|her|them|the author)? ?(on|at) \w+/i,
  /^@\w{1,30}$/,
  /^\d{1,7}(\s+\d{1,7}){0,4}$/,
  /^(\d+ )?(min(ute)?s?|minute) read$/i,
];

/**
 * Words a byline uses for the writer's role: "Tom Yun / CTVNews.ca writer",
 * "Jane Roe, Senior Reporter".
 */
export const BYLINE_ROLE_WORDS =
  /\b(writer|reporter|correspondent|editor|columnist|journalist|contributor|staff|bureau chief|producer|anchor|host)s?\b/i;
