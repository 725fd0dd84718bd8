/** Frequent Dutch closed-class words, chosen to be rare as words of the other three languages. */
export const functionWords: ReadonlySet<string> = new Set(
  `de het een en van ik je dat die niet is op te zijn met voor er aan ook als bij maar
  om door naar dan wat nog wel geen hij zij wij ze uit tot kan worden wordt werd zal zullen
  hebben heeft had was waren deze dit onze hun haar mijn jouw zich over meer veel heel al
  nu toen hoe waar wie omdat zoals tussen tegen zonder onder na sinds tijdens binnen
  echter ook welke elkaar iets niets alles iemand niemand altijd nooit steeds vaak
  zou zouden moet moeten mag mogen kunnen kunt wil willen gaat gaan komt komen
  doet doen zegt zeggen zien ziet staat bent hier daar erg zeer eigenlijk wel dus
  bijvoorbeeld samen eerste twee drie jaar jaren bedrijf nieuwe nieuw andere ander`.split(/\s+/),
);
