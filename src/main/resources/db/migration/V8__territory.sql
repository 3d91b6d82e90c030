-- The territory below the regions: district (rayon) -> aiyl aimak -> village, with validity dates
-- because the 2023 reform merged aiyl aimaks (452 -> about 233) and will not be the last. Districts
-- are seeded here (the 40 rayons of the seven regions and the four of Bishkek, as they stand since
-- 2023); aiyl aimaks and villages come from the official classifier, loaded by an administrator
-- through /admin/territories (kg.ovop.region.TerritoryImport). Where a level has no entries the
-- portal takes free text; where it has, the producer chooses from the list.
CREATE TABLE ovop_territory (
    code           VARCHAR(40)  NOT NULL PRIMARY KEY,
    parent_code    VARCHAR(40)  REFERENCES ovop_territory (code),
    region_code    VARCHAR(8)   NOT NULL REFERENCES ovop_region (iso_code),
    level          VARCHAR(12)  NOT NULL CHECK (level IN ('district', 'aiyl_aimak', 'village')),
    name_ky        VARCHAR(100) NOT NULL,
    name_ru        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100) NOT NULL,
    -- The product category the village is known for (its "one product"), if declared.
    specialisation VARCHAR(32),
    valid_from     DATE         NOT NULL,
    valid_to       DATE,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK ((level = 'district') = (parent_code IS NULL))
);
CREATE INDEX ix_territory_parent ON ovop_territory (parent_code, level);
CREATE INDEX ix_territory_region ON ovop_territory (region_code, level);

INSERT INTO ovop_territory (code, region_code, level, name_ky, name_ru, name_en, valid_from) VALUES
    ('KG-B-batken', 'KG-B', 'district', 'Баткен району', 'Баткенский район', 'Batken District', DATE '2023-01-01'),
    ('KG-B-kadamjay', 'KG-B', 'district', 'Кадамжай району', 'Кадамжайский район', 'Kadamjay District', DATE '2023-01-01'),
    ('KG-B-leilek', 'KG-B', 'district', 'Лейлек району', 'Лейлекский район', 'Leilek District', DATE '2023-01-01'),
    ('KG-C-alamudun', 'KG-C', 'district', 'Аламүдүн району', 'Аламудунский район', 'Alamüdün District', DATE '2023-01-01'),
    ('KG-C-chuy', 'KG-C', 'district', 'Чүй району', 'Чуйский район', 'Chüy District', DATE '2023-01-01'),
    ('KG-C-jayyl', 'KG-C', 'district', 'Жайыл району', 'Жайыльский район', 'Jayyl District', DATE '2023-01-01'),
    ('KG-C-kemin', 'KG-C', 'district', 'Кемин району', 'Кеминский район', 'Kemin District', DATE '2023-01-01'),
    ('KG-C-moskva', 'KG-C', 'district', 'Москва району', 'Московский район', 'Moskva District', DATE '2023-01-01'),
    ('KG-C-panfilov', 'KG-C', 'district', 'Панфилов району', 'Панфиловский район', 'Panfilov District', DATE '2023-01-01'),
    ('KG-C-sokuluk', 'KG-C', 'district', 'Сокулук району', 'Сокулукский район', 'Sokuluk District', DATE '2023-01-01'),
    ('KG-C-ysyk-ata', 'KG-C', 'district', 'Ысык-Ата району', 'Иссык-Атинский район', 'Ysyk-Ata District', DATE '2023-01-01'),
    ('KG-J-aksy', 'KG-J', 'district', 'Аксы району', 'Аксыйский район', 'Aksy District', DATE '2023-01-01'),
    ('KG-J-ala-buka', 'KG-J', 'district', 'Ала-Бука району', 'Ала-Букинский район', 'Ala-Buka District', DATE '2023-01-01'),
    ('KG-J-bazar-korgon', 'KG-J', 'district', 'Базар-Коргон району', 'Базар-Коргонский район', 'Bazar-Korgon District', DATE '2023-01-01'),
    ('KG-J-chatkal', 'KG-J', 'district', 'Чаткал району', 'Чаткальский район', 'Chatkal District', DATE '2023-01-01'),
    ('KG-J-nooken', 'KG-J', 'district', 'Ноокен району', 'Ноокенский район', 'Nooken District', DATE '2023-01-01'),
    ('KG-J-suzak', 'KG-J', 'district', 'Сузак району', 'Сузакский район', 'Suzak District', DATE '2023-01-01'),
    ('KG-J-toguz-toro', 'KG-J', 'district', 'Тогуз-Торо району', 'Тогуз-Тороуский район', 'Toguz-Toro District', DATE '2023-01-01'),
    ('KG-J-toktogul', 'KG-J', 'district', 'Токтогул району', 'Токтогульский район', 'Toktogul District', DATE '2023-01-01'),
    ('KG-N-ak-talaa', 'KG-N', 'district', 'Ак-Талаа району', 'Ак-Талинский район', 'Ak-Talaa District', DATE '2023-01-01'),
    ('KG-N-at-bashy', 'KG-N', 'district', 'Ат-Башы району', 'Ат-Башинский район', 'At-Bashy District', DATE '2023-01-01'),
    ('KG-N-jumgal', 'KG-N', 'district', 'Жумгал району', 'Жумгальский район', 'Jumgal District', DATE '2023-01-01'),
    ('KG-N-kochkor', 'KG-N', 'district', 'Кочкор району', 'Кочкорский район', 'Kochkor District', DATE '2023-01-01'),
    ('KG-N-naryn', 'KG-N', 'district', 'Нарын району', 'Нарынский район', 'Naryn District', DATE '2023-01-01'),
    ('KG-O-alay', 'KG-O', 'district', 'Алай району', 'Алайский район', 'Alay District', DATE '2023-01-01'),
    ('KG-O-aravan', 'KG-O', 'district', 'Араван району', 'Араванский район', 'Aravan District', DATE '2023-01-01'),
    ('KG-O-chong-alay', 'KG-O', 'district', 'Чоң-Алай району', 'Чон-Алайский район', 'Chong-Alay District', DATE '2023-01-01'),
    ('KG-O-kara-kulja', 'KG-O', 'district', 'Кара-Кулжа району', 'Кара-Кульджинский район', 'Kara-Kulja District', DATE '2023-01-01'),
    ('KG-O-kara-suu', 'KG-O', 'district', 'Кара-Суу району', 'Кара-Суйский район', 'Kara-Suu District', DATE '2023-01-01'),
    ('KG-O-nookat', 'KG-O', 'district', 'Ноокат району', 'Ноокатский район', 'Nookat District', DATE '2023-01-01'),
    ('KG-O-ozgon', 'KG-O', 'district', 'Өзгөн району', 'Узгенский район', 'Özgön District', DATE '2023-01-01'),
    ('KG-T-bakay-ata', 'KG-T', 'district', 'Бакай-Ата району', 'Бакай-Атинский район', 'Bakay-Ata District', DATE '2023-01-01'),
    ('KG-T-kara-buura', 'KG-T', 'district', 'Кара-Буура району', 'Кара-Бууринский район', 'Kara-Buura District', DATE '2023-01-01'),
    ('KG-T-manas', 'KG-T', 'district', 'Манас району', 'Манасский район', 'Manas District', DATE '2023-01-01'),
    ('KG-T-talas', 'KG-T', 'district', 'Талас району', 'Таласский район', 'Talas District', DATE '2023-01-01'),
    ('KG-Y-ak-suu', 'KG-Y', 'district', 'Ак-Суу району', 'Ак-Суйский район', 'Ak-Suu District', DATE '2023-01-01'),
    ('KG-Y-jeti-oguz', 'KG-Y', 'district', 'Жети-Өгүз району', 'Джети-Огузский район', 'Jeti-Ögüz District', DATE '2023-01-01'),
    ('KG-Y-issyk-kul', 'KG-Y', 'district', 'Ысык-Көл району', 'Иссык-Кульский район', 'Issyk-Kul District', DATE '2023-01-01'),
    ('KG-Y-ton', 'KG-Y', 'district', 'Тоң району', 'Тонский район', 'Ton District', DATE '2023-01-01'),
    ('KG-Y-tup', 'KG-Y', 'district', 'Түп району', 'Тюпский район', 'Tüp District', DATE '2023-01-01'),
    ('KG-GB-lenin', 'KG-GB', 'district', 'Ленин району', 'Ленинский район', 'Lenin District', DATE '2023-01-01'),
    ('KG-GB-oktyabr', 'KG-GB', 'district', 'Октябрь району', 'Октябрьский район', 'Oktyabr District', DATE '2023-01-01'),
    ('KG-GB-pervomay', 'KG-GB', 'district', 'Биринчи Май району', 'Первомайский район', 'Pervomay District', DATE '2023-01-01'),
    ('KG-GB-sverdlov', 'KG-GB', 'district', 'Свердлов району', 'Свердловский район', 'Sverdlov District', DATE '2023-01-01');
