/** Frequent German closed-class words, chosen to be rare as words of the other three languages. */
export const functionWords: ReadonlySet<string> = new Set(
  `der die das und ist nicht ein eine einen einem einer eines den dem des sich mit auf
  für von zu im ich du er sie es wir ihr auch als noch nach bei aus wie wird werden wurde
  wurden sind war waren hat haben hatte hatten kann können muss müssen soll sollen will
  wollen über unter zwischen durch gegen ohne seit während bereits schon nur sehr mehr
  dieser diese dieses diesem diesen jeder jede alle allem allen keine kein keinen
  wenn dass weil aber oder doch denn also dann damit daher dabei dazu darauf
  man uns unser unsere ihre ihren seine seinen sein zum zur beim vom ins ab bis
  nun jetzt heute immer wieder hier dort etwa gibt gab sagt sagte zwei drei jahr jahre
  unternehmen neue neuen ersten`.split(/\s+/),
);
