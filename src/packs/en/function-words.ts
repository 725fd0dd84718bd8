/** Frequent English closed-class words, chosen to be rare as words of the other three languages. */
export const functionWords: ReadonlySet<string> = new Set(
  `the of and to a in is it that for was on are with as his they be at one have this from
  or had by but not what all were we when your can said there use an each which she do
  how their if will up other about out many then them these so some her would make like
  him into time has look two more write go see number no way could people my than first
  been call who its now find long down day did get come made may part over new after also
  just only our because any most should those such through where while very being still
  however between both during before without against under around since until whether
  company companies year years its it's has been according says said`.split(/\s+/),
);
