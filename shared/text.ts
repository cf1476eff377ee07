/** Vietnamese letters with their folded forms, looked up directly (the common case, and fast). */
const folded = new Map<string, string>();
for (const ch of 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ') {
  folded.set(ch, ch.normalize('NFD').replace(/\p{M}+/gu, ''));
}
for (const ch of 'đð') folded.set(ch, 'd');

const foldChar = (ch: string) => folded.get(ch) ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * Text folding for search and sorting: Vietnamese diacritics off, đ/Đ → d, lower case, one
 * space between words. 'Nguyễn Văn An' → 'nguyen van an'; 'Đặng' → 'dang'.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, foldChar)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The searchable words of a text: folded, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
