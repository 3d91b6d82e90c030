-- Regions and cities of Kyrgyzstan (ISO 3166-2), from shared/data/regions.csv.
-- Districts, aiyl aimaks and villages follow in later migrations with validity dates.
CREATE TABLE ovop_region (
    iso_code VARCHAR(8)   NOT NULL PRIMARY KEY,
    name_en  VARCHAR(100) NOT NULL,
    name_ky  VARCHAR(100) NOT NULL,
    name_ru  VARCHAR(100) NOT NULL,
    kind     VARCHAR(10)  NOT NULL CHECK (kind IN ('region', 'city'))
);

INSERT INTO ovop_region (iso_code, name_en, name_ky, name_ru, kind) VALUES
    ('KG-B', 'Batken', 'Баткен', 'Баткенская', 'region'),
    ('KG-C', 'Chüy', 'Чүй', 'Чуйская', 'region'),
    ('KG-J', 'Jalal-Abad', 'Жалал-Абад', 'Джалал-Абадская', 'region'),
    ('KG-N', 'Naryn', 'Нарын', 'Нарынская', 'region'),
    ('KG-O', 'Osh', 'Ош', 'Ошская', 'region'),
    ('KG-T', 'Talas', 'Талас', 'Таласская', 'region'),
    ('KG-Y', 'Issyk-Kul', 'Ысык-Көл', 'Иссык-Кульская', 'region'),
    ('KG-GB', 'Bishkek', 'Бишкек', 'Бишкек', 'city'),
    ('KG-GO', 'Osh (city)', 'Ош шаары', 'город Ош', 'city');
