/** A share of items that came out right: language codes, timex types, expression values. */
export interface Accuracy {
  items: number;
  correct: number;
  accuracy: number;
}

export function accuracy(items: number, correct: number): Accuracy {
  return { items, correct, accuracy: items ? correct / items : 0 };
}
