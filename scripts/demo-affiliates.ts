/**
 * The friendship organisations affiliated to the demo's central union beyond the six of
 * demo.ts — as VUFO's own network has them: bilateral associations directly under the central
 * union, and provincial unions with the provincial associations (chi hội, hội cấp tỉnh) under
 * them. Their own secretariat runs them (another account), so the demo user, a VUFO officer, sees
 * only their figures, added up in VUFO's rollup. One request is left pending, to be approved.
 */
import { words } from '../shared/text';

export interface DemoAffiliate {
  slug: string;
  name: string;
  kind: 'union' | 'association' | 'branch';
  code: string;
  countries: string[];
  parent: string;
  /** Left for the parent to decide (the affiliation page has something to approve). */
  pending?: boolean;
  /** How busy it is: scales its members, activities and letters (1 = an average association). */
  size: number;
  /** Where its activities take place. */
  city: string;
}

const association = (slug: string, country: string, code: string, size: number, countryName: string, extra: Partial<DemoAffiliate> = {}): DemoAffiliate => ({
  slug,
  name: `Hội hữu nghị Việt Nam – ${countryName}`,
  kind: 'association',
  code,
  countries: [country],
  parent: 'vufo',
  size,
  city: 'Hà Nội',
  ...extra,
});

const branch = (parent: string, city: string, cityName: string, country: string, countryName: string, code: string, size: number): DemoAffiliate => ({
  slug: ['vn', ...words(countryName), city].join('-'),
  name: `Hội hữu nghị Việt Nam – ${countryName} ${cityName}`,
  kind: 'branch',
  code,
  countries: [country],
  parent,
  size,
  city: cityName.replace(/^(thành phố|tỉnh) /, ''),
});

export const demoAffiliates: DemoAffiliate[] = [
  association('vn-trung-quoc', 'CN', 'HHNVNTQ', 1.6, 'Trung Quốc'),
  association('vn-nga', 'RU', 'HHNVNN', 1.4, 'Nga'),
  association('vn-campuchia', 'KH', 'HHNVNCPC', 1.3, 'Campuchia'),
  association('vn-phap', 'FR', 'HHNVNP', 1.1, 'Pháp'),
  association('vn-han-quoc', 'KR', 'HHNVNHQ', 1.2, 'Hàn Quốc'),
  association('vn-an-do', 'IN', 'HHNVNAD', 0.8, 'Ấn Độ'),
  association('vn-duc', 'DE', 'HHNVND', 0.9, 'Đức'),
  association('vn-hoa-ky', 'US', 'HHNVNHK', 1, 'Hoa Kỳ'),
  association('vn-thai-lan', 'TH', 'HHNVNTL', 0.7, 'Thái Lan'),
  association('vn-ba-lan', 'PL', 'HHNVNBL', 0.6, 'Ba Lan'),
  association('vn-mong-co', 'MN', 'HHNVNMC', 0.5, 'Mông Cổ', { pending: true }),
  { slug: 'lhhn-ha-noi', name: 'Liên hiệp các tổ chức hữu nghị thành phố Hà Nội', kind: 'union', code: 'LHHNHN', countries: [], parent: 'vufo', size: 1.3, city: 'Hà Nội' },
  { slug: 'lhhn-tp-hcm', name: 'Liên hiệp các tổ chức hữu nghị Thành phố Hồ Chí Minh', kind: 'union', code: 'HUFO', countries: [], parent: 'vufo', size: 1.4, city: 'TP. Hồ Chí Minh' },
  { slug: 'lhhn-quang-ninh', name: 'Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh', kind: 'union', code: 'LHHNQN', countries: [], parent: 'vufo', size: 0.7, city: 'Hạ Long' },
  branch('lhhn-ha-noi', 'ha-noi', 'thành phố Hà Nội', 'JP', 'Nhật Bản', 'HHNVNNBHN', 1),
  branch('lhhn-ha-noi', 'ha-noi', 'thành phố Hà Nội', 'LA', 'Lào', 'HHNVNLHN', 0.8),
  branch('lhhn-ha-noi', 'ha-noi', 'thành phố Hà Nội', 'FR', 'Pháp', 'HHNVNPHN', 0.6),
  branch('lhhn-tp-hcm', 'tp-hcm', 'Thành phố Hồ Chí Minh', 'KR', 'Hàn Quốc', 'HHNVNHQHCM', 1.2),
  branch('lhhn-tp-hcm', 'tp-hcm', 'Thành phố Hồ Chí Minh', 'KH', 'Campuchia', 'HHNVNCPCHCM', 0.9),
  branch('lhhn-tp-hcm', 'tp-hcm', 'Thành phố Hồ Chí Minh', 'US', 'Hoa Kỳ', 'HHNVNHKHCM', 0.8),
  branch('lhhn-quang-ninh', 'quang-ninh', 'tỉnh Quảng Ninh', 'CN', 'Trung Quốc', 'HHNVNTQQN', 0.9),
];

/** The account of the affiliates' secretariat: signs them up and approves its provincial unions' branches. */
export const affiliatesAccount = { name: 'Trần Minh Tuấn', email: 'vanphong@amity.local', password: 'huunghi-2026' };
