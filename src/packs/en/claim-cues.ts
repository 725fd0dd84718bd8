import type { ClaimCues } from "../pack.js";

export const claimCues: ClaimCues = {
  sourceAfter: /\b(?:according to|says|said|adds|added|stated|explains|explained|told|claims|claimed|writes|wrote|reports|reported)\s+$/i,
  sourceBefore: /^\s*(?:says|said|adds|added|stated|states|explains|explained|told|claims|claimed|writes|wrote|reports|reported|expressed|believes)\b/i,
  planned: /\b(?:will|shall|won't|is (?:expected|set|scheduled|due|planned|going) to|are (?:expected|set|scheduled|due|planned|going) to|plans? to|intends? to|aims? to|upcoming|forthcoming)\b/i,
  speculative: /\b(?:rumou?rs?|rumou?red|reportedly|allegedly|speculat\w*|might|could be|may be|possibly|perhaps|if (?:the )?(?:rumou?rs|reports) are true|is said to|are said to|leak(?:s|ed)?)\b/i,
  comparison: /\b(?:compared (?:to|with)|than(?: in)?|versus|vs\.?|from a year earlier)\s+$/i,
  eventTopics: /\b(?:partnership|cooperation|since|ranking)\b/gi,
  events: {
    announce: /\b(?:announc\w*|unveil\w*|revealed?|reach(?:ed)? (?:a|an) \w+ (?:partnership|agreement)|partnership|cooperation)\b/i,
    launch: /\b(?:launch\w*|enter\w* the market|release\w*|introduc\w*|debut\w*|go(?:es)? on sale|ship(?:s|ped)?|arrive\w*|available)\b/i,
    end: /\b(?:end(?:ed|s)?|terminat\w*|stopp\w*|split|broke|breaking ties|disconnection|no longer)\b/i,
    start: /\b(?:beg(?:a|i|u)n\w*|start\w*|since)\b/i,
    found: /\b(?:found(?:ed)?|establish\w*)\b/i,
    list: /\b(?:listed|listing|IPO|stock exchange|ranked|ranking)\b/i,
  },
};
