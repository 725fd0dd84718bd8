import type { ClaimCues } from "../pack.js";

export const claimCues: ClaimCues = {
  sourceAfter: /\b(?:laut|so|sagt|sagte|erklärt|erklärte|betont|betonte|meint|berichtet|schreibt|teilt|teilte|zufolge)\s+$/i,
  sourceBefore: /^\s*(?:sagt|sagte|sagten|erklärt|erklärte|betont|betonte|meint|meinte|berichtet|berichtete|schreibt|schrieb|teilt|teilte|zufolge)\b/i,
  planned: /\b(?:wird|werden|soll|sollen|plant|planen|geplant|voraussichtlich|demnächst|künftig|kommende?n?)\b/i,
  speculative: /\b(?:gerüchte?|gerüchten|gerüchteweise|angeblich|vermutlich|möglicherweise|vielleicht|spekul\w*|dürfte|könnte)\b/i,
  comparison: /\b(?:gegenüber|verglichen mit|im vergleich zu|als)\s+$/i,
  eventTopics: /\b(?:partnerschaft|kooperation|zusammenarbeit|seit|ende)\b/gi,
  events: {
    announce: /\b(?:verkünd\w*|angekündigt|kündig\w* .{0,30}an|bekanntgegeben|gibt .{0,30}bekannt|partnerschaft|kooperation|zusammenarbeit)\b/i,
    launch: /\b(?:auf den markt|erschein\w*|vorgestellt|präsentier\w*|eingeführt)\b/i,
    end: /\b(?:beendet|beenden|endet|ende|nicht mehr|gestoppt|eingestellt)\b/i,
    start: /\b(?:begann|beginnt|begonnen|gestartet|startet|seit)\b/i,
    found: /\b(?:gegründet|gründung)\b/i,
    list: /\b(?:börsengang|börsennotiert|notiert)\b/i,
  },
};
