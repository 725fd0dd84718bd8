/**
 * Frequent Dutch words: closed-class words and the commonest verbs, adjectives, adverbs and
 * nouns of news and conversation. Strong evidence for Dutch on short stretches. A word that is
 * just as common in German or English (`die`, `is`, `in`, `was`, `alles`) is listed in each
 * pack where it is common, so that it tells those languages apart from the rest but not from
 * each other.
 */
export const functionWords: ReadonlySet<string> = new Set(
  `de het een en van ik je jij jou jouw u uw ge gij zijt jullie wij we mij me mijn m'n ons onze
  hij zij ze hem hen hun haar zijn z'n zich zichzelf zelf iemand niemand iets niets alles
  iedereen alle elk elke ieder welk welke dat die dit deze er daar hier waar wat wie hoe waarom
  wanneer hoeveel niet geen wel ook nog al alleen maar dan dus want omdat hoewel terwijl
  toen totdat voordat nadat zodra zodat zoals als of nu toch weer even eens meteen pas
  slechts vooral bijna ongeveer helemaal genoeg heel erg zeer veel meer meest minder
  zo altijd nooit steeds vaak soms misschien eigenlijk natuurlijk zeker echt graag samen
  op te met voor aan bij uit tot door naar over om tegen zonder onder na sinds tijdens
  binnen tussen achter naast vanaf vanwege volgens rond toe in is was
  ben bent zijn was waren wordt worden werd werden ben heb hebt heeft hebben had hadden
  kan kun kunt kunnen kon konden zal zult zullen zou zouden moet moeten moest mag mogen
  wil wilt willen wilde ga gaat gaan ging gingen kom komt komen kwam doe doet doen deed
  zeg zegt zeggen zei zie ziet zien zag weet weten wist vind vindt vinden denk denkt
  krijgt krijgen kreeg geeft geven gaf neemt nemen nam staat staan blijft blijven laat
  laten maakt maken maakte hou houdt houden hield begon gemaakt gezien gedaan gekregen
  gepubliceerd geworden gehad geweest
  goed goede beter beste nieuw nieuwe oude grote groot kleine klein eerste tweede
  laatste andere ander verschillende enkele twee drie jaar jaren dag dagen uur tijd
  week maand mensen kinderen ouders vader moeder vrouw huis geld werk bedrijf plaats
  naam leven vandaag morgen gisteren alstublieft bedankt dank mogelijk moeilijk nodig
  bijvoorbeeld echter daarom daarna waarop waarin waarmee waardoor verder later eerder
  eerst terug
  ziek moe blij bang boos mooi leuk lekker koud rood groen blauw zwart klaar snel langzaam vroeg hond kat boek school brood eten drinken slapen lopen werken spelen lezen schrijven praten kijken liggen ligt zitten zit vriend vrienden meisje jongen`.split(/\s+/),
);
