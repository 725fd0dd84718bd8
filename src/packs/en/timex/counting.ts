/** English units and counts, for durations (`12 years`), shifts (`three years ago`) and sets (`every year`). */
export const units = {
  year: "Y", years: "Y", yr: "Y", yrs: "Y", quarter: "Q", quarters: "Q", half: "HALF", month: "M", months: "M",
  week: "W", weeks: "W", weekend: "WE", day: "D", days: "D", hour: "H", hours: "H", minute: "MIN", minutes: "MIN",
  decade: "DECADE", decades: "DECADE", century: "CENTURY", centuries: "CENTURY",
  "fiscal year": "Y", "financial year": "Y", "full year": "Y",
} as const;
export const numbers = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "two thousand": 2000, "a dozen": 12, "half a": 0.5, "a half": 0.5,
};
export const ordinals = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, "twenty-first": 21,
};
export const vagueCounts = ["several", "a few", "few", "many", "some", "a couple of"];
export const quantifiers = ["more than", "over", "about", "nearly", "almost", "around", "roughly", "at least", "less than", "up to", "some", "approximately"];
export const every = ["every", "each", "per"];
export const sets = { daily: "P1D", weekly: "P1W", monthly: "P1M", annually: "P1Y", yearly: "P1Y", hourly: "PT1H", nightly: "P1D" };
