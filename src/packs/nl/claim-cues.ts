import type { ClaimCues } from "../pack.js";

export const claimCues: ClaimCues = {
  sourceAfter: /\b(?:volgens|zegt|zei|aldus|meldt|schrijft|verklaart|vertelt|laat weten|liet weten)\s+$/i,
  sourceBefore: /^\s*(?:zegt|zei|zeggen|meldt|meldde|schrijft|verklaart|verklaarde|vertelt|vertelde|laat weten|liet weten|deelt|stelt|stelde)\b/i,
  planned: /\b(?:zal|zullen|zult|gaat .{0,40}\b(?:worden|komen|krijgen|verschijnen|uitbrengen|lanceren)|gaan .{0,40}\b(?:worden|samenwerken|komen)|moet .{0,40}verschijnen|verwacht|gepland|aankomende?|binnenkort)\b/i,
  speculative: /\b(?:geruchten?|gerucht|vermoedelijk|mogelijk|misschien|wellicht|zou(?:den)? .{0,40}\b(?:krijgen|zijn|worden|komen)|speculeren|speculatie|naar verluidt|het kan zijn)\b/i,
  comparison: /\b(?:vergeleken met|ten opzichte van|t\.o\.v\.|dan in|dan)\s+$/i,
  eventTopics: /\b(?:samenwerking|partnerschap|sinds|einde)\b/gi,
  events: {
    announce: /\b(?:aangekondigd|aankondig\w*|kondig\w* .{0,30}aan|bekendgemaakt|bekend gemaakt|maakt .{0,30}bekend|samenwerking|partnerschap)\b/i,
    launch: /\b(?:verschijn\w*|uitbreng\w*|uitgebracht|lancer\w*|gelanceerd|introduc\w*)\b/i,
    end: /\b(?:beëindig\w*|gestopt|stopt|einde|lager pitje|niet meer)\b/i,
    start: /\b(?:begonnen|begint|gestart|start|sinds)\b/i,
    found: /\b(?:opgericht|oprichting)\b/i,
    list: /\b(?:beursgang|beursgenoteerd|genoteerd)\b/i,
  },
};
