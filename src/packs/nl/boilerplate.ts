/** Dutch lines that belong to the page, not the article. */
export const boilerplate: readonly RegExp[] = [
  /^(lees|bekijk) (ook|meer)\b/i,
  /\b(reageer|reacties?|plaats een reactie|laat een reactie achter)\b/i,
  /\bcookies?\b/i,
  /\bnieuwsbrief\b/i,
  /\b(zou je|wil je) .*\b(aanschaffen|kopen|bestellen)\b/i,
  /^bezoek (dan )?\S+ en /i,
  /\b(advertentie|gesponsord)\b/i,
  /^(vorige|volgende)\b/i,
  /\bverplichte velden\b/i,
  /\bje e-?mailadres wordt niet gepubliceerd\b/i,
];
