/**
 * A web address suggested from an organisation's name: "Hội hữu nghị Việt Nam – Nhật Bản"
 * → "hoi-huu-nghi-viet-nam-nhat-ban". Diacritics are dropped and đ becomes d.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}
