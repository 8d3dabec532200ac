// Task numbers in short form: 1,2,3,5,7,8 → "1–3, 5, 7–8".

export const numberRanges = (numbers: readonly string[]): string => {
  const parts: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && /^\d+$/.test(numbers[j]!) && Number(numbers[j + 1]) === Number(numbers[j]) + 1) j++;
    parts.push(j > i + 1 ? `${numbers[i]}–${numbers[j]}` : j === i + 1 ? `${numbers[i]}, ${numbers[j]}` : numbers[i]!);
    i = j + 1;
  }
  return parts.join(", ");
};
