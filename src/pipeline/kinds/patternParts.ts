/** A word inside a verb phrase; clause-joining words end the phrase ("imposed in response to"). */
const W =
  '(?:(?!(?:in|after|against|over|because|since|amid|despite|following|to|that|which|who|and|but|while|when|as|by|from|for|with)\\b)[\\w’\'"“”%.-]+\\s+)';

/** Up to n words of one verb phrase: "imposed [new 25 percent] tariffs". */
export const GAP = (n: number): string => `${W}{0,${n}}?`;

/** Every pattern runs over whole sentences with exec loops, so all are global. */
export const re = (source: string): RegExp => new RegExp(source, 'g');
