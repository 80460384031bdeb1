// The raw material of synthetic corpora: name parts (Latin script as news writes them, with the native
// form beside), titles, organizations, places and sentence pieces. Plausible, not real: no name here is
// meant to be a particular person.

/** [Latin, Vietnamese] pairs. */
export const VN_FAMILY: readonly (readonly [string, string])[] = [
  ['Nguyen', 'Nguyễn'], ['Tran', 'Trần'], ['Le', 'Lê'], ['Pham', 'Phạm'], ['Hoang', 'Hoàng'],
  ['Phan', 'Phan'], ['Vu', 'Vũ'], ['Vo', 'Võ'], ['Dang', 'Đặng'], ['Bui', 'Bùi'], ['Do', 'Đỗ'],
  ['Ho', 'Hồ'], ['Ngo', 'Ngô'], ['Duong', 'Dương'], ['Ly', 'Lý'], ['Trinh', 'Trịnh'], ['Dinh', 'Đinh'],
  ['Luong', 'Lương'], ['Mai', 'Mai'], ['Ta', 'Tạ'],
];
export const VN_MIDDLE: readonly (readonly [string, string])[] = [
  ['Van', 'Văn'], ['Duc', 'Đức'], ['Huu', 'Hữu'], ['Minh', 'Minh'], ['Quang', 'Quang'], ['Xuan', 'Xuân'],
  ['Thanh', 'Thanh'], ['Trong', 'Trọng'], ['Tan', 'Tấn'], ['Cong', 'Công'], ['Hong', 'Hồng'], ['Ngoc', 'Ngọc'],
];
export const VN_GIVEN: readonly (readonly [string, string])[] = [
  ['Giang', 'Giang'], ['Cuong', 'Cường'], ['Hung', 'Hùng'], ['Son', 'Sơn'], ['Nam', 'Nam'], ['Tuan', 'Tuấn'],
  ['Long', 'Long'], ['Thang', 'Thắng'], ['Dung', 'Dũng'], ['Hai', 'Hải'], ['Binh', 'Bình'], ['Phong', 'Phong'],
  ['Quan', 'Quân'], ['Trung', 'Trung'], ['Vinh', 'Vinh'], ['Chien', 'Chiến'], ['Linh', 'Linh'], ['Khanh', 'Khánh'],
  ['Thinh', 'Thịnh'], ['Duy', 'Duy'], ['Tam', 'Tâm'], ['Phuc', 'Phúc'], ['Toan', 'Toàn'], ['Hieu', 'Hiếu'],
];

/** [Latin, Cyrillic] pairs. */
export const RU_FIRST: readonly (readonly [string, string])[] = [
  ['Alexander', 'Александр'], ['Sergei', 'Сергей'], ['Andrey', 'Андрей'], ['Dmitry', 'Дмитрий'],
  ['Nikolai', 'Николай'], ['Viktor', 'Виктор'], ['Yuri', 'Юрий'], ['Oleg', 'Олег'], ['Igor', 'Игорь'],
  ['Mikhail', 'Михаил'], ['Vladimir', 'Владимир'], ['Alexei', 'Алексей'], ['Pavel', 'Павел'], ['Ivan', 'Иван'],
  ['Gennady', 'Геннадий'], ['Valery', 'Валерий'], ['Yevgeny', 'Евгений'], ['Konstantin', 'Константин'],
  ['Roman', 'Роман'], ['Anatoly', 'Анатолий'],
];
export const RU_PATRONYMIC: readonly (readonly [string, string])[] = [
  ['Vladimirovich', 'Владимирович'], ['Sergeyevich', 'Сергеевич'], ['Nikolayevich', 'Николаевич'],
  ['Viktorovich', 'Викторович'], ['Ivanovich', 'Иванович'], ['Petrovich', 'Петрович'],
  ['Alexandrovich', 'Александрович'], ['Mikhailovich', 'Михайлович'], ['Yurievich', 'Юрьевич'],
  ['Olegovich', 'Олегович'], ['Pavlovich', 'Павлович'], ['Andreyevich', 'Андреевич'],
];
export const RU_SURNAME: readonly (readonly [string, string])[] = [
  ['Ivanov', 'Иванов'], ['Petrov', 'Петров'], ['Smirnov', 'Смирнов'], ['Kuznetsov', 'Кузнецов'],
  ['Popov', 'Попов'], ['Sokolov', 'Соколов'], ['Lebedev', 'Лебедев'], ['Kozlov', 'Козлов'],
  ['Novikov', 'Новиков'], ['Morozov', 'Морозов'], ['Volkov', 'Волков'], ['Fedorov', 'Фёдоров'],
  ['Belov', 'Белов'], ['Orlov', 'Орлов'], ['Gusev', 'Гусев'], ['Tarasov', 'Тарасов'], ['Zaitsev', 'Зайцев'],
  ['Pavlov', 'Павлов'], ['Semenov', 'Семёнов'], ['Golubev', 'Голубев'], ['Vinogradov', 'Виноградов'],
  ['Bogdanov', 'Богданов'], ['Vorobyov', 'Воробьёв'], ['Makarov', 'Макаров'], ['Nikitin', 'Никитин'],
  ['Zakharov', 'Захаров'], ['Solovyov', 'Соловьёв'], ['Borisov', 'Борисов'], ['Yakovlev', 'Яковлев'],
  ['Grigoriev', 'Григорьев'],
];

/** Titles from the most to the least senior: the most frequent officials get the top ones. */
export const VN_TITLES = [
  'Minister of National Defence',
  'Chief of the General Staff of the Vietnam People\'s Army',
  'Director of the General Department of Politics',
  'Deputy Minister of National Defence',
  'Deputy Chief of the General Staff',
  'Commander of the Navy',
  'Commander of the Air Defence - Air Force',
  'Director of the Department of Foreign Relations',
  'Commander of Military Region 7',
  'Director of the Vietnam-Russia Tropical Centre',
] as const;
export const RU_TITLES = [
  'Defence Minister',
  'Chief of the General Staff of the Armed Forces',
  'First Deputy Defence Minister',
  'Deputy Defence Minister',
  'Commander-in-Chief of the Navy',
  'Head of the Main Directorate for Political-Military Affairs',
  'Head of the Main Directorate for International Military Cooperation',
  'Commander of the Eastern Military District',
  'Deputy Chief of the General Staff',
  'Director of the Federal Service for Military-Technical Cooperation',
] as const;
export const VN_RANKS = ['General', 'Senior Lieutenant General', 'Lieutenant General', 'Major General', 'Senior Colonel'] as const;
export const RU_RANKS = ['General of the Army', 'Colonel General', 'Lieutenant General', 'Admiral', 'Major General'] as const;

/** [id, name, country, aliases]; the title index (above) points at the organization a title belongs to. */
export const ORGANIZATIONS: readonly (readonly [string, string, 'VN' | 'RU' | null, readonly string[]])[] = [
  ['syn-org-vn-mod', 'Ministry of National Defence', 'VN', ['Vietnamese Defence Ministry']],
  ['syn-org-vpa', "Vietnam People's Army", 'VN', ['VPA']],
  ['syn-org-vn-gs', "General Staff of the Vietnam People's Army", 'VN', []],
  ['syn-org-vn-gdp', 'General Department of Politics', 'VN', []],
  ['syn-org-vn-navy', 'Vietnam People\'s Navy', 'VN', []],
  ['syn-org-vn-adaf', 'Air Defence - Air Force Service', 'VN', []],
  ['syn-org-vn-mr7', 'Military Region 7', 'VN', []],
  ['syn-org-ru-mod', 'Russian Defence Ministry', 'RU', ['Ministry of Defence of the Russian Federation']],
  ['syn-org-ru-gs', 'General Staff of the Russian Armed Forces', 'RU', []],
  ['syn-org-ru-mdpma', 'Main Directorate for Political-Military Affairs', 'RU', []],
  ['syn-org-ru-navy', 'Russian Navy', 'RU', []],
  ['syn-org-ru-emd', 'Eastern Military District', 'RU', []],
  ['syn-org-ru-fsmtc', 'Federal Service for Military-Technical Cooperation', 'RU', ['FSMTC']],
  ['syn-org-tropical', 'Vietnam-Russia Tropical Centre', null, ['Tropical Centre']],
  ['syn-org-admm', 'ADMM-Plus', null, []],
  ['syn-org-asean', 'ASEAN', null, []],
];
/** Organization id of each title, by index into VN_TITLES / RU_TITLES. */
export const VN_TITLE_ORG = ['syn-org-vn-mod', 'syn-org-vn-gs', 'syn-org-vn-gdp', 'syn-org-vn-mod', 'syn-org-vn-gs', 'syn-org-vn-navy', 'syn-org-vn-adaf', 'syn-org-vn-mod', 'syn-org-vn-mr7', 'syn-org-tropical'] as const;
export const RU_TITLE_ORG = ['syn-org-ru-mod', 'syn-org-ru-gs', 'syn-org-ru-mod', 'syn-org-ru-mod', 'syn-org-ru-navy', 'syn-org-ru-mdpma', 'syn-org-ru-mod', 'syn-org-ru-emd', 'syn-org-ru-gs', 'syn-org-ru-fsmtc'] as const;

export const VN_PLACES = ['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Nha Trang', 'Cam Ranh', 'Hai Phong', 'Can Tho'] as const;
export const RU_PLACES = ['Moscow', 'Saint Petersburg', 'Vladivostok', 'Kubinka', 'Novosibirsk', 'Kazan', 'Sochi'] as const;

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
