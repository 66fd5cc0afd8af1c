/**
 * Known crawlers, link previewers and HTTP libraries: their visits are stored with `bot = 1` and never counted.
 * Matched on the user agent by the click consumer, off the hot path; a missing user agent is a bot too.
 * `bot\b` covers Googlebot, bingbot, Applebot, Twitterbot, LinkedInBot, Slackbot, Discordbot, TelegramBot…;
 * app names alone (Pinterest, LinkedIn) are not listed, since their in-app browsers are real shoppers.
 */
const BOT_UA =
  /bot\b|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|meta-externalagent|embedly|quora link preview|vkshare|w3c_validator|whatsapp\/|skypeuripreview|bingpreview|google-inspectiontool|googleother|feedfetcher|headlesschrome|phantomjs|lighthouse|pagespeed|curl\/|wget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|okhttp|java\/|apache-httpclient|node-fetch|undici|axios|libwww-perl|scrapy|postmanruntime|insomnia|httpie/i;

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || !userAgent.trim() || BOT_UA.test(userAgent);
}
