/**
 * Realistic, deterministic members for demo data and benchmarks: Vietnamese names built from
 * common family, middle and given names (family names weighted roughly as in the population),
 * with organisations, provinces, phones and e-mails. The same seed gives the same members.
 */
import type { MemberCreate } from '../shared/members';
import { words } from '../shared/text';
import { seededRandom } from './random';

const families: [name: string, weight: number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 4],
  ['Võ', 4], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1],
];
const middles = {
  male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Thanh', 'Xuân', 'Đình', 'Ngọc', 'Tuấn', 'Gia'],
  female: ['Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Kim', 'Bích', 'Thùy', 'Mai'],
};
const givens = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Huy', 'Khoa', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hiếu', 'Đông'],
  female: ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Vân', 'Yến', 'Hằng', 'Thủy'],
};
const organisations = [
  'Bộ Ngoại giao', 'Trường Đại học Ngoại thương', 'Đại học Quốc gia Hà Nội', 'Trường Đại học Hà Nội', 'Viện Nghiên cứu Đông Bắc Á',
  'Bệnh viện Bạch Mai', 'Báo Nhân Dân', 'Đài Tiếng nói Việt Nam', 'Tổng công ty Hàng không Việt Nam', 'Tập đoàn Điện lực Việt Nam',
  'Công ty TNHH Thương mại Sông Hồng', 'Ngân hàng TMCP Ngoại thương Việt Nam', 'Sở Ngoại vụ tỉnh Nghệ An', 'UBND tỉnh Nghệ An',
  'Trường Đại học Vinh', 'Trường Đại học Bách khoa Hà Nội', 'Hội Chữ thập đỏ Việt Nam', 'Công ty Cổ phần Du lịch Hạ Long',
  'Trung tâm Văn hóa – Ngôn ngữ Đông Tây', 'Học viện Ngoại giao',
];
const jobTitles = ['Chuyên viên', 'Giảng viên', 'Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Phóng viên', 'Bác sĩ', 'Kỹ sư', 'Nghiên cứu viên', 'Nguyên Đại sứ', 'Hưu trí', 'Phiên dịch viên'];
const provinces = ['Hà Nội', 'TP. Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Ninh Bình', 'Khánh Hòa', 'Lâm Đồng', 'Đồng Nai', 'An Giang', 'Hà Tĩnh', 'Bắc Ninh'];
const streets = ['Lý Thường Kiệt', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Nguyễn Du', 'Lê Lợi', 'Quang Trung', 'Phan Đình Phùng', 'Hoàng Diệu'];
const languagesByCountry: Record<string, string> = { JP: 'Tiếng Nhật', CU: 'Tiếng Tây Ban Nha', LA: 'Tiếng Lào', FR: 'Tiếng Pháp', RU: 'Tiếng Nga' };
const tagPool = ['ban-chap-hanh', 'tinh-nguyen-vien', 'cuu-du-hoc-sinh', 'doanh-nghiep', 'phien-dich', 'cong-tac-vien'];
const mobilePrefixes = ['090', '091', '093', '094', '096', '097', '098', '086', '083', '035', '038', '070', '077'];


/** `count` members for a workspace tied to `country` (ISO code). */
export function sampleMembers(count: number, { seed = 1, country = 'JP', emailDomain = 'example.vn' } = {}): MemberCreate[] {
  const r = seededRandom(seed);
  const out: MemberCreate[] = [];
  for (let i = 0; i < count; i++) {
    if (r.chance(0.04)) {
      const name = `${r.pick(['Công ty', 'Hội', 'Trung tâm', 'Quỹ'])} ${r.pick(['Giao lưu', 'Hợp tác', 'Hữu nghị', 'Phát triển'])} ${r.pick(provinces)} ${i}`;
      out.push({
        kind: 'organisation',
        fullName: name,
        email: `lienhe${i}@${emailDomain}`,
        phone: `024 ${r.int(3000, 3999)} ${r.int(1000, 9999)}`,
        province: r.pick(provinces),
        category: 'associate',
        status: 'active',
        joinedOn: `${r.int(2005, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
        countries: [country],
        tags: ['doanh-nghiep'],
      });
      continue;
    }
    const gender = r.chance(0.48) ? 'female' : 'male';
    const family = r.weighted(families);
    const given = r.pick(givens[gender]);
    const fullName = `${family} ${r.pick(middles[gender])} ${given}`;
    const category = r.chance(0.85) ? 'official' : r.chance(0.5) ? 'associate' : 'honorary';
    const status = r.chance(0.92) ? 'active' : 'inactive';
    const hasEmail = r.chance(0.9);
    out.push({
      kind: 'individual',
      fullName,
      gender,
      birthYear: r.int(1945, 2003),
      email: hasEmail ? `${words(given).join('')}.${words(family).join('')}${i}@${emailDomain}` : null,
      phone: r.chance(0.85) ? `${r.pick(mobilePrefixes)}${r.int(1, 9)} ${r.int(100, 999)} ${r.int(100, 999)}` : null,
      organisation: r.chance(0.8) ? r.pick(organisations) : null,
      jobTitle: r.chance(0.7) ? r.pick(jobTitles) : null,
      address: r.chance(0.5) ? `Số ${r.int(1, 200)} ${r.pick(streets)}` : null,
      province: r.pick(provinces),
      category,
      status,
      joinedOn: `${r.int(1995, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      countries: [country],
      languages: r.chance(0.6) ? [languagesByCountry[country] ?? 'Tiếng Anh'] : [],
      tags: r.chance(0.3) ? [r.pick(tagPool)] : [],
      notes: r.chance(0.1) ? 'Tham gia đoàn giao lưu hữu nghị năm 2024.' : null,
    });
  }
  return out;
}
