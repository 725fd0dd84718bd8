/**
 * Frequent German words: closed-class words and the commonest verbs, adjectives, adverbs and
 * nouns of news and conversation. Strong evidence for German on short stretches. A word that is
 * just as common in Dutch or English (`die`, `in`, `was`, `so`, `alles`) is listed in each pack
 * where it is common, so that it tells those languages apart from the rest but not from each
 * other.
 */
export const functionWords: ReadonlySet<string> = new Set(
  `der die das des dem den ein eine einen einem einer eines kein keine keinen keinem keiner
  ich mich mir du dich dir er ihn ihm sie es wir uns ihr euch ihnen man sich
  mein meine meinen meinem meiner dein deine deinen sein seine seinen seinem seiner
  ihre ihren ihrem ihrer unser unsere unserer unseren euer eure
  dieser diese dieses diesem diesen jeder jede jedes jeden alle allen allem alles
  etwas nichts niemand jemand selbst welche welcher welches wer wo wie was warum wann
  und oder aber denn sondern doch dass daß weil wenn ob obwohl als damit sowie
  nicht auch noch schon nur sehr mehr viel viele immer nie oft wieder jetzt nun heute
  gestern morgen hier dort da dann also so ganz gerne gern mal einmal bitte danke
  vielleicht wirklich einfach gerade sogar etwa bereits jedoch daher dabei dazu darauf
  deshalb trotzdem außerdem zurück weiter zusammen später meisten besser
  mit auf für von zu im in an am aus bei nach vor über unter zwischen durch gegen ohne
  um bis seit während wegen zum zur beim vom ins ab
  bin bist ist sind seid war waren wäre wären sei hat habe hast haben hatte hatten
  hätte wird werde wirst werden wurde wurden würde würdest kann kannst können konnte
  könnte muss musst müssen musste soll sollen sollte will willst wollen wollte darf
  möchte mag weiß wissen wusste gibt gab gehen geht ging kommen kommt kam machen macht
  sagen sagt sagte sehen sieht tun lassen finden glauben denke heißt bedeutet liegt
  stehen gemacht gesagt
  gut gute guten neue neuen ersten zwei drei beiden jahr jahre jahren zeit tag leben
  leute menschen welt unternehmen seite platz geld
  müde froh krank kalt schön rot grün blau schwarz fertig schnell langsam früh spät hund katze buch schule brot essen trinken schlafen laufen arbeiten spielen lesen schreiben sprechen sitzt freund freunde mädchen junge`.split(/\s+/),
);
