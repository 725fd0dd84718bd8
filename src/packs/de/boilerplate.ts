/** German lines that belong to the page, not the article. */
export const boilerplate: readonly RegExp[] = [
  /\bkeine html-tags\b/i,
  /\bwerden automatisch\b/i,
  /\bkommentare? (werden|schreiben|abgeben)\b/i,
  /\bcaptcha\b/i,
  /\bpflichtfelder?\b|\bmit (rotem )?stern\b/i,
  /\bformulars?\b.*\b(einverstanden|absenden)\b/i,
  /\bdatenschutz(erklärung)?\b/i,
  /\bcookies?\b/i,
  /\bnewsletter\b/i,
  /\b(links|link) führen zu\b|\bverfügbarkeitsgarantie\b|\bpreise inkl\b/i,
  /^(vorheriger?|nächster?|zurück|weiter)\b/i,
  /^(autor|quelle|foto|bild):/i,
  /^(anzeige|werbung)\b/i,
  /^(mehr zum thema|lesen sie auch|auch interessant)\b/i,
];
