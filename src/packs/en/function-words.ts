/**
 * Frequent English words: closed-class words, contractions and the commonest verbs, adjectives,
 * adverbs and nouns of news and conversation. Strong evidence for English on short stretches. A
 * word that is just as common in Dutch or German (`in`, `is`, `was`, `we`, `so`, `an`) is
 * listed in each pack where it is common, so that it tells those languages apart from the rest
 * but not from each other.
 */
export const functionWords: ReadonlySet<string> = new Set(
  `the a an of to in on at by for with from into about over after before between through
  during without under around against since until within upon off out up down
  and or but if because so than then that this these those what which who whom whose when
  where why how whether while though although
  i me my mine you your yours he him his she her hers it its we us our they them their
  myself yourself itself themselves someone something anything nothing everything
  everyone nobody
  i'm i've i'll i'd you're you've you'll he's she's it's that's there's what's let's
  don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't couldn't
  wouldn't shouldn't cannot
  am is are was were be been being do does did have has had will would can could shall
  should may might must
  not no yes very too also just only still even here there now never always often again
  already ever really together anymore tomorrow yesterday today later week
  all any some each every many much more most other such own same both either
  know think want like go going get got make made say said says see come take give tell
  need look love please thank thanks sorry keep find found asked ask believe understand
  mean work use used help
  people time year years day way thing things life world home house children
  good new old first last long little great well back better big
  tired happy sick cold hot beautiful nice red green blue black white ready fast slow early late dog cat book school bread eat drink sleep walk play read write speak talk friend friends girl boy`.split(/\s+/),
);
