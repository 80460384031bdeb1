// The raw material of synthetic corpora: name parts (Latin script as news writes them, with the native
// form beside), titles, organizations, places and sentence pieces. Plausible, not real: no name here is
// meant to be a particular person.

/** First naming style (family, middle, given): [Latin, native script] pairs. */
export const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['Nguyen', 'Nguyễn'], ['Tran', 'Trần'], ['Le', 'Lê'], ['Pham', 'Phạm'], ['Hoang', 'Hoàng'],
  ['Phan', 'Phan'], ['Vu', 'Vũ'], ['Vo', 'Võ'], ['Dang', 'Đặng'], ['Bui', 'Bùi'], ['Do', 'Đỗ'],
  ['Ho', 'Hồ'], ['Ngo', 'Ngô'], ['Duong', 'Dương'], ['Ly', 'Lý'], ['Trinh', 'Trịnh'], ['Dinh', 'Đinh'],
  ['Luong', 'Lương'], ['Mai', 'Mai'], ['Ta', 'Tạ'],
];
export const MIDDLE_NAMES: readonly (readonly [string, string])[] = [
  ['Van', 'Văn'], ['Duc', 'Đức'], ['Huu', 'Hữu'], ['Minh', 'Minh'], ['Quang', 'Quang'], ['Xuan', 'Xuân'],
  ['Thanh', 'Thanh'], ['Trong', 'Trọng'], ['Tan', 'Tấn'], ['Cong', 'Công'], ['Hong', 'Hồng'], ['Ngoc', 'Ngọc'],
];
export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['Giang', 'Giang'], ['Cuong', 'Cường'], ['Hung', 'Hùng'], ['Son', 'Sơn'], ['Nam', 'Nam'], ['Tuan', 'Tuấn'],
  ['Long', 'Long'], ['Thang', 'Thắng'], ['Dung', 'Dũng'], ['Hai', 'Hải'], ['Binh', 'Bình'], ['Phong', 'Phong'],
  ['Quan', 'Quân'], ['Trung', 'Trung'], ['Vinh', 'Vinh'], ['Chien', 'Chiến'], ['Linh', 'Linh'], ['Khanh', 'Khánh'],
  ['Thinh', 'Thịnh'], ['Duy', 'Duy'], ['Tam', 'Tâm'], ['Phuc', 'Phúc'], ['Toan', 'Toàn'], ['Hieu', 'Hiếu'],
];

/** Second naming style (first name, patronymic, surname; initials in running text): [Latin, native script] pairs. */
export const FIRST_NAMES: readonly (readonly [string, string])[] = [
  ['Alexander', 'Александр'], ['Sergei', 'Сергей'], ['Andrey', 'Андрей'], ['Dmitry', 'Дмитрий'],
  ['Nikolai', 'Николай'], ['Viktor', 'Виктор'], ['Yuri', 'Юрий'], ['Oleg', 'Олег'], ['Igor', 'Игорь'],
  ['Mikhail', 'Михаил'], ['Vladimir', 'Владимир'], ['Alexei', 'Алексей'], ['Pavel', 'Павел'], ['Ivan', 'Иван'],
  ['Gennady', 'Геннадий'], ['Valery', 'Валерий'], ['Yevgeny', 'Евгений'], ['Konstantin', 'Константин'],
  ['Roman', 'Роман'], ['Anatoly', 'Анатолий'],
];
export const PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Vladimirovich', 'Владимирович'], ['Sergeyevich', 'Сергеевич'], ['Nikolayevich', 'Николаевич'],
  ['Viktorovich', 'Викторович'], ['Ivanovich', 'Иванович'], ['Petrovich', 'Петрович'],
  ['Alexandrovich', 'Александрович'], ['Mikhailovich', 'Михайлович'], ['Yurievich', 'Юрьевич'],
  ['Olegovich', 'Олегович'], ['Pavlovich', 'Павлович'], ['Andreyevich', 'Андреевич'],
];
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['Ivanov', 'Иванов'], ['Petrov', 'Петров'], ['Smirnov', 'Смирнов'], ['Kuznetsov', 'Кузнецов'],
  ['Popov', 'Попов'], ['Sokolov', 'Соколов'], ['Lebedev', 'Лебедев'], ['Kozlov', 'Козлов'],
  ['Novikov', 'Новиков'], ['Morozov', 'Морозов'], ['Volkov', 'Волков'], ['Fedorov', 'Фёдоров'],
  ['Belov', 'Белов'], ['Orlov', 'Орлов'], ['Gusev', 'Гусев'], ['Tarasov', 'Тарасов'], ['Zaitsev', 'Зайцев'],
  ['Pavlov', 'Павлов'], ['Semenov', 'Семёнов'], ['Golubev', 'Голубев'], ['Vinogradov', 'Виноградов'],
  ['Bogdanov', 'Богданов'], ['Vorobyov', 'Воробьёв'], ['Makarov', 'Макаров'], ['Nikitin', 'Никитин'],
  ['Zakharov', 'Захаров'], ['Solovyov', 'Соловьёв'], ['Borisov', 'Борисов'], ['Yakovlev', 'Яковлев'],
  ['Grigoriev', 'Григорьев'],
];

/** Titles from the most to the least senior, in two styles of service (party 0, 2, … take the first,
 * 1, 3, … the second); `{adjective}` is the party's. Each title belongs to the organization whose key
 * is beside it (see partyOrganizations). */
export const TITLES: readonly (readonly (readonly [string, string])[])[] = [
  [
    ['Minister of National Defence', 'mod'],
    ['Chief of the General Staff of the {adjective} Army', 'gs'],
    ['Director of the General Department of Politics', 'gdp'],
    ['Deputy Minister of National Defence', 'mod'],
    ['Deputy Chief of the General Staff', 'gs'],
    ['Commander of the Navy', 'navy'],
    ['Commander of the Air Defence - Air Force', 'air'],
    ['Director of the Department of Foreign Relations', 'mod'],
    ['Commander of Military Region 7', 'region'],
    ['Director of the Joint Tropical Research Centre', 'joint'],
  ],
  [
    ['Defence Minister', 'mod'],
    ['Chief of the General Staff of the Armed Forces', 'gs'],
    ['First Deputy Defence Minister', 'mod'],
    ['Deputy Defence Minister', 'mod'],
    ['Commander-in-Chief of the Navy', 'navy'],
    ['Head of the Main Directorate for Political-Military Affairs', 'gdp'],
    ['Head of the Main Directorate for International Military Cooperation', 'mod'],
    ['Commander of the Eastern Military District', 'region'],
    ['Deputy Chief of the General Staff', 'gs'],
    ['Director of the Federal Service for Military-Technical Cooperation', 'fsmtc'],
  ],
];
export const RANKS = [
  ['General', 'Senior Lieutenant General', 'Lieutenant General', 'Major General', 'Senior Colonel'],
  ['General of the Army', 'Colonel General', 'Lieutenant General', 'Admiral', 'Major General'],
] as const;

/** [key, name, aliases] of each party's organizations; `{adjective}` is the party's. */
export const PARTY_ORGANIZATIONS: readonly (readonly [string, string, readonly string[]])[] = [
  ['mod', '{adjective} Defence Ministry', ['Ministry of Defence of {name}']],
  ['army', '{adjective} Army', []],
  ['gs', 'General Staff of the {adjective} Army', []],
  ['gdp', '{adjective} Directorate for Political Affairs', []],
  ['navy', '{adjective} Navy', []],
  ['air', '{adjective} Air Defence - Air Force', []],
  ['region', '{adjective} Military Region 7', []],
  ['fsmtc', '{adjective} Service for Military-Technical Cooperation', []],
];
/** Organizations of no one party: [id, name, aliases]. */
export const SHARED_ORGANIZATIONS: readonly (readonly [string, string, readonly string[]])[] = [
  ['syn-org-joint', 'Joint Tropical Research Centre', ['Tropical Centre']],
  ['syn-org-forum', 'Regional Defence Ministers Forum', []],
];

/** Places of a party's events; `{name}` is the party's. */
export const PLACES = ['{name} City', 'Port {name}', 'North {name}', 'the {name} Naval Base', 'the {name} Defence Academy', 'the {name} Air Base', 'South {name}'] as const;

export const OUTLETS = ['Synthetic News Agency', 'Synthetic Defence Daily', 'Synthetic Army Review', 'Synthetic Gazette'] as const;

export const TOPICS = [
  'military training and education',
  'the defence industry',
  'military medicine',
  'search and rescue',
  'maritime security',
  'peacekeeping operations',
  'military history and memorial work',
  'cyber security',
  'political work in the armed forces',
  'the overcoming of war consequences',
  'technical support for equipment',
  'joint tropical research',
] as const;

export const DOCUMENTS = [
  'a memorandum of understanding on military education',
  'a cooperation plan for the coming year',
  'an agreement on technical assistance',
  'a protocol on joint research',
  'a road map for defence cooperation',
  'a plan for the exchange of delegations',
] as const;

/** Background sentences; `{topic}` and `{year}` are filled in. Articles grow to length with them. */
export const FILLER = [
  'Both sides agreed that cooperation in {topic} has developed steadily and brought practical results.',
  'The two countries have maintained close defence ties for many decades, and {year} was described as a year of important progress.',
  'Officials noted that exchanges of delegations at all levels have continued despite the difficulties of recent years.',
  'The talks also reviewed cooperation in {topic}, which both sides described as a priority for the coming period.',
  'The delegation also visited several units and training institutions and learned about their work in {topic}.',
  'Observers said the meeting reflected the comprehensive strategic partnership between the two countries.',
  'Both sides pledged to coordinate closely at multilateral forums, including regional security forums.',
  'The host side thanked the guests for their support in {topic} over the past years.',
  'Participants discussed the international and regional situation and issues of mutual concern.',
  'The two sides agreed to continue implementing the documents already signed and to review progress in {year}.',
  'According to the ministry, training of officers in military academies remains a key area of cooperation.',
  'The guests laid wreaths at memorials and paid tribute to those who fell in defence of their homeland.',
] as const;
